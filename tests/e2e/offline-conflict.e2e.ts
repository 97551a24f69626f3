import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');
const OUTBOX = 'rafiq.outbox.v1';

/**
 * Field mode, second slice (issue 10): with the network cut, a coach logs three sessions (meeting
 * someone new at the first), records a venture's results; the network returns and everything is on
 * the server exactly once, and replaying the same outbox changes nothing. Then the same venture is
 * edited offline by her and online by the programme lead: she sees both, resolves (in Arabic), nothing is lost.
 */
describeInBrowser('field mode: offline writes, links and conflicts, in a real browser', (executablePath) => {
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

  async function gql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await context.request.post(`${server.url}/graphql`, { data: { query, variables } });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  const outboxOf = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '[]') as Array<{ operation: string; subjectId: string; state: string }>, OUTBOX);
  const emptyOutbox = (page: Page) => page.waitForFunction((k) => (localStorage.getItem(k) ?? '[]') === '[]', OUTBOX);

  it('three logs, a person met on site and a result made offline sync exactly once; a conflicting venture edit is resolved field by field', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login?lang=en`);
    await page.getByLabel('Email address', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My agenda' }));

    // Three sessions held yesterday, to log; a venture of her portfolio.
    const tag = randomUUID().slice(0, 6);
    const { me } = await gql<{ me: { id: string } }>(context, `{ me { id } }`);
    const { people } = await gql<{ people: { edges: Array<{ node: { id: string } }> } }>(context, `{ people(first: 1) { edges { node { id } } } }`);
    const { ventures } = await gql<{ ventures: { edges: Array<{ node: { id: string } }> } }>(context, `{ ventures(first: 1) { edges { node { id } } } }`);
    const ventureId = ventures.edges[0].node.id;
    const start = new Date(Date.now() - 30 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const sessions: Array<{ id: string; version: number; place: string }> = [];
    for (let i = 0; i < 3; i++) {
      const place = `Douar ${tag} ${i + 1}`;
      const startsAt = new Date(start.getTime() + i * 2 * 3_600_000);
      const { scheduleSession } = await gql<{ scheduleSession: { id: string; version: number } }>(
        context,
        `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`,
        {
          i: {
            kind: 'COACHING',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            coachIds: [me.id],
            participantIds: [people.edges[0].node.id],
            place,
          },
        },
      );
      sessions.push({ ...scheduleSession, place });
    }

    // The venture page is opened once online (kept in the app's memory), then the agenda.
    await page.goto(`${server.url}/ventures/${ventureId}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Economic results' }));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const toLog = page.getByRole('list', { name: /To log/ });
    await visible(toLog.getByRole('listitem').filter({ hasText: sessions[2].place }));

    // Network cut: three logs, the first with someone met there.
    await context.setOffline(true);
    const lastName = `Ouzzine ${tag}`;
    for (const [i, s] of sessions.entries()) {
      const item = toLog.getByRole('listitem').filter({ hasText: s.place });
      await item.getByRole('button', { name: /^Log the session of / }).click();
      const dialog = page.getByRole('dialog', { name: 'Log the session' });
      await visible(dialog);
      if (i === 0) {
        await dialog.getByRole('button', { name: 'Add someone met here' }).click();
        const met = dialog.getByRole('group', { name: 'Someone met at this session' });
        await met.getByRole('textbox', { name: /First name/ }).fill('Ijja');
        await met.getByRole('textbox', { name: /Last name/ }).fill(lastName);
        await met.getByRole('radio', { name: 'Woman' }).check();
        await met.getByRole('combobox', { name: /Region/ }).selectOption('MA-09');
        await met.getByRole('button', { name: 'Add to the attendance' }).click();
        await visible(dialog.getByRole('radiogroup', { name: `Attendance of Ijja ${lastName}` }));
      }
      await dialog.getByRole('textbox', { name: 'Notes' }).fill(`Visit ${i + 1} with no network`);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
      await visible(item.getByText('Waiting to sync'));
    }

    // Back to the venture (from memory): this month's results, kept on the device.
    await page.goBack();
    const results = page.getByRole('region', { name: 'Economic results' });
    await results.getByRole('button', { name: 'Record results' }).click();
    const form = page.getByRole('form', { name: "Record a month's results" });
    await form.getByRole('textbox', { name: /Revenue/ }).fill('4321');
    await form.getByRole('textbox', { name: 'Jobs created (total)' }).fill('2');
    await form.getByRole('textbox', { name: 'Jobs for women' }).fill('1');
    await form.getByRole('button', { name: 'Save the results' }).click();
    await visible(results.getByRole('list', { name: 'Results kept on this device' }).getByText('Waiting to sync'));

    const queued = await outboxOf(page);
    expect(queued.map((e) => e.operation)).toEqual(['createPerson', 'logSession', 'logSession', 'logSession', 'recordEconomicResult']);
    expect(queued[0].subjectId).toMatch(/^tmp:/);
    const kept = await page.evaluate((k) => localStorage.getItem(k), OUTBOX);
    expect(await fetchState(context, sessions, ventureId, lastName)).toMatchObject({ done: 0, named: 0, revenue4321: 0 });

    // The network returns: everything reaches the server, once; the person made offline is marked present at the first session.
    await context.setOffline(false);
    await emptyOutbox(page);
    const synced = await fetchState(context, sessions, ventureId, lastName);
    expect(synced).toMatchObject({ done: 3, named: 1, revenue4321: 1, metPresent: ['PRESENT'] });

    // The same outbox replayed again: nothing changes.
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [OUTBOX, kept ?? '[]'] as const);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await emptyOutbox(page);
    expect(await fetchState(context, sessions, ventureId, lastName)).toEqual(synced);

    // Conflict: she edits the venture with no network; meanwhile the programme lead renames it online.
    await page.reload();
    await visible(page.getByRole('heading', { level: 2, name: 'Economic results' }));
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the venture' });
    const description = `Twelve members, a new press (${tag})`;
    await edit.getByRole('textbox', { name: 'Description' }).fill(description);
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Waiting to sync').first());

    const lead = await browser.newContext();
    await lead.request.post(`${server.url}/graphql`, {
      data: { query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: 'lead@rafiq.example', p: PASSWORD } },
    });
    const { venture: before } = await gql<{ venture: { version: number } }>(lead, `query($id: ID!) { venture(id: $id) { version } }`, { id: ventureId });
    const leadTitle = `Renamed by the lead ${tag}`;
    await gql(lead, `mutation($i: UpdateVentureInput!) { updateVenture(input: $i) { id } }`, { i: { id: ventureId, version: before.version, title: leadTitle } });

    // Back online: her edit is refused (CONFLICT) and shown side by side, here in Arabic; she keeps her description and the lead's title.
    await context.setOffline(false);
    await page.waitForFunction((k) => (JSON.parse(localStorage.getItem(k) ?? '[]') as Array<{ state: string }>).some((e) => e.state === 'failed'), OUTBOX);
    await page.goto(`${server.url}/ventures/${ventureId}?lang=ar`);
    const conflict = page.getByRole('region', { name: /لم تُطبَّق التعديلات/ });
    await visible(conflict.getByRole('table'));
    await visible(conflict.getByRole('cell', { name: leadTitle }));
    await visible(conflict.getByRole('cell', { name: description }));
    await conflict.getByRole('button', { name: 'حفظ اختياراتي' }).click();
    await emptyOutbox(page);
    const { venture: after } = await gql<{ venture: { title: string; description: string; version: number } }>(
      context,
      `query($id: ID!) { venture(id: $id) { title description version } }`,
      { id: ventureId },
    );
    expect(after).toEqual({ title: leadTitle, description, version: before.version + 2 });
    expect(await page.getByRole('region', { name: /لم تُطبَّق التعديلات/ }).count()).toBe(0);

    await lead.close();
    await context.close();
  }, 90_000);

  /** What the server holds: sessions done, people with that name, results of 4321 MAD this month, her attendance. */
  async function fetchState(context: BrowserContext, sessions: Array<{ id: string }>, ventureId: string, lastName: string) {
    const read = await Promise.all(
      sessions.map((s) =>
        gql<{ session: { status: string; version: number; notes: string | null; participants: Array<{ attendance: string | null; person: { lastName: string } | null }> } }>(
          context,
          `query($id: ID!) { session(id: $id) { status version notes participants { attendance person { lastName } } } }`,
          { id: s.id },
        ),
      ),
    );
    const { people } = await gql<{ people: { totalCount: number } }>(context, `query($s: String!) { people(first: 5, filter: { search: $s }) { totalCount } }`, {
      s: lastName,
    });
    const { venture } = await gql<{ venture: { results: Array<{ id: string; revenue: number; version: number }> } }>(
      context,
      `query($id: ID!) { venture(id: $id) { results { id revenue version } } }`,
      { id: ventureId },
    );
    return {
      sessions: read.map((r) => r.session),
      done: read.filter((r) => r.session.status === 'DONE').length,
      named: people.totalCount,
      revenue4321: venture.results.filter((r) => r.revenue === 4321).length,
      results: venture.results,
      metPresent: read[0].session.participants.filter((p) => p.person?.lastName === lastName).map((p) => p.attendance),
    };
  }
});
