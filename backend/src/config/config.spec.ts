import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database under ./.data, demo data on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve('./.data'));
    expect(c.demo).toBe(true);
    expect(c.production).toBe(false);
  });

  it('turns demo data off by default with an external database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/rafiq' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/rafiq', RAFIQ_DEMO: '1' }).demo).toBe(true);
  });

  it('names every bad variable with what was expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', RAFIQ_DEMO: 'maybe', NODE_ENV: 'staging' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT="eighty": expected a port number/m);
    expect(problems).toMatch(/^DATABASE_URL="mysql:\/\/x": expected a postgres:\/\/ or postgresql:\/\/ URL/m);
    expect(problems).toMatch(/^RAFIQ_DEMO="maybe": expected 1\/0/m);
    expect(problems).toMatch(/^NODE_ENV="staging": expected development, production or test/m);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": expected 0–65535/);
  });

  it('keeps idempotency keys 30 days by default, or as configured (whole days, at least one)', () => {
    expect(loadConfig({}).idempotencyRetentionDays).toBe(30);
    expect(loadConfig({ RAFIQ_IDEMPOTENCY_RETENTION_DAYS: '7' }).idempotencyRetentionDays).toBe(7);
    expect(() => loadConfig({ RAFIQ_IDEMPOTENCY_RETENTION_DAYS: '0' })).toThrow(
      /RAFIQ_IDEMPOTENCY_RETENTION_DAYS="0": expected at least 1 day/,
    );
    expect(() => loadConfig({ RAFIQ_IDEMPOTENCY_RETENTION_DAYS: 'a week' })).toThrow(
      /RAFIQ_IDEMPOTENCY_RETENTION_DAYS="a week": expected a number of days/,
    );
  });
});
