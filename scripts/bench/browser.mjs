// W6: the coach's home page in the system Chromium on emulated slow 3G: time until usable (the page's
// main heading is shown) and the JavaScript loaded before it (gzip size, and bytes on the wire).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean).find((p) => existsSync(p));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];
// Chrome DevTools' "Slow 3G" preset.
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: ((500 * 1024) / 8) * 0.8, uploadThroughput: ((500 * 1024) / 8) * 0.8 };

export async function runBrowser({ url, say, email, password }) {
  if (!CHROMIUM) {
    say('  W6 skipped: no Chromium (set CHROMIUM_PATH)');
    return { skipped: 'no Chromium' };
  }
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ar' });
    const login = await context.request.post(`${url}/graphql`, {
      data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: password } },
    });
    if (!login.ok()) throw new Error(`W6 sign-in: ${login.status()}`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const scripts = new Map();
    const wire = new Map();
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.set(e.requestId, { url: e.response.url, at: Date.now() });
    });
    cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
    const bodies = new Map();
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') bodies.set(res.url(), await res.body().catch(() => Buffer.alloc(0)));
    });
    const t0 = Date.now();
    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator('main h1, [role="main"] h1').first().waitFor({ state: 'visible', timeout: 120_000 });
    const usableMs = Date.now() - t0;
    await page.waitForTimeout(200);
    let gzipBytes = 0;
    let wireBytes = 0;
    let files = 0;
    for (const [id, s] of scripts) {
      if (s.at - t0 > usableMs) continue;
      files++;
      wireBytes += wire.get(id) ?? 0;
      const body = bodies.get(s.url);
      if (body) gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    const heading = await page.locator('main h1, [role="main"] h1').first().textContent();
    const result = {
      usableMs,
      jsFilesBeforeUsable: files,
      jsGzipKb: Math.round(gzipBytes / 1024),
      jsOnTheWireKb: Math.round(wireBytes / 1024),
      heading,
      network: 'Chrome DevTools Slow 3G (2 s RTT, 400 kbit/s)',
    };
    say(
      `  W6 coach home (slow 3G, 360 px, ar): usable in ${(usableMs / 1000).toFixed(1)} s, ${files} JS files, ${result.jsGzipKb} kB gzip (${result.jsOnTheWireKb} kB on the wire) before the first screen`,
    );
    return result;
  } finally {
    await browser.close();
  }
}
