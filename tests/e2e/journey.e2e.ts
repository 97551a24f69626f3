import { Browser, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApiClient } from '../utils/api-client';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
/** The web app the server serves: RAFIQ_WEB_DIR (a build of one's own), else frontend/dist. */
const WEB_DIR = process.env.RAFIQ_WEB_DIR ?? path.join(ROOT, 'frontend/dist');

interface JourneyVenture {
  id: string;
  title: string;
  stage: string;
  actionItems: Array<{ id: string; title: string; ownerKind: string; status: string }>;
}

/** The first day of the current month in Morocco (YYYY-MM-01), as the page computes it. */
function moroccanMonthStart(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}-01`;
}

describeInBrowser('my journey, in a real browser', (executablePath) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildServer();
    if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Build the web app first (npm run build, or vite build --outDir $RAFIQ_WEB_DIR)');
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

  /** A page that must not load anything from another host. */
  async function newPage(locale: string, width: number): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    page.on('close', () => expect(foreign).toEqual([]));
    return page;
  }

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor()).resolves.toBeUndefined();

  it('in Arabic on a 360-px phone, Fatima sees her stage, ticks an action, records the month’s sales, and her coach sees the sale', async () => {
    // Her venture at the LAUNCH stage, and a task of hers (the lead adds one when the demo has none).
    const fatima = await signedIn('fatima@rafiq.example');
    const read = () => fatima.gql<{ myJourney: { ventures: JourneyVenture[] } }>('{ myJourney { ventures { id title stage actionItems { id title ownerKind status } } } }');
    const before = await read();
    expect(before.errors).toBeUndefined();
    const venture = before.data!.myJourney.ventures.find((v) => v.stage === 'LAUNCH');
    expect(venture).toBeDefined();
    let action = venture!.actionItems.find((a) => a.ownerKind === 'ENTREPRENEUR' && a.status === 'OPEN');
    if (!action) {
      const lead = await signedIn('lead@rafiq.example');
      const dueOn = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
      const created = await lead.gql<{ createActionItem: { id: string; title: string; ownerKind: string; status: string } }>(
        'mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id title ownerKind status } }',
        { input: { ventureId: venture!.id, title: 'زيارة السوق الأسبوعي', dueOn, ownerKind: 'ENTREPRENEUR' } },
      );
      expect(created.errors).toBeUndefined();
      action = created.data!.createActionItem;
    }

    const page = await newPage('ar-MA', 360);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill('fatima@rafiq.example');
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'مساري' }));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    // Where she is: LAUNCH, marked as the current step.
    const section = page.getByRole('region', { name: venture!.title, exact: true });
    const path_ = section.getByRole('list', { name: 'أين أنا' });
    await visible(path_);
    await expect(path_.locator('li[aria-current="step"]').textContent()).resolves.toContain('الانطلاق');
    await expect(path_.locator('li[aria-current="step"]').count()).resolves.toBe(1);
    await visible(section.getByText('وصلتِ إلى: الانطلاق'));
    // No horizontal scrolling on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // She ticks her task off.
    const ticked = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('completeActionItem'));
    await section.getByRole('checkbox', { name: action.title }).check();
    expect((await ticked).status()).toBe(200);
    await expect(section.getByRole('checkbox', { name: action.title }).isChecked()).resolves.toBe(true);

    // She records this month's sales.
    const field = section.getByRole('textbox', { name: /^مبيعات / });
    await field.fill('2350');
    await section.getByRole('button', { name: /مبيعات هذا الشهر$/ }).click();
    await visible(section.getByRole('status').getByText(/^تمّ الحفظ: 2[.,\s\u00a0\u202f]?350 درهم/));
    await visible(section.getByRole('button', { name: 'تصحيح مبيعات هذا الشهر' }));

    // She says she will come to her next session.
    await page.getByRole('button', { name: /^سأحضر/ }).first().click();
    await visible(page.getByText('أكّدتِ أنك ستحضرين').first());
    await page.close();

    // Her coach sees the sale and the ticked task.
    const coach = await signedIn('coach@rafiq.example');
    const seen = await coach.gql<{ venture: { results: Array<{ periodStart: string; revenue: number }>; actionItems: Array<{ id: string; status: string }> } }>(
      'query($id: ID!) { venture(id: $id) { results { periodStart revenue } actionItems(includeClosed: true) { id status } } }',
      { id: venture!.id },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.venture.results).toContainEqual({ periodStart: moroccanMonthStart(), revenue: 2350 });
    expect(seen.data!.venture.actionItems).toContainEqual({ id: action.id, status: 'DONE' });
  });
});
