import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiClient } from '../utils/api-client';
import { buildServer } from '../utils/build';
import { startServer } from '../utils/server-process';

beforeAll(() => buildServer(), 120000);

describe('the server as `npm start` runs it', () => {
  it('starts embedded PostgreSQL, loads demo data, keeps it across restarts and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-start-'));
    try {
      const first = await startServer({}, { dataDir });
      expect(first.output()).toContain('admin@rafiq.example');
      const c = new ApiClient(first.url);
      expect((await c.login('lead@rafiq.example', 'rafiq-demo-2026')).data?.login.role).toBe('PROGRAM_LEAD');
      await c.gql(`mutation { setMyLocale(locale: EN) { locale } }`);
      expect(await first.stop()).toBe(0);

      const second = await startServer({}, { dataDir });
      const again = new ApiClient(second.url);
      await again.login('lead@rafiq.example', 'rafiq-demo-2026');
      expect((await again.gql<{ me: { locale: string } }>(`{ me { locale } }`)).data?.me.locale).toBe('EN');
      expect(await second.stop()).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    await expect(startServer({ PORT: 'abc' })).rejects.toThrow(/PORT="abc": expected a port number/);
  });
});
