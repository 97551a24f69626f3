import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotificationService } from '../../backend/src/modules/notification/notification.service';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestAppWithOwnDatabase, TestApp } from '../utils/test-app';

type Received = { path: string; auth: string | undefined; body: Record<string, unknown> };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}

describe('SMS and WhatsApp senders', () => {
  let gateway: Server;
  let received: Received[] = [];
  let failNext = 0;
  let t: TestApp;

  beforeAll(async () => {
    // A gateway on loopback standing in for the SMS provider and the WhatsApp Cloud API.
    gateway = createServer((req, res) => {
      void readBody(req).then((body) => {
        if (failNext > 0) {
          failNext -= 1;
          res.writeHead(503).end();
          return;
        }
        received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(body) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const port = (gateway.address() as AddressInfo).port;
    // Its own database: the dispatcher sends everything due, and other suites queue reminders too.
    t = await startTestAppWithOwnDatabase({
      RAFIQ_SMS_WEBHOOK_URL: `http://127.0.0.1:${port}/sms`,
      RAFIQ_SMS_WEBHOOK_TOKEN: 'gateway-secret',
      RAFIQ_WHATSAPP_TOKEN: 'wa-token',
      RAFIQ_WHATSAPP_PHONE_NUMBER_ID: '1234567',
      RAFIQ_WHATSAPP_API_URL: `http://127.0.0.1:${port}/wa/v21.0`,
    });
  });

  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => gateway.close(resolve));
  });

  it('sends each reminder once per configured channel to the person’s phone, retries a gateway failure, and fails at once without a phone', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = t.client();
    await lead.login(team.lead.email, TEST_PASSWORD);
    const program = await apiCreateProgram(lead);
    const fatima = await apiCreatePerson(lead, { phone: '0661234501' });
    await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
    const coach = t.client();
    await coach.login(team.coach.email, TEST_PASSWORD);
    const res = await coach.gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
      i: {
        kind: 'COACHING',
        startsAt: '2031-03-04T09:00:00Z',
        endsAt: '2031-03-04T10:00:00Z',
        coachIds: [team.coach.id],
        participantIds: [fatima.id],
      },
    });
    expect(res.errors).toBeUndefined();

    const service = t.app.get(NotificationService);
    await service.plan(new Date('2031-03-03T08:00:00Z'));
    await service.dispatch(new Date('2031-03-03T09:00:00Z'));
    // The day before: one SMS and one WhatsApp message to her, none to the coach (no phone on record).
    expect(received.map((r) => r.path).sort()).toEqual(['/sms', '/wa/v21.0/1234567/messages']);
    const sms = received.find((r) => r.path === '/sms')!;
    expect(sms.auth).toBe('Bearer gateway-secret');
    expect(sms.body).toMatchObject({
      to: '+212661234501',
      message: expect.stringMatching(/demain|غدًا|tomorrow/),
      reference: expect.any(String),
    });
    const wa = received.find((r) => r.path.startsWith('/wa'))!;
    expect(wa.auth).toBe('Bearer wa-token');
    expect(wa.body).toMatchObject({ messaging_product: 'whatsapp', to: '212661234501', type: 'text' });
    const coachRows = await t.dataSource.query<Array<{ channel: string; status: string; last_error: string; attempts: number }>>(
      `SELECT channel, status, last_error, attempts FROM notification WHERE recipient_user_id = $1 AND channel IN ('SMS', 'WHATSAPP') AND kind = 'SESSION_TOMORROW' ORDER BY channel`,
      [team.coach.id],
    );
    expect(coachRows).toEqual([
      { channel: 'SMS', status: 'FAILED', last_error: 'no phone number', attempts: 1 },
      { channel: 'WHATSAPP', status: 'FAILED', last_error: 'no phone number', attempts: 1 },
    ]);
    // Dispatching again sends nothing twice.
    await service.dispatch(new Date('2031-03-03T09:00:00Z'));
    expect(received).toHaveLength(2);

    // One hour before: the gateway fails once; the SMS is retried later and sent exactly once.
    received = [];
    failNext = 1;
    await service.dispatch(new Date('2031-03-04T08:00:00Z'));
    expect(received).toHaveLength(1);
    const [pending] = await t.dataSource.query<Array<{ status: string; attempts: number }>>(
      `SELECT status, attempts FROM notification WHERE recipient_person_id = $1 AND kind = 'SESSION_IN_ONE_HOUR' AND status <> 'SENT'`,
      [fatima.id],
    );
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1 });
    await service.dispatch(new Date('2031-03-04T09:30:00Z'));
    expect(received).toHaveLength(2);
    expect(received.map((r) => r.path).sort()).toEqual(['/sms', '/wa/v21.0/1234567/messages']);
    await service.dispatch(new Date('2031-03-04T12:00:00Z'));
    expect(received).toHaveLength(2);
  });
});
