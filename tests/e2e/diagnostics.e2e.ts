import { Browser, chromium, Locator, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer, ROOT } from '../utils/build';
import { CHROMIUM_ARGS, describeInBrowser } from '../utils/chromium';
import { RunningServer, startServer } from '../utils/server-process';

const PASSWORD = 'rafiq-demo-2026';
const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');

describeInBrowser('strategic diagnostics, in a real browser', (executablePath) => {
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

  const visible = (locator: Locator) => expect(locator.waitFor()).resolves.toBeUndefined();

  function gql<T>(page: Page, query: string): Promise<T> {
    return page.evaluate(async (q) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q }),
      });
      const body = (await res.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    }, query) as Promise<T>;
  }

  /** Answers every question of the dimension on screen: scale level `scale`, yes or no, a number. */
  async function answerDimension(page: Page, scale: number, yes: boolean, figure: string) {
    const cards = page.locator('fieldset');
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const radios = card.getByRole('radio');
      const count = await radios.count();
      if (count === 5) await radios.nth(scale).check();
      else if (count === 2) await radios.nth(yes ? 0 : 1).check();
      else {
        const input = card.getByRole('textbox').first();
        await input.fill(figure);
        await input.blur();
      }
      await visible(card.getByRole('status').filter({ hasText: /Enregistré|تم الحفظ/ }));
    }
  }

  it('as a coach on a phone: a baseline with a break, finalised, the radar; then a follow-up in Arabic and the gain', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(`${server.url}/login?lang=fr`);
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('coach@rafiq.example');
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mon agenda' }));
    // One of her cooperatives not diagnosed yet.
    const found = await gql<{ cooperatives: { edges: Array<{ node: { id: string; diagnostics: unknown[] } }> } }>(
      page,
      `{ cooperatives(first: 50) { edges { node { id diagnostics { id } } } } }`,
    );
    const coop = found.cooperatives.edges.find((e) => e.node.diagnostics.length === 0)!.node;
    await page.goto(`${server.url}/cooperatives/${coop.id}`);
    await page.getByRole('button', { name: 'Lancer un diagnostic' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lancer un diagnostic' });
    await visible(dialog);
    expect(await dialog.getByLabel('Type').inputValue()).toBe('BASELINE');
    await dialog.getByRole('button', { name: 'Commencer' }).click();

    // Dimension 1 of 7, one per screen; answers are saved as they are given.
    await visible(page.getByText('Dimension 1 sur 7'));
    await visible(page.getByRole('heading', { level: 2, name: 'Gouvernance' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const firstComment = page.locator('fieldset').first().getByLabel('Commentaire');
    await firstComment.fill('AG tenue sans procès-verbal');
    await firstComment.blur();
    // A photo of the register as evidence: listed on the answer, downloadable.
    const firstCard = page.locator('fieldset').first();
    await firstCard.locator('input[type=file]').setInputFiles({
      name: 'registre.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    await visible(firstCard.getByRole('link', { name: 'registre.png' }));
    const href = await firstCard.getByRole('link', { name: 'registre.png' }).getAttribute('href');
    expect(await page.evaluate(async (url) => (await fetch(url!)).status, href)).toBe(200);
    await answerDimension(page, 1, false, '1');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await visible(page.getByText('Dimension 2 sur 7'));
    await answerDimension(page, 1, false, '1');

    // She leaves, comes back to the draft: it resumes on the next dimension with her answers kept.
    await page.goto(`${server.url}/cooperatives/${coop.id}`);
    await visible(page.getByText('Brouillon', { exact: true }));
    await page.getByRole('link', { name: /^Diagnostic initial/ }).click();
    await visible(page.getByText('Dimension 3 sur 7'));
    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.getByRole('button', { name: 'Précédent' }).click();
    expect(await page.locator('fieldset').first().getByLabel('Commentaire').inputValue()).toBe('AG tenue sans procès-verbal');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    for (let d = 3; d <= 7; d++) {
      await visible(page.getByText(`Dimension ${d} sur 7`));
      await answerDimension(page, 1, d % 2 === 0, '2');
      await page.getByRole('button', { name: d === 7 ? 'Récapitulatif' : 'Suivant' }).click();
    }
    await page.getByRole('button', { name: 'Finaliser' }).click();
    await visible(page.getByText('Finalisé', { exact: true }));
    await visible(page.getByRole('button', { name: 'Corriger (nouvelle version)' }));

    // The cooperative page shows the radar (with its table).
    await page.getByRole('link', { name: /^Retour à / }).click();
    await visible(page.getByTestId('diagnostic-radar').locator('svg').first());
    await visible(page.getByRole('rowheader', { name: 'Finance et comptabilité' }));

    // Later, a follow-up, in Arabic.
    await page.goto(`${server.url}/cooperatives/${coop.id}?lang=ar`);
    await page.getByRole('button', { name: 'بدء تشخيص' }).click();
    const ar = page.getByRole('dialog', { name: 'بدء تشخيص' });
    expect(await ar.getByLabel('النوع').inputValue()).toBe('FOLLOW_UP');
    await ar.getByRole('button', { name: 'ابدأ' }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    for (let d = 1; d <= 7; d++) {
      await visible(page.getByText(`البعد ${d} من 7`));
      await answerDimension(page, 3, true, '8');
      await page.getByRole('button', { name: d === 7 ? 'الملخص' : 'التالي' }).click();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'إنهاء التشخيص' }).click();
    await visible(page.getByText('نهائي', { exact: true }));
    await page.getByRole('link', { name: /^العودة إلى / }).click();
    await visible(page.getByRole('heading', { name: 'التقدم منذ التشخيص الأولي' }));
    await visible(page.getByTestId('diagnostic-radar').locator('svg').first());
    const progress = await gql<{ cooperative: { diagnosticProgress: { overallGain: number; dimensions: Array<{ gain: number }> } } }>(
      page,
      `{ cooperative(id: "${coop.id}") { diagnosticProgress { overallGain dimensions { gain } } } }`,
    );
    expect(progress.cooperative.diagnosticProgress.overallGain).toBeGreaterThan(0);
    expect(progress.cooperative.diagnosticProgress.dimensions.every((d) => d.gain > 0)).toBe(true);
    await visible(page.getByRole('cell', { name: `+${progress.cooperative.diagnosticProgress.dimensions[0].gain}` }).first());
    expect(foreign).toEqual([]);
    await context.close();
  }, 90000);
});
