import { useBrowserApp } from '../utils/browser-app';
import { describeInBrowser } from '../utils/chromium';

const PASSWORD = 'rafiq-demo-2026';

/** Today's date in Casablanca, shifted by `days` (YYYY-MM-DD). */
function casablancaDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** Monday of next week (Casablanca). */
function nextMonday(): string {
  const today = casablancaDay();
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return casablancaDay(7 - ((weekday + 6) % 7));
}

describeInBrowser('trainings and the calendar, in a real browser', (executablePath) => {
  const app = useBrowserApp(executablePath);
  const { newPage, gql, visible } = app;

  it('in Arabic on a phone: a coach takes attendance for yesterday’s training with the grid', async () => {
    const page = await newPage(360, 'ar-MA');
    await page.goto(`${app.url}/login`);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'جدول أعمالي' }));
    const found = await gql<{ sessions: { edges: Array<{ node: { id: string } }> } }>(
      page,
      `{ sessions(first: 5, filter: { kind: TRAINING, status: PLANNED, to: "${new Date().toISOString()}" }) { edges { node { id } } } }`,
    );
    const id = found.sessions.edges[0].node.id;
    await page.goto(`${app.url}/sessions/${id}`);
    // Capacity and the waiting list are shown on the session.
    await visible(page.getByText('20 من 20 مقاعد محجوزة'));
    await visible(page.getByText('لائحة الانتظار، رقم 1'));
    await page.getByRole('link', { name: 'تسجيل الحضور' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'الحضور' }));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Saving before everyone is marked says how many are left.
    await page.getByRole('button', { name: 'حفظ الحضور' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'بقي 20' }));
    await page.getByRole('button', { name: 'الجميع حاضر' }).click();
    // Two absences: one excused, one not (keyboard: the radios of a row move with the arrow keys).
    const rows = page.getByRole('radiogroup');
    await rows.nth(0).getByText('غائب بدون عذر', { exact: true }).click();
    await rows.nth(1).getByText('حاضر', { exact: true }).click();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'حفظ الحضور' }).click();
    await visible(page.getByText('تم حفظ الحضور.'));
    const saved = await gql<{ session: { status: string; participants: Array<{ attendance: string | null; waitlisted: boolean }> } }>(
      page,
      `{ session(id: "${id}") { status participants { attendance waitlisted } } }`,
    );
    expect(saved.session.status).toBe('DONE');
    const seated = saved.session.participants.filter((p) => !p.waitlisted);
    expect(seated.filter((p) => p.attendance === 'PRESENT').length).toBe(18);
    expect(seated.filter((p) => p.attendance === 'ABSENT').length).toBe(1);
    expect(seated.filter((p) => p.attendance === 'EXCUSED').length).toBe(1);
    await page.close();
  });

  it('a coach drags a session to another time in the week view; a clash is shown and the session goes back', async () => {
    const page = await newPage(1280, 'en-GB');
    await page.goto(`${app.url}/login?lang=en`);
    await page.getByLabel('Email address', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My agenda' }));
    await page.goto(`${app.url}/agenda`);
    await page.getByRole('link', { name: 'Week view' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My calendar' }));
    await page.getByRole('button', { name: 'Next week' }).click();
    const monday = nextMonday();
    const tuesday = new Date(new Date(`${monday}T12:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    // Every demo coach has a planned session on Monday at 09:00 and on Tuesday at 14:00.
    const nine = page.locator('[data-session]').filter({ has: page.getByRole('link', { name: /09:00–/ }) });
    await expect(nine.waitFor()).resolves.toBeUndefined();
    await nine.dragTo(page.locator(`[data-slot="${monday}T11:00"]`));
    await visible(page.getByText('Session moved.'));
    const eleven = page.locator('[data-session]').filter({ has: page.getByRole('link', { name: /11:00–/ }) });
    await expect(eleven.waitFor()).resolves.toBeUndefined();
    // Onto Tuesday's session: refused, the clash is named, the session stays at 11:00.
    await eleven.dragTo(page.locator(`[data-slot="${tuesday}T14:00"]`), { force: true });
    await visible(page.getByRole('alert').filter({ hasText: 'Not moved: the coach is not free' }));
    await visible(page.getByRole('alert').filter({ hasText: /already has a session/ }));
    await expect(eleven.waitFor()).resolves.toBeUndefined();
    // The keyboard way: its Move button opens the reschedule form.
    await eleven.getByRole('button', { name: /^Move / }).click();
    await visible(page.getByRole('dialog', { name: 'Reschedule the session' }));
    await page.close();
  });
});
