import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from '../utils/test-app';

// The web app's assets are sent gzipped to browsers that accept it (benchmark W6: bytes before the first screen).
let t: TestApp;
let webDir: string;
const script = `console.log(${JSON.stringify('رفيق '.repeat(2000))});\n`;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(os.tmpdir(), 'rafiq-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Rafiq</title>');
  writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), script);
  t = await startTestApp({ RAFIQ_WEB_DIR: webDir });
});
afterAll(async () => {
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress by itself). */
function get(
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web assets', () => {
  it('are gzipped for browsers that accept it, and sent as they are otherwise', async () => {
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toMatch(/javascript/);
    expect(gz.headers['cache-control']).toMatch(/immutable/);
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script);
    expect(gz.body.length).toBeLessThan(Buffer.byteLength(script) / 5);

    const plain = await get('/assets/index-abc123.js', {});
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('never serves a file outside the web directory, and answers a missing asset as before', async () => {
    writeFileSync(path.join(webDir, '..', 'rafiq-secret.js'), 'secret');
    try {
      const outside = await get('/assets/..%2f..%2frafiq-secret.js', { 'accept-encoding': 'gzip' });
      expect(outside.body.toString('utf8')).not.toContain('secret');
      expect(gunzipSafe(outside.body)).not.toContain('secret');
    } finally {
      rmSync(path.join(webDir, '..', 'rafiq-secret.js'), { force: true });
    }
    const missing = await get('/assets/nothing-here.js', { 'accept-encoding': 'gzip' });
    expect(missing.headers['content-encoding']).not.toBe('gzip');
  });
});

function gunzipSafe(b: Buffer): string {
  try {
    return gunzipSync(b).toString('utf8');
  } catch {
    return '';
  }
}
