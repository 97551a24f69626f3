import { Browser, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const HER_PASSWORD = 'ma phrase secrète 2026';
const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');

describeInBrowser('team and accounts, in a real browser', (executablePath) => {
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

  async function newPage(width: number, locale: string): Promise<Page> {
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

  /** A GraphQL call with the page's session cookie. */
  function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return page.evaluate(
      async ([q, v]) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q, variables: v }),
        });
        return ((await res.json()) as { data: unknown }).data;
      },
      [query, variables] as const,
    ) as Promise<T>;
  }

  it('an admin in Arabic invites an entrepreneur linked to her person record; she opens the link, chooses her password and sees her journey', async () => {
    const admin = await newPage(360, 'ar-MA');
    await admin.goto(`${server.url}/login`);
    await admin.getByLabel('البريد الإلكتروني', { exact: true }).fill('admin@rafiq.example');
    await admin.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await admin.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await admin.waitForURL((u) => !u.pathname.startsWith('/login'));
    // Her person record, not linked to any account yet.
    const lastName = `Ouhmad${Date.now().toString(36)}`;
    const made = await gql<{ createPerson: { id: string } }>(admin, `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: {
        firstName: 'Itto',
        lastName,
        gender: 'F',
        regionCode: 'MA-09',
        area: 'RURAL',
        neet: false,
        consent: { givenOn: '2026-01-15', channel: 'PAPER', givenBy: 'SELF' },
      },
    });
    const personId = made.createPerson.id;

    await admin.goto(`${server.url}/settings?tab=users`);
    await visible(admin.getByRole('heading', { level: 2, name: 'الفريق والحسابات' }));
    await admin.getByRole('button', { name: 'دعوة', exact: true }).click();
    const dialog = admin.getByRole('dialog', { name: 'دعوة شخص' });
    const email = `itto.${lastName.toLowerCase()}@rafiq.example`;
    await dialog.getByRole('textbox', { name: /^الاسم/ }).fill(`Itto ${lastName}`);
    await dialog.getByRole('textbox', { name: /البريد الإلكتروني/ }).fill(email);
    await dialog.getByRole('combobox', { name: 'الدور' }).selectOption({ label: 'رائدة أعمال' });
    await dialog.getByRole('combobox', { name: 'اللغة' }).selectOption({ label: 'العربية' });
    await dialog.getByRole('searchbox', { name: 'ملفها الشخصي (اختياري)' }).fill(lastName);
    await dialog.getByRole('button', { name: /^ربط الحساب بـ/ }).click();
    await visible(dialog.getByText(/^مرتبط بـ:/));
    await dialog.getByRole('button', { name: 'إنشاء الحساب' }).click();
    const linkDialog = admin.getByRole('dialog', { name: /^رابط الدعوة لـ/ });
    await visible(linkDialog.getByRole('button', { name: 'نسخ' }));
    const url = (await linkDialog.getByLabel('رابط الدعوة').textContent())!.trim();
    expect(url).toMatch(/\/reset-password#token=[\w-]+&invite=1$/);

    // She opens the link in a browser of her own (French here).
    const she = await newPage(360, 'fr-MA');
    await she.goto(url);
    await visible(she.getByRole('heading', { level: 1, name: 'Bienvenue sur Rafiq : choisissez votre mot de passe' }));
    await she.getByLabel(/^Nouveau mot de passe(?!,)/).fill(HER_PASSWORD);
    await she.getByLabel(/^Nouveau mot de passe, à nouveau/).fill(HER_PASSWORD);
    await she.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await visible(she.getByText('Votre nouveau mot de passe est enregistré.'));
    await she.getByRole('link', { name: 'Se connecter' }).click();
    await she.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await she.getByLabel('Mot de passe', { exact: true }).fill(HER_PASSWORD);
    await she.getByRole('button', { name: 'Se connecter', exact: true }).click();
    // The account was invited with Arabic as its language: her journey, in Arabic.
    await visible(she.getByRole('heading', { level: 1, name: 'مساري' }));
    const journey = await gql<{ myJourney: { person: { id: string } } }>(she, `{ myJourney { person { id } } }`);
    expect(journey.myJourney.person.id).toBe(personId);
    await she.close();
    await admin.close();
  }, 90000);
});
