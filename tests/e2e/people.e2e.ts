import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const LEAD = 'lead@rafiq.example';

describeInBrowser('people and programmes, in a real browser', (executablePath) => {
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

  it('a lead creates a programme and a cohort, records a person, enrols her with a coach, and a stale save meets the conflict dialog', async () => {
    const context = await newContext();
    const page = await newPage(context);
    await page.goto(`${server.url}/login?lang=en`);
    await signIn(page);
    await visible(page.getByRole('heading', { level: 1, name: 'Programme dashboard' }));

    // A programme…
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Programmes' }).click();
    await visible(page.getByRole('link', { name: 'Femmes rurales entrepreneures' }));
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Artisanes du Souss');
    await page.getByRole('textbox', { name: 'Description' }).fill('Poterie et tissage, de l’idée à la vente.');
    await page.getByLabel('Start date').fill('2026-02-01');
    await page.getByRole('checkbox', { name: 'Souss-Massa' }).check();
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Artisanes du Souss' }));
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);

    // …and a cohort, which appears in the programme at once.
    await page.getByRole('button', { name: 'New cohort' }).click();
    const cohortDialog = page.getByRole('dialog', { name: 'New cohort' });
    await cohortDialog.getByRole('textbox', { name: 'Cohort name' }).fill('Tiznit 2026');
    await cohortDialog.getByRole('button', { name: 'Create the cohort' }).click();
    await visible(page.getByRole('link', { name: 'Tiznit 2026' }));

    // A person, with a possible duplicate flagged while she is typed in (same phone as Fatima).
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'First name (Latin script)' }).fill('Touda');
    await page.getByRole('textbox', { name: 'Last name (Latin script)' }).fill('Ait Ouarab');
    await page.getByRole('textbox', { name: 'First name (Arabic script)' }).fill('تودة');
    await page.getByRole('textbox', { name: 'Last name (Arabic script)' }).fill('آيت وعراب');
    await page.getByRole('radio', { name: 'Woman' }).check();
    // Her consent (law 09-08): without it only her name, gender and region may be recorded.
    await page.getByRole('checkbox', { name: 'She has given her consent after hearing the notice' }).check();
    await page.getByLabel('Date of birth').fill('1994-03-12');
    const phone = page.getByRole('textbox', { name: 'Phone' });
    await phone.fill('06 10 00 00 00');
    await visible(page.getByText('Possible duplicates'));
    await visible(page.getByRole('link', { name: /Fatima Zahra El Amrani/ }));
    await phone.fill('06 99 88 77 66');
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Souss-Massa' });
    await page.getByRole('combobox', { name: 'Province or prefecture' }).selectOption({ label: 'Tiznit' });
    await page.getByRole('combobox', { name: 'Rural or urban' }).selectOption({ label: 'Rural' });
    await page.getByRole('button', { name: 'Create the person' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Touda Ait Ouarab' }));
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const personPath = new URL(page.url()).pathname;
    await visible(page.getByRole('link', { name: '+212699887766' }));

    // Enrolled in the new programme and cohort.
    await page.getByRole('button', { name: 'Enrol in a programme' }).click();
    const enrol = page.getByRole('dialog', { name: 'Enrol in a programme' });
    await enrol.getByRole('combobox', { name: 'Programme' }).selectOption({ label: 'Artisanes du Souss' });
    await enrol.getByRole('combobox', { name: 'Cohort' }).selectOption({ label: 'Tiznit 2026' });
    await enrol.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Active' });
    await enrol.getByRole('checkbox', { name: 'Salma Idrissi' }).check();
    await enrol.getByRole('button', { name: 'Enrol', exact: true }).click();
    const enrolments = page.getByRole('region', { name: 'Programmes' });
    await visible(enrolments.getByRole('link', { name: 'Artisanes du Souss' }));
    await visible(enrolments.getByText('Tiznit 2026'));
    await visible(enrolments.getByText('Active', { exact: true }));
    await visible(enrolments.getByText('Salma Idrissi'));

    // The same person edited from two pages: the second save is refused with the conflict dialog.
    const other = await newPage(context);
    await other.goto(`${server.url}${personPath}/edit?lang=en`);
    await page.goto(`${server.url}${personPath}/edit?lang=en`);
    await visible(other.getByRole('heading', { level: 1, name: 'Edit Touda Ait Ouarab' }));
    await visible(page.getByRole('heading', { level: 1, name: 'Edit Touda Ait Ouarab' }));

    await page.getByRole('textbox', { name: 'Phone' }).fill('0655443322');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === personPath);
    await visible(page.getByRole('link', { name: '+212655443322' }));

    await other.getByRole('textbox', { name: 'Phone' }).fill('0611223344');
    await other.getByRole('button', { name: 'Save changes' }).click();
    const conflict = other.getByRole('dialog', { name: 'Someone else changed this record' });
    await visible(conflict);
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect(conflict.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    // Reloaded: the other page's change is shown, nothing typed here is reapplied.
    await expect(other.getByRole('textbox', { name: 'Phone' }).inputValue()).resolves.toBe('+212655443322');

    await other.close();
    await page.close();
    await context.close();
  });

  it('in Arabic on a 360-px phone: finds فاطمة by a search typed in Arabic and opens her page', async () => {
    const context = await newContext('ar-MA', 360);
    const page = await newPage(context);
    await page.goto(`${server.url}/login`);
    const html = page.locator('html');
    expect(await html.getAttribute('dir')).toBe('rtl');
    await signIn(page, { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' });
    await visible(page.getByRole('heading', { level: 1, name: 'لوحة البرنامج' }));

    await page.getByRole('button', { name: 'إظهار أو إخفاء التنقل' }).click();
    await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'الأشخاص' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'الأشخاص' }));
    const count = page.getByRole('status').filter({ hasText: /^عدد الأشخاص: \d+$/ });
    await visible(count);
    const everyone = Number((await count.innerText()).replace(/\D/g, ''));
    expect(everyone).toBeGreaterThanOrEqual(200);

    const searched = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('فاطمة'));
    await page.getByRole('searchbox', { name: 'البحث بالاسم' }).pressSequentially('فاطمة', { delay: 40 });
    expect((await searched).status()).toBe(200);
    const fatima = page.getByRole('link', { name: 'فاطمة الزهراء العمراني' });
    await visible(fatima);
    const found = Number((await count.innerText()).replace(/\D/g, ''));
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everyone);
    expect(new URL(page.url()).searchParams.get('q')).toBe('فاطمة');
    // Cards, not a table, and no horizontal scrolling on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await fatima.click();
    await visible(page.getByRole('heading', { level: 1, name: 'فاطمة الزهراء العمراني' }));
    await visible(page.getByText('Fatima Zahra El Amrani').first());
    expect(await html.getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
    await context.close();
  });
});
