import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The system Chromium (never a downloaded browser): CHROMIUM_PATH, else the usual Debian paths. */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * `describe` when Chromium is there; otherwise a loud skip — or a failure with E2E_REQUIRED=1 (CI).
 */
export function describeInBrowser(name: string, fn: (chromiumPath: string) => void): void {
  const chromium = findChromium();
  if (chromium) {
    describe(name, () => fn(chromium));
    return;
  }
  if (process.env.E2E_REQUIRED === '1') {
    describe(name, () => {
      it('needs Chromium (E2E_REQUIRED=1)', () => {
        throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
      });
    });
    return;
  }
  process.stderr.write(
    `\n\n  !!! BROWSER TESTS SKIPPED: no Chromium found. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. !!!\n\n`,
  );
  describe.skip(name, () => fn(''));
}
