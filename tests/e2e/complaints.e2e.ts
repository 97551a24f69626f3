import { Browser, chromium, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApiClient } from '../utils/api-client';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const WEB_DIR = process.env.RAFIQ_WEB_DIR ?? path.join(ROOT, 'frontend/dist');

describeInBrowser('complaints, in a real browser', (executablePath) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildServer();
    if (!existsSync(path.join(WEB_DIR, 'index.html')))
      throw new Error('Build the web app first (npm run build, or vite build --outDir $RAFIQ_WEB_DIR)');
    server = await startServer();
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(email: string): Promise<ApiClient> {
    const api = new ApiClient(server.url);
    const res = await api.login(email, PASSWORD);
    expect(res.errors).toBeUndefined();
    return api;
  }

  async function signInPage(email: string, locale: string, labels: { email: string; password: string; submit: string }): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/login`);
    await page.getByLabel(labels.email, { exact: true }).fill(email);
    await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
    return page;
  }
  const AR = { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' };
  const EN = { email: 'Email address', password: 'Password', submit: 'Sign in' };

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor()).resolves.toBeUndefined();

  // One flow across three sign-ins on a shared machine: a longer budget than one screen.
  it('Khadija files an anonymous complaint in Arabic; the lead sees it without her name, assigns and resolves it; she appeals once', async () => {
    const khadija = await signedIn('khadija@rafiq.example');
    const me = await khadija.gql<{ myJourney: { person: { firstName: string; lastName: string } } }>(
      '{ myJourney { person { firstName lastName } } }',
    );
    expect(me.errors).toBeUndefined();
    const { lastName } = me.data!.myJourney.person;
    const token = randomUUID().slice(0, 8);
    const text = `المؤطرة لم تحضر في الموعد ${token}`;

    // 1. Khadija, in Arabic: "I have a concern", about a session, anonymous.
    const her = await signInPage('khadija@rafiq.example', 'ar-MA', AR);
    await visible(her.getByRole('heading', { level: 1, name: 'مساري' }));
    await her.getByRole('button', { name: 'لدي شكاية', exact: true }).click();
    const dialog = her.getByRole('dialog', { name: 'لدي شكاية' });
    await dialog.getByRole('combobox', { name: /^بماذا تتعلق؟/ }).click();
    await her.getByRole('option', { name: 'جودة المواكبة' }).click();
    await dialog.getByRole('combobox', { name: /^أي جلسة/ }).click();
    await her
      .getByRole('option', { name: /بتاريخ/ })
      .first()
      .click();
    await dialog.getByRole('textbox', { name: /^أخبرينا بما حدث/ }).fill(text);
    await dialog.getByRole('checkbox', { name: 'البقاء مجهولة الهوية' }).check();
    await dialog.getByRole('button', { name: 'إرسال', exact: true }).click();
    const mine = her.getByRole('list', { name: 'شكاياتي' }).getByRole('listitem').filter({ hasText: token });
    await visible(mine.getByText('مستلمة', { exact: true }));
    await visible(mine.getByText('مجهولة الهوية', { exact: true }));
    expect(await her.locator('html').getAttribute('dir')).toBe('rtl');

    // 2. The lead: sees it without her identity, assigns it, resolves it.
    const leadApi = await signedIn('lead@rafiq.example');
    const seen = await leadApi.gql<{ complaints: { edges: Array<{ node: { description: string; person: { id: string } | null } }> } }>(
      '{ complaints(first: 100, filter: { open: true }) { edges { node { description person { id } } } } }',
    );
    expect(seen.data!.complaints.edges.filter((e) => e.node.description.includes(token)).map((e) => e.node.person)).toEqual([null]);
    const lead = await signInPage('lead@rafiq.example', 'en-GB', EN);
    await visible(lead.getByRole('heading', { level: 1 }));
    // The sign-in page has a level-1 heading too: wait until she is signed in before going on.
    await lead.waitForURL((url) => !url.pathname.startsWith('/login'));
    await lead.goto(`${server.url}/complaints?lang=en`);
    const card = lead.getByRole('listitem').filter({ hasText: token });
    await visible(card.getByText('From Anonymous (filed by herself)'));
    await expect(card.textContent()).resolves.not.toContain(lastName);
    await card.getByRole('combobox', { name: /^Assign to/ }).click();
    await lead.getByRole('listbox').getByRole('option').first().click();
    await card.getByRole('button', { name: 'Assign', exact: true }).click();
    await visible(card.getByText('In review', { exact: true }));
    await card.getByRole('combobox', { name: /^Decision/ }).click();
    await lead.getByRole('option', { name: 'Resolved' }).click();
    const decision = `Nous avons parlé avec l'équipe : la prochaine séance est confirmée. ${token}`;
    await card.getByRole('textbox', { name: /^Written decision/ }).fill(decision);
    await card.getByRole('button', { name: 'Send the decision' }).click();
    await visible(card.getByText('Resolved', { exact: true }));
    // The title opens the complaint's own page, with its history.
    await card.getByRole('link', { name: 'Coaching quality' }).click();
    await visible(lead.getByRole('heading', { level: 1, name: 'Complaint: Coaching quality' }));
    await visible(lead.getByRole('region', { name: 'History' }).getByText(decision));

    // The lead's impact page shows the voice figures; a figure opens as many complaints as it says.
    await lead.goto(`${server.url}/impact?lang=en`);
    const voice = lead.getByRole('region', { name: 'Beneficiary voice' });
    const received = voice.getByRole('button', { name: /^Complaints received: \d+/ });
    await visible(received);
    const count = Number((await received.getAttribute('aria-label'))!.match(/: (\d+)/)![1]);
    expect(count).toBeGreaterThan(0);
    await visible(voice.getByRole('table', { name: 'Complaints by category' }).getByRole('rowheader', { name: 'Coaching quality' }));
    await received.click();
    await visible(lead.getByRole('dialog', { name: 'Complaints received' }).getByText(`Complaints: ${count}`, { exact: true }));

    // 3. Khadija sees the decision and appeals, once.
    await her.reload();
    const decided = her.getByRole('list', { name: 'شكاياتي' }).getByRole('listitem').filter({ hasText: token });
    await visible(decided.getByText(decision));
    await visible(decided.getByText('تمت معالجتها', { exact: true }));
    await decided.getByRole('button', { name: 'الطعن في هذا القرار' }).click();
    await decided.getByRole('textbox', { name: /^لماذا لا توافقين؟/ }).fill('الموعد الجديد لا يناسبني');
    await decided.getByRole('button', { name: 'إرسال الطعن' }).click();
    await visible(decided.getByText('قيد الدراسة', { exact: true }));

    // The lead decides again; no second appeal is offered, and the server refuses one.
    const list = await khadija.gql<{ complaints: { edges: Array<{ node: { id: string; version: number; description: string } }> } }>(
      '{ complaints(first: 50) { edges { node { id version description } } } }',
    );
    const mineNode = list.data!.complaints.edges.map((e) => e.node).find((n) => n.description.includes(token))!;
    const final = await leadApi.gql<{ decideComplaint: { version: number } }>(
      'mutation($i: DecideComplaintInput!) { decideComplaint(input: $i) { version } }',
      { i: { id: mineNode.id, version: mineNode.version, status: 'REFERRED', decision: 'Transmise au service régional.' } },
    );
    expect(final.errors).toBeUndefined();
    await her.reload();
    const last = her.getByRole('list', { name: 'شكاياتي' }).getByRole('listitem').filter({ hasText: token });
    await visible(last.getByText('محالة', { exact: true }));
    await expect(last.getByRole('button', { name: 'الطعن في هذا القرار' }).count()).resolves.toBe(0);
    const again = await khadija.gql('mutation($i: AppealComplaintInput!) { appealComplaint(input: $i) { id } }', {
      i: { id: mineNode.id, version: final.data!.decideComplaint.version, reason: 'مرة أخرى' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'ALREADY_APPEALED' });
    await her.context().close();
    await lead.context().close();
  }, 120_000);
});
