import { Browser, chromium, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { pdfText } from '../utils/pdf-text';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const ADMIN = 'admin@rafiq.example';
const WEB_DIR = process.env.RAFIQ_WEB_DIR ?? path.join(ROOT, 'frontend/dist');

describeInBrowser("a person's rights, in a real browser (Arabic)", (executablePath) => {
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

  /** The headline figures as the dashboard announces them (“المستفيدون: 42 (…)”). */
  async function headline(page: Page): Promise<Record<string, number>> {
    await page.goto(`${server.url}/impact`);
    await visible(page.getByRole('heading', { level: 1, name: 'لوحة متابعة الأثر' }));
    const out: Record<string, number> = {};
    for (const name of ['المستفيدون', 'النساء']) {
      const button = page.getByRole('button', { name: new RegExp(`^${name}: `) });
      await visible(button);
      const label = (await button.getAttribute('aria-label')) ?? '';
      out[name] = Number(/: ([\d,. ]+)/.exec(label)?.[1].replace(/[^\d]/g, ''));
    }
    return out;
  }

  it('an admin exports a person’s data (JSON and PDF), erases her, and the impact totals do not change', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/login?lang=ar`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(ADMIN);
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    const before = await headline(page);
    expect(before['المستفيدون']).toBeGreaterThan(0);

    // An enrolled woman of the demo data, without an account of her own.
    const person = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ people(first: 50, filter: { gender: F, status: ACTIVE }) { edges { node { id firstName lastName } } } }' }),
      });
      const body = (await res.json()) as { data: { people: { edges: Array<{ node: { id: string; firstName: string; lastName: string } }> } } };
      return body.data.people.edges[10].node;
    });
    await page.goto(`${server.url}/people/${person.id}`);
    const rights = page.getByRole('region', { name: 'حقوقها على بياناتها' });
    await visible(rights);

    const [json] = await Promise.all([page.waitForEvent('download'), rights.getByRole('link', { name: 'تصدير البيانات (JSON)' }).click()]);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as { person: { id: string; first_name: string }; enrolments: unknown[] };
    expect(data.person).toMatchObject({ id: person.id, first_name: person.firstName });
    expect(data.enrolments.length).toBeGreaterThan(0);

    const [pdf] = await Promise.all([page.waitForEvent('download'), rights.getByRole('link', { name: 'تصدير البيانات (PDF)' }).click()]);
    const bytes = readFileSync(await pdf.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/NotoSansArabic/);
    expect(pdfText(bytes)).toMatch(/[\u0600-\u06FF\uFB50-\uFEFF]/);

    // Erase, after typing her name.
    await rights.getByRole('button', { name: 'مسح', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    const confirm = dialog.getByRole('button', { name: 'مسح نهائي' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox').fill(`${person.firstName} ${person.lastName}`);
    await confirm.click();
    await visible(page.getByText(/^مُسحت في/));
    await visible(page.getByRole('heading', { level: 1, name: /^P-[0-9A-F]{8}/ }));

    // The indicators keep their totals.
    expect(await headline(page)).toEqual(before);
    await context.close();
  });
});
