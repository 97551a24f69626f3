import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const LEAD = 'lead@rafiq.example';
const PROGRAMME = 'Femmes rurales entrepreneures';
const WEB_DIR = process.env.RAFIQ_WEB_DIR ?? path.join(ROOT, 'frontend/dist');

describeInBrowser('the ventures board and cooperatives, in a real browser', (executablePath) => {
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

  async function newContext(locale = 'en-GB', width = 1280): Promise<BrowserContext> {
    return browser.newContext({ locale, viewport: { width, height: 900 } });
  }

  /** A page that must not load anything from another host. */
  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    page.on('close', () => expect(foreign).toEqual([]));
    return page;
  }

  async function signIn(page: Page, labels = { email: 'Email address', password: 'Password', submit: 'Sign in' }) {
    await page.getByLabel(labels.email, { exact: true }).fill(LEAD);
    await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor()).resolves.toBeUndefined();

  it('a lead moves a venture to the next stage with the “Move to…” menu, meets the criteria dialog, and the funnel counts it', async () => {
    const context = await newContext();
    const page = await newPage(context);
    await page.goto(`${server.url}/login?lang=en`);
    await signIn(page);
    await visible(page.getByRole('heading', { level: 1, name: 'Programme dashboard' }));

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Ventures board' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ventures board' }));
    await page.getByRole('combobox', { name: 'Programme' }).selectOption({ label: PROGRAMME });

    const funnel = page.getByRole('table', { name: 'Stage funnel' });
    await visible(funnel);
    const reachedValidation = funnel.getByRole('row', { name: /^Validation/ }).getByRole('cell').nth(1);
    const before = Number(await reachedValidation.textContent());

    // A venture in the first stage, moved to the next one through its menu (keyboard and phone path).
    const idea = page.getByRole('region', { name: 'Idea', exact: true });
    const card = idea.getByRole('listitem').first();
    const title = (await card.getByRole('link').first().textContent()) ?? '';
    const href = (await card.getByRole('link').first().getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/ventures\/[0-9a-f-]{36}$/);
    await card.getByRole('button', { name: `Move “${title}” to another stage` }).click();
    await page.getByRole('menuitem', { name: 'Validation' }).click();

    const dialog = page.getByRole('dialog', { name: `Move “${title}” to Validation` });
    await visible(dialog);
    const criteria = dialog.getByRole('checkbox');
    await criteria.first().waitFor();
    const count = await criteria.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // Every criterion but the last one ticked: a justification is required.
    for (let i = 0; i < count - 1; i += 1) await criteria.nth(i).check();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Diagnostic de base fait avec la coach.');
    await dialog.getByRole('textbox', { name: 'Evidence (document, link, record)' }).fill('diagnostic-2026.pdf');
    await dialog.getByRole('button', { name: 'Move the venture' }).click();
    await visible(dialog.getByText('A justification is required when a criterion is not met.'));

    await dialog.getByRole('textbox', { name: 'Justification' }).fill('Le test du marché se fera au souk le mois prochain.');
    await dialog.getByRole('button', { name: 'Move the venture' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The card is now in the next column, and the funnel's "reached" went up by one.
    const moved = page.getByRole('region', { name: 'Validation', exact: true }).locator(`a[href="${href}"]`);
    await expect(moved.waitFor()).resolves.toBeUndefined();
    await funnel.getByRole('row', { name: /^Validation/ }).getByRole('cell').nth(1).filter({ hasText: new RegExp(`^${before + 1}$`) }).waitFor({ timeout: 10000 });
    expect(Number(await reachedValidation.textContent())).toBe(before + 1);

    // The venture page shows the move in its history, with the justification.
    await moved.click();
    await visible(page.getByRole('heading', { level: 1, name: title }));
    await visible(page.getByText('Justification: Le test du marché se fera au souk le mois prochain.'));
    await page.close();
    await context.close();
  });

  it('in Arabic on a 360-px phone: the board is a stage selector and a list, right to left', async () => {
    const context = await newContext('ar-MA', 360);
    const page = await newPage(context);
    await page.goto(`${server.url}/login`);
    await signIn(page, { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' });
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}/ventures`);
    await page.getByRole('combobox', { name: 'البرنامج' }).selectOption({ label: PROGRAMME });
    await visible(page.getByRole('table', { name: 'قمع المراحل' }));
    const selector = page.getByRole('combobox', { name: 'المرحلة المعروضة' });
    await visible(selector);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await selector.selectOption('GROWING');
    await visible(page.getByRole('region', { name: 'النمو' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
    await context.close();
  });

  it('a lead creates a cooperative with three members, each with a role', async () => {
    const context = await newContext();
    const page = await newPage(context);
    await page.goto(`${server.url}/login?lang=en`);
    await signIn(page);
    await visible(page.getByRole('heading', { level: 1, name: 'Programme dashboard' }));
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cooperatives' }).click();
    await page.getByRole('link', { name: 'New cooperative' }).click();
    await page.getByRole('textbox', { name: 'Name (French or as registered)' }).fill('Coopérative Tamount');
    await page.getByRole('textbox', { name: 'Name in Arabic' }).fill('تعاونية تامونت');
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Souss-Massa' });

    const search = page.getByRole('searchbox', { name: 'Find a person to add' });
    const results = page.getByRole('list', { name: 'People found' });
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await search.fill('an');
      const pick = results.getByRole('button').first();
      await pick.waitFor();
      names.push((await pick.textContent()) ?? '');
      await pick.click();
    }
    await page.getByRole('combobox', { name: /^Role of / }).nth(1).selectOption('TREASURER');
    await page.getByRole('button', { name: 'Create the cooperative' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Coopérative Tamount' }));
    const members = page.getByRole('list', { name: 'Members' });
    await visible(members.getByRole('link', { name: names[0] }).first());
    await expect(members.getByRole('listitem').count()).resolves.toBe(3);
    await visible(members.getByText('Treasurer'));
    await page.close();
    await context.close();
  });
});
