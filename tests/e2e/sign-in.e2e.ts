import { Browser, chromium, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const PASSWORD = 'rafiq-demo-2026';

const HOMES = [
  { email: 'admin@rafiq.example', name: 'Nadia Alaoui', h1: 'Organisation administration' },
  { email: 'lead@rafiq.example', name: 'Youssef Benali', h1: 'Programme dashboard' },
  { email: 'coach@rafiq.example', name: 'Salma Idrissi', h1: 'My agenda' },
  { email: 'khadija@rafiq.example', name: 'Khadija Ait Lahcen', h1: 'My journey' },
  { email: 'lead@partner.example', name: 'Aminata Diop', h1: 'Programme dashboard' },
];

describeInBrowser('signing in, in a real browser', (executablePath) => {
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

  async function newPage(locale = 'en-GB', width = 1280): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    page.on('close', () => expect(foreign).toEqual([]));
    return page;
  }

  async function signIn(page: Page, email: string, labels = { email: 'Email address', password: 'Password', submit: 'Sign in' }) {
    await page.getByLabel(labels.email, { exact: true }).fill(email);
    await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  it.each(HOMES)('$email signs in and sees the home page of the role', async ({ email, name, h1 }) => {
    const page = await newPage();
    await page.goto(`${server.url}/?lang=en`);
    await page.waitForURL(/\/login/);
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 1, name: h1 }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('button', { name: `Account menu: ${name}` }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('a wrong password shows a translated error and stays on the sign-in page', async () => {
    const page = await newPage('fr-FR');
    await page.goto(`${server.url}/login`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: "L'adresse e-mail ou le mot de passe est incorrect." }).waitFor(),
    ).resolves.toBeUndefined();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('in Arabic on a 360-px phone: right to left, signs in, navigates with the burger, signs out', async () => {
    const page = await newPage('ar-MA', 360);
    await page.goto(`${server.url}/login`);
    const html = page.locator('html');
    expect(await html.getAttribute('lang')).toBe('ar');
    expect(await html.getAttribute('dir')).toBe('rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول إلى رفيق' }).waitFor()).resolves.toBeUndefined();
    await signIn(page, 'fatima@rafiq.example', { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' });
    await expect(page.getByRole('heading', { level: 1, name: 'مساري' }).waitFor()).resolves.toBeUndefined();
    expect(await html.getAttribute('dir')).toBe('rtl');
    // No horizontal scrolling on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: 'إظهار أو إخفاء التنقل' }).click();
    await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'ملفي الشخصي' }).click();
    await page.waitForURL(/\/profile/);
    await expect(page.getByText('fatima@rafiq.example').first().waitFor()).resolves.toBeUndefined();

    await page.getByRole('button', { name: 'قائمة الحساب: Fatima Zahra El Amrani' }).click();
    await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${server.url}/profile`);
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it('remembers the language a signed-in user picks, across sign-outs and devices', async () => {
    const page = await newPage('fr-FR');
    await page.goto(`${server.url}/login`);
    await signIn(page, 'coach2@rafiq.example', { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' });
    await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' }).waitFor()).resolves.toBeUndefined();
    const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('setMyLocale'));
    await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'My agenda' }).waitFor()).resolves.toBeUndefined();
    expect((await saved).status()).toBe(200);
    await page.close();

    // Another browser with French preferences: her choice (English) wins once she is signed in.
    const other = await newPage('fr-FR');
    await other.goto(`${server.url}/login`);
    await signIn(other, 'coach2@rafiq.example', { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' });
    await expect(other.getByRole('heading', { level: 1, name: 'My agenda' }).waitFor()).resolves.toBeUndefined();
    expect(await other.locator('html').getAttribute('lang')).toBe('en');
    await other.close();
  });
  it('turns two-factor sign-in on from the profile (French), then signs in with the code from the app', async () => {
    const email = 'lead@partner.example';
    const fr = { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' };
    const page = await newPage('fr-FR');
    await page.goto(`${server.url}/login?lang=fr`);
    await signIn(page, email, fr);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}/profile`);
    const section = page.getByRole('region', { name: 'Connexion en deux étapes' });
    await section.getByRole('button', { name: 'Configurer la connexion en deux étapes' }).click();
    await section.getByRole('button', { name: 'Afficher le code à scanner' }).click();
    await expect(
      section.getByRole('img', { name: 'Code QR à scanner avec votre application d’authentification' }).waitFor(),
    ).resolves.toBeUndefined();
    // What an authenticator app does with the key shown under the QR code.
    const key = ((await section.getByLabel('Clé à saisir dans l’application').textContent()) ?? '').replace(/\s/g, '');
    const app = new TOTP({ secret: Secret.fromBase32(key) });
    await section.getByRole('textbox', { name: 'Code' }).fill(app.generate());
    await section.getByRole('button', { name: 'Activer' }).click();
    const codes = section.getByRole('list', { name: 'Vos codes de secours' });
    await expect(codes.waitFor()).resolves.toBeUndefined();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await section.getByRole('button', { name: 'Je les ai gardés' }).click();
    await expect(section.getByText('Activée. Codes de secours restants : 10.').waitFor()).resolves.toBeUndefined();
    await page.close();

    // Another device: the password alone is not enough; the app's next code opens her account.
    const other = await newPage('fr-FR');
    await other.goto(`${server.url}/login?lang=fr`);
    await signIn(other, email, fr);
    const code = other.getByRole('textbox', { name: 'Code de votre application d’authentification' });
    await expect(code.waitFor()).resolves.toBeUndefined();
    await code.fill(app.generate({ timestamp: Date.now() + 30_000 }));
    await other.getByRole('button', { name: 'Vérifier le code', exact: true }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Tableau de bord du programme' }).waitFor()).resolves.toBeUndefined();
    await other.close();
  });
});
