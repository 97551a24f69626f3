// Fails when frontend/src/gql is stale: regenerates it into a temporary folder from the committed
// schema and the frontend's documents, and compares. Fix with `npm run codegen`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './build-if-needed.mjs';

const committed = path.join(root, 'frontend/src/gql');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'rafiq-gql-'));
try {
  const res = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: path.join(root, 'frontend'),
    env: { ...process.env, RAFIQ_CODEGEN_OUT: fresh + path.sep },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
  const names = (dir) => readdirSync(dir).sort();
  const stale = [];
  const all = new Set([...names(committed), ...names(fresh)]);
  for (const name of all) {
    let a = '';
    let b = '';
    try { a = readFileSync(path.join(committed, name), 'utf8'); } catch { /* missing */ }
    try { b = readFileSync(path.join(fresh, name), 'utf8'); } catch { /* missing */ }
    if (a !== b) stale.push(name);
  }
  if (stale.length) {
    process.stderr.write(`frontend/src/gql is stale (${stale.join(', ')}): run \`npm run codegen\` and commit the result.\n`);
    process.exit(1);
  }
  process.stdout.write('frontend/src/gql is up to date\n');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
