import { existsSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { buildServer, ROOT } from './build';
import { CHROMIUM_ARGS } from './chromium';
import { RunningServer, startServer } from './server-process';

const WEB_DIR = process.env['RAFIQ_WEB_DIR'] ?? path.join(ROOT, 'frontend/dist');

export interface BrowserApp {
  /** The app's address (its own server process, on the built web app). */
  readonly url: string;
  /** A page in a context of its own (locale, viewport width); it fails the test if it asked anything of another host. */
  newPage(width: number, locale: string): Promise<Page>;
  /** A GraphQL call with the page's session cookie. */
  gql<T>(page: Page, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Waits until the element is shown (fails the test otherwise). */
  visible(locator: ReturnType<Page['getByRole']>): Promise<void>;
}

/**
 * For a browser test file, inside `describeInBrowser`: starts the built app and one Chromium before
 * the file's tests (beforeAll) and stops them after (afterAll).
 */
export function useBrowserApp(executablePath: string): BrowserApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

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

  return {
    get url() {
      return server!.url;
    },
    async newPage(width, locale) {
      const context = await browser!.newContext({ locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(server!.url) && !req.url().startsWith('data:')) foreign.push(req.url());
      });
      page.on('close', () => expect(foreign).toEqual([]));
      return page;
    },
    gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
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
    },
    visible: (locator) => expect(locator.waitFor()).resolves.toBeUndefined(),
  };
}
