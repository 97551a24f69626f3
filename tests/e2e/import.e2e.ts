import { Browser, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const ADMIN = 'admin@rafiq.example';
const SAMPLE = path.join(ROOT, 'tests/fixtures/people-sample.csv');

describeInBrowser('importing people from a spreadsheet, in a real browser', (executablePath) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildServer();
    if (!existsSync(path.join(ROOT, 'frontend/dist/index.html'))) throw new Error('Build the web app first (npm run build)');
    server = await startServer();
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor({ timeout: 30000 })).resolves.toBeUndefined();

  /** Upload the sample, check the preview and the detected mapping, confirm, and read the report. */
  async function importSample(page: Page, expectReport: RegExp) {
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'إرسال وتحقق' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'التحقق: people-sample.csv' }));
    // The detected mapping: "Nom" is the last name, "Région" the region.
    expect(await page.getByRole('combobox', { name: 'العمود «Nom»' }).inputValue()).toBe('lastName');
    expect(await page.getByRole('combobox', { name: 'العمود «Région»' }).inputValue()).toBe('region');
    await visible(page.getByRole('table', { name: 'الأسطر الأولى من الملف' }).getByRole('cell', { name: 'Hasna' }));
    await visible(page.getByRole('status').filter({ hasText: 'عدد الأسطر: 12. لا توجد أي مشكلة.' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'التقرير' }));
    await visible(page.getByRole('status').filter({ hasText: expectReport }));
  }

  it('in Arabic on a 360-px phone: an admin imports the sample, imports it again (0 created), and finds both runs in the history', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(ADMIN);
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'إدارة المنظمة' }));

    await page.getByRole('button', { name: 'إظهار أو إخفاء التنقل' }).click();
    await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'الاستيراد' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'استيراد الأشخاص' }));

    await importSample(page, /12 أُنشئت، 0 حُدّثت، 0 بدون تغيير، 0 مرفوضة/);
    await page.getByRole('button', { name: 'استيراد ملف آخر' }).click();
    await importSample(page, /0 أُنشئت، 0 حُدّثت، 12 بدون تغيير، 0 مرفوضة/);

    await page.getByRole('link', { name: 'عرض سجل الاستيراد' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'سجل الاستيراد' }));
    const rows = page.getByRole('table', { name: 'سجل الاستيراد' }).getByRole('row');
    await visible(rows.nth(2));
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toMatch(/Nadia Alaoui[\s\S]*people-sample\.csv[\s\S]*تم الاستيراد\s+0\s+0\s+12\s+0/);
    expect(await rows.nth(2).innerText()).toMatch(/Nadia Alaoui[\s\S]*people-sample\.csv[\s\S]*تم الاستيراد\s+12\s+0\s+0\s+0/);
    await context.close();
  });
});
