import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');
const OUTBOX = 'rafiq.outbox.v1';
const PLACE = 'Douar Aït Offline';

/** The field mode (issue 10): a session logged with the network cut waits on the device, then syncs exactly once. */
describeInBrowser('field mode: logging a session offline, in a real browser', (executablePath) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildServer();
    if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Build the web app first (npm run build)');
    server = await startServer();
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor()).resolves.toBeUndefined();

  /** GraphQL over the page's own cookies (the signed-in coach). */
  async function gql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await context.request.post(`${server.url}/graphql`, { data: { query, variables } });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  it('in Arabic on a phone: the coach logs a session with no network; it waits on the device, syncs once when the network returns, and a second replay changes nothing', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });

    await page.goto(`${server.url}/login?lang=ar`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'جدول أعمالي' }));

    // A session held yesterday morning with one of her people, waiting to be logged.
    const { me } = await gql<{ me: { id: string } }>(context, `{ me { id } }`);
    const { people } = await gql<{ people: { edges: Array<{ node: { id: string } }> } }>(
      context,
      `{ people(first: 1) { edges { node { id } } } }`,
    );
    const start = new Date(Date.now() - 26 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const { scheduleSession: session } = await gql<{ scheduleSession: { id: string; version: number } }>(
      context,
      `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`,
      {
        i: {
          kind: 'COACHING',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          coachIds: [me.id],
          participantIds: [people.edges[0].node.id],
          place: PLACE,
        },
      },
    );
    await page.reload();
    // The service worker has cached the app shell (production build).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const toLog = page.getByRole('list', { name: /للتسجيل/ });
    const item = toLog.getByRole('listitem').filter({ hasText: PLACE });
    await visible(item.getByRole('button', { name: /^تسجيل جلسة / }));

    // The network goes down; she logs the session all the same.
    await context.setOffline(true);
    await item.getByRole('button', { name: /^تسجيل جلسة / }).click();
    const dialog = page.getByRole('dialog', { name: 'تسجيل الجلسة' });
    await visible(dialog);
    await dialog.getByRole('textbox', { name: 'ملاحظات' }).fill('زيارة الحقل دون شبكة');
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    await expect(dialog.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    await visible(item.getByText('في انتظار المزامنة'));
    await visible(page.getByRole('status', { name: 'المزامنة' }).getByText('تغييرات في انتظار المزامنة: 1'));
    expect(await item.getByRole('button', { name: /^تسجيل جلسة / }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const kept = await page.evaluate((k) => localStorage.getItem(k), OUTBOX);
    const entries = JSON.parse(kept ?? '[]') as Array<{ key: string; subjectId: string; input: { idempotencyKey: string } }>;
    expect(entries).toHaveLength(1);
    expect(entries[0].subjectId).toBe(session.id);
    expect(entries[0].input.idempotencyKey).toBe(entries[0].key);

    // Reopened with no network: the app shell comes from the service worker, the agenda from the copy
    // kept on the device (with its date), and the log still waits.
    const reopened = await page.reload();
    expect(reopened?.fromServiceWorker()).toBe(true);
    await visible(page.getByRole('heading', { level: 1, name: 'جدول أعمالي' }));
    await visible(page.getByRole('status').filter({ hasText: /^دون اتصال: هذه النسخة المحفوظة على هذا الجهاز/ }));
    await visible(item.getByText('في انتظار المزامنة'));

    // Nothing reached the server.
    const before = await fetchSession(context, session.id);
    expect(before).toMatchObject({ status: 'PLANNED', version: session.version });

    // The network returns: the outbox replays by itself and the session is logged, once.
    await context.setOffline(false);
    await expect(item.getByText('في انتظار المزامنة').waitFor({ state: 'detached' })).resolves.toBeUndefined();
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '[]') === '[]', OUTBOX);
    const synced = await fetchSession(context, session.id);
    expect(synced).toMatchObject({ status: 'DONE', version: session.version + 1, notes: 'زيارة الحقل دون شبكة' });

    // The same outbox replayed again (a lost answer, another tab): the server recognises the key, nothing changes.
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [OUTBOX, kept ?? '[]'] as const);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '[]') === '[]', OUTBOX);
    expect(await page.getByText('لم تتم المزامنة').count()).toBe(0);
    expect(await fetchSession(context, session.id)).toEqual(synced);

    // Signing out wipes the outbox from the device.
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [OUTBOX, kept ?? '[]'] as const);
    await page.getByRole('button', { name: /^قائمة الحساب/ }).click();
    await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
    await page.waitForURL(/\/login/);
    expect(await page.evaluate((k) => localStorage.getItem(k), OUTBOX)).toBeNull();

    expect(foreign).toEqual([]);
    await context.close();
  });

  async function fetchSession(context: BrowserContext, id: string) {
    const res = await context.request.post(`${server.url}/graphql`, {
      data: { query: `query($id: ID!) { session(id: $id) { status version notes } }`, variables: { id } },
    });
    const body = (await res.json()) as { data?: { session: unknown } };
    return body.data?.session ?? null;
  }
});
