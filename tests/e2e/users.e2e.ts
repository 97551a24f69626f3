import { useBrowserApp } from '../utils/browser-app';
import { describeInBrowser } from '../utils/chromium';

const PASSWORD = 'rafiq-demo-2026';
const HER_PASSWORD = 'ma phrase secrète 2026';

describeInBrowser('team and accounts, in a real browser', (executablePath) => {
  const app = useBrowserApp(executablePath);
  const { newPage, gql, visible } = app;

  it('an admin in Arabic invites an entrepreneur linked to her person record; she opens the link, chooses her password and sees her journey', async () => {
    const admin = await newPage(360, 'ar-MA');
    await admin.goto(`${app.url}/login`);
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

    await admin.goto(`${app.url}/settings?tab=users`);
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
