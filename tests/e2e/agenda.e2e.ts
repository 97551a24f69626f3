import { Browser, chromium, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');

/** Yesterday's date in Casablanca (YYYY-MM-DD). */
function yesterday(): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describeInBrowser('the coach agenda, in a real browser', (executablePath) => {
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

  async function newPage(width = 360, locale = 'en-GB'): Promise<Page> {
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

  async function fillSession(page: Page, date: string, time: string) {
    await page.getByLabel(/^Date/).fill(date);
    await page.getByLabel(/^Start time/).fill(time);
  }

  it('a coach on a phone schedules a session, meets a clash with free slots, logs a session in three taps and subscribes to her calendar', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login?lang=en`);
    await page.getByLabel('Email address', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My agenda' }));
    await visible(page.getByRole('heading', { name: 'To log' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Record a session held early yesterday with one of her people (so that it is over and waits to be logged).
    const day = yesterday();
    await page.getByRole('link', { name: 'Schedule a session' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Schedule a session' }));
    await fillSession(page, day, '07:00');
    await page.getByRole('combobox', { name: 'Participants' }).fill('Fatima Zahra');
    await page.getByRole('option', { name: 'Fatima Zahra El Amrani' }).first().click();
    await page.getByLabel('Place').fill('Douar Tifawin');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: /Coaching/ }));
    await visible(page.getByRole('link', { name: 'Fatima Zahra El Amrani' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // An overlapping one: the clash shows with free slots, before and on saving; a slot fills the time in.
    await page.goto(`${server.url}/sessions/new`);
    await visible(page.getByRole('heading', { level: 1, name: 'Schedule a session' }));
    await fillSession(page, day, '07:30');
    await visible(page.getByText('The coach already has a session at this time.').first());
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const slots = page.getByRole('button', { name: /^Use / });
    await visible(slots.first());
    expect(await slots.count()).toBeGreaterThan(0);
    await slots.first().click();
    expect(await page.getByLabel(/^Start time/).inputValue()).not.toBe('07:30');

    // Log the first session in three taps from the "to log" list of her agenda.
    await page.goto(`${server.url}/`);
    await visible(page.getByRole('heading', { level: 1, name: 'My agenda' }));
    const toLog = page.getByRole('list', { name: /To log/ });
    await toLog
      .getByRole('button', { name: /^Log the session of .*07:00–08:00$/ })
      .first()
      .click(); // 1
    const dialog = page.getByRole('dialog', { name: 'Log the session' });
    await visible(dialog);
    await dialog.getByText('Done', { exact: true }).click(); // 2
    await dialog.getByRole('button', { name: 'Save' }).click(); // 3
    await visible(page.getByText('Session logged.'));
    await expect(dialog.waitFor({ state: 'hidden' })).resolves.toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The calendar feed on her profile.
    await page.goto(`${server.url}/profile`);
    const field = page.getByLabel('Calendar address');
    await visible(field);
    await page.waitForFunction(() =>
      /\/calendar\/[A-Za-z0-9_-]+\.ics$/.test(document.querySelector<HTMLInputElement>('input[readonly]')?.value ?? ''),
    );
    const url = await field.inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    await visible(page.getByRole('button', { name: 'Copy the address' }));
    await page.close();
  });
  it('in Arabic on a phone: the agenda and the calendar address, right to left', async () => {
    const page = await newPage(360, 'ar-MA');
    await page.goto(`${server.url}/login`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'جدول أعمالي' }));
    await visible(page.getByRole('heading', { name: 'اليوم والأيام السبعة القادمة' }));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: 'برمجة جلسة' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'برمجة جلسة' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto(`${server.url}/profile`);
    await visible(page.getByRole('button', { name: 'نسخ العنوان' }));
    await page.close();
  });
});
