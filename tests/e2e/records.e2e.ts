import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

// Complements people.e2e.ts (a person created in the form, enrolled one by one, her phone edited
// from two pages — in English): here, in Arabic, a lead groups people into a cooperative, enrols
// all its members at once with a coach, finds one by part of her Arabic name, changes her coaches,
// and meets the conflict dialog when the cooperative is edited from two pages.

const PASSWORD = 'rafiq-demo-2026';
const LEAD = 'lead@rafiq.example';

const MEMBERS = [
  { firstName: 'Itto', lastName: 'Oubella', firstNameAr: 'إطو', lastNameAr: 'أوبلا', phone: '0677001101' },
  { firstName: 'Rkia', lastName: 'Amzil', firstNameAr: 'رقية', lastNameAr: 'أمزيل', phone: '0677001102' },
  { firstName: 'Zahra', lastName: 'Tagmoute', firstNameAr: 'زهرة', lastNameAr: 'تاكموت', phone: '0677001103' },
];

describeInBrowser('cooperatives, enrolments and coaches, in a real browser (Arabic)', (executablePath) => {
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

  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    page.on('close', () => expect(foreign).toEqual([]));
    return page;
  }

  const visible = (locator: ReturnType<Page['getByRole']>) => expect(locator.waitFor()).resolves.toBeUndefined();

  /** Records people through the API with the signed-in page's session (what people.e2e does in the form). */
  async function createPeople(page: Page) {
    for (const member of MEMBERS) {
      const result = await page.evaluate(
        async (input) => {
          const res = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', variables: { i: input } }),
          });
          return (await res.json()) as { errors?: unknown };
        },
        { ...member, gender: 'F', regionCode: 'MA-09', area: 'RURAL', neet: false, consent: { givenOn: '2025-01-15', channel: 'PAPER', givenBy: 'SELF' } },
      );
      expect(result.errors).toBeUndefined();
    }
  }

  it('a lead creates a programme and cohort, a cooperative with three members, enrols them with a coach, finds one in Arabic, and meets the conflict dialog', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 1280, height: 900 } });
    const page = await newPage(context);
    await page.goto(`${server.url}/login`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(LEAD);
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'لوحة البرنامج' }));
    await createPeople(page);
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });

    // A programme and a cohort.
    await nav.getByRole('link', { name: 'البرامج' }).click();
    await page.getByRole('link', { name: 'برنامج جديد' }).click();
    await page.getByRole('textbox', { name: 'الاسم', exact: true }).fill('تعاونيات تزنيت');
    await page.getByRole('button', { name: 'إنشاء البرنامج' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'تعاونيات تزنيت' }));
    await page.getByRole('button', { name: 'فوج جديد' }).click();
    const cohortDialog = page.getByRole('dialog', { name: 'فوج جديد' });
    await cohortDialog.getByRole('textbox', { name: 'اسم الفوج' }).fill('الفوج الأول');
    await cohortDialog.getByRole('button', { name: 'إنشاء الفوج' }).click();
    await visible(page.getByRole('link', { name: 'الفوج الأول' }));

    // A cooperative with its three members, found by their Arabic names.
    await nav.getByRole('link', { name: 'التعاونيات' }).click();
    await page.getByRole('link', { name: 'تعاونية جديدة' }).click();
    await page.getByRole('textbox', { name: 'الاسم (بالفرنسية أو كما هو مسجل)' }).fill('Coopérative Tifawin');
    await page.getByRole('combobox', { name: 'الجهة' }).selectOption('MA-09');
    const memberSearch = page.getByRole('searchbox', { name: 'البحث عن شخص لإضافته' });
    for (const member of MEMBERS) {
      await memberSearch.fill(member.lastNameAr);
      await page.getByRole('button', { name: `إضافة ${member.firstNameAr} ${member.lastNameAr}` }).click();
    }
    await page.getByRole('button', { name: 'إنشاء التعاونية' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Coopérative Tifawin' }));
    await page.waitForURL(/\/cooperatives\/[0-9a-f-]{36}$/);
    const cooperativePath = new URL(page.url()).pathname;
    const members = page.getByRole('region', { name: 'الأعضاء' });
    for (const member of MEMBERS) await visible(members.getByRole('link', { name: `${member.firstNameAr} ${member.lastNameAr}` }));

    // All three enrolled at once, in the new programme and cohort, with a coach.
    await page.getByRole('button', { name: 'تسجيل الأعضاء' }).click();
    const enrol = page.getByRole('dialog', { name: 'تسجيل أعضاء في برنامج' });
    for (const member of MEMBERS)
      await expect(enrol.getByRole('checkbox', { name: `${member.firstNameAr} ${member.lastNameAr}` }).isChecked()).resolves.toBe(true);
    await enrol.getByRole('combobox', { name: 'البرنامج' }).selectOption({ label: 'تعاونيات تزنيت' });
    await enrol.getByRole('combobox', { name: 'الفوج' }).selectOption({ label: 'الفوج الأول' });
    await enrol.getByRole('combobox', { name: 'المؤطر(ة)' }).selectOption({ label: 'Salma Idrissi' });
    await enrol.getByRole('button', { name: 'تسجيل الأعضاء المختارين' }).click();
    await visible(page.getByText('تسجيلات جديدة في تعاونيات تزنيت: 3.'));

    // One of them found by part of her Arabic name; she is enrolled with her coach.
    await nav.getByRole('link', { name: 'الأشخاص' }).click();
    await page.getByRole('searchbox', { name: 'البحث بالاسم' }).pressSequentially('رقية أمز', { delay: 30 });
    await page.getByRole('link', { name: 'رقية أمزيل' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'رقية أمزيل' }));
    const enrolments = page.getByRole('region', { name: 'البرامج' });
    await visible(enrolments.getByRole('link', { name: 'تعاونيات تزنيت' }));
    await visible(enrolments.getByText('الفوج الأول'));
    await visible(enrolments.getByText('Salma Idrissi'));

    // A second coach joins her enrolment.
    await enrolments.getByRole('button', { name: 'تغيير المؤطرين: تعاونيات تزنيت' }).click();
    const change = page.getByRole('dialog', { name: 'الحالة في تعاونيات تزنيت' });
    await change.getByRole('checkbox', { name: 'Karim Ouazzani' }).check();
    await change.getByRole('button', { name: 'حفظ' }).click();
    await visible(enrolments.getByText(/Karim Ouazzani/));
    await visible(enrolments.getByText(/Salma Idrissi/));

    // The cooperative edited from two pages: the stale save meets the conflict dialog, and reloads.
    const other = await newPage(context);
    await other.goto(`${server.url}${cooperativePath}`);
    await page.goto(`${server.url}${cooperativePath}`);
    await visible(other.getByRole('heading', { level: 1, name: 'Coopérative Tifawin' }));
    await visible(page.getByRole('heading', { level: 1, name: 'Coopérative Tifawin' }));

    await page.getByRole('button', { name: 'تعديل المعلومات' }).click();
    const edit = page.getByRole('dialog', { name: 'تعديل التعاونية' });
    await edit.getByRole('textbox', { name: 'رقم التسجيل' }).fill('RC-2026-77');
    await edit.getByRole('button', { name: 'حفظ' }).click();
    await expect(edit.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    await visible(page.getByText('RC-2026-77'));

    await other.getByRole('button', { name: 'تعديل المعلومات' }).click();
    const stale = other.getByRole('dialog', { name: 'تعديل التعاونية' });
    await stale.getByRole('textbox', { name: 'رقم التسجيل' }).fill('RC-OLD');
    await stale.getByRole('button', { name: 'حفظ' }).click();
    const conflict = other.getByRole('dialog', { name: 'قام شخص آخر بتعديل هذا السجل' });
    await visible(conflict);
    await conflict.getByRole('button', { name: 'إعادة التحميل' }).click();
    await expect(conflict.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    await visible(other.getByText('RC-2026-77'));
    await expect(other.getByText('RC-OLD').count()).resolves.toBe(0);

    await other.close();
    await page.close();
    await context.close();
  });
  it('in French on a 360-px phone: the coaches and settings screens fit, and a partner is added with an inline error first', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 800 } });
    const page = await newPage(context);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(LEAD);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tableau de bord du programme' }));
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);

    await page.goto(`${server.url}/coaches`);
    await visible(page.getByRole('heading', { level: 1, name: 'Accompagnateur·rices' }));
    await visible(page.getByRole('listitem', { name: 'Salma Idrissi' }).getByText(/Personnes accompagnées actuellement : \d+/));
    expect(await width()).toBeLessThanOrEqual(360);

    await page.goto(`${server.url}/settings?tab=partners`);
    await visible(page.getByRole('heading', { level: 1, name: 'Paramètres' }));
    await page.getByRole('button', { name: 'Nouveau partenaire' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau partenaire' });
    await dialog.getByRole('textbox', { name: 'Nom' }).fill('Association Tifawin Microcrédit');
    await dialog.getByRole('textbox', { name: 'E-mail du contact' }).fill('contact@tifawin');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await visible(dialog.getByText('Saisissez une adresse e-mail valide.'));
    await dialog.getByRole('textbox', { name: 'E-mail du contact' }).fill('contact@tifawin.ma');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    await visible(page.getByText('Association Tifawin Microcrédit', { exact: true }));
    expect(await width()).toBeLessThanOrEqual(360);
    await page.close();
    await context.close();
  });
});
