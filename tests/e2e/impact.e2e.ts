import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { pdfText } from '../utils/pdf-text';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const LEAD = 'lead@rafiq.example';
const PROGRAMME = 'Femmes rurales entrepreneures';
const WEB_DIR = process.env.RAFIQ_WEB_DIR ?? path.join(ROOT, 'frontend/dist');

describeInBrowser('the impact dashboard, in a real browser', (executablePath) => {
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

  /** The number a headline figure button announces (“Beneficiaries: 42 (…)”). */
  async function figure(page: Page, name: string): Promise<number> {
    const button = page.getByRole('button', { name: new RegExp(`^${name}: `) });
    const label = (await button.getAttribute('aria-label')) ?? '';
    return Number(/: ([\d,. ]+)/.exec(label)?.[1].replace(/[^\d]/g, ''));
  }

  it('a lead filters by region and period, opens the people behind a figure, and downloads the PDF and XLSX', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await newPage(context);
    await page.goto(`${server.url}/login?lang=en`);
    await signIn(page);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Impact' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Impact dashboard' }));
    await page.getByRole('combobox', { name: 'Programme' }).selectOption({ label: PROGRAMME });
    await visible(page.getByText(/^Figures as of/));

    // The first region with beneficiaries, then a period that holds every enrolment.
    const regions = page.getByRole('table', { name: 'Regions (table)' });
    await visible(regions.getByRole('row').nth(1));
    const regionName = (await regions.getByRole('row').nth(1).getByRole('rowheader').textContent()) ?? '';
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: regionName });
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    await page.getByLabel('To', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await page.waitForURL(/from=2020-01-01.*to=\d{4}-/);
    // The region table (header + the chosen region) once the filtered figures are in.
    await page.waitForFunction(() => document.querySelector('table[aria-labelledby="impact-regions"]')?.querySelectorAll('tr').length === 2);
    await expect(regions.getByRole('row').nth(1).getByRole('rowheader').textContent()).resolves.toBe(regionName);
    const beneficiaries = await figure(page, 'Beneficiaries');
    expect(beneficiaries).toBeGreaterThan(0);
    const women = await figure(page, 'Women');

    await page.getByRole('button', { name: /^Women: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Women' });
    await visible(dialog.getByText(`People: ${women}`));
    await expect(dialog.getByRole('link').count()).resolves.toBe(Math.min(women, 50));
    await page.keyboard.press('Escape');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the Excel report' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const rows = new Map<string, unknown>();
    wb.getWorksheet('Indicators')!.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value));
    expect(rows.get('Beneficiaries')).toBe(beneficiaries);
    expect(rows.get('Women')).toBe(women);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the PDF report' }).click()]);
    const text = pdfText(readFileSync(await pdf.path()));
    expect(text).toContain('Impact report');
    expect(text).toContain(PROGRAMME);
    expect(text).toContain('ODbL');
    await context.close();
  });

  it('in Arabic on a phone: the map of the regions opens the people of a region, same count', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 360, height: 800 } });
    const page = await newPage(context);
    await page.goto(`${server.url}/login?lang=ar`);
    await signIn(page, { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' });
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}/impact`);
    await visible(page.getByRole('heading', { level: 1, name: 'لوحة متابعة الأثر' }));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const map = page.getByRole('group', { name: 'المستفيدون حسب الجهة' });
    await visible(map);
    await expect(map.getByRole('button').count()).resolves.toBe(12);
    const table = page.getByRole('table', { name: 'الجهات (جدول)' });
    await visible(table.getByRole('row').nth(1));
    const name = (await table.getByRole('row').nth(1).getByRole('rowheader').textContent()) ?? '';
    const count = Number(await table.getByRole('row').nth(1).getByRole('cell').first().textContent());
    await map.getByRole('button', { name: `${name} : ${count}` }).click();
    await visible(page.getByRole('dialog', { name }).getByText(`عدد الأشخاص: ${count}`));
    await context.close();
  });
});
