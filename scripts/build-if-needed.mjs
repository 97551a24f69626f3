// Builds what is not built yet (or is older than its sources). Used by `npm start` and `npm run rafiq`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n${cmd} ${args.join(' ')} failed\n`);
    process.exit(result.status ?? 1);
  }
}

export function buildIfNeeded({ frontend = true } = {}) {
  const server = path.join(root, 'backend/dist/.built');
  const serverSources = Math.max(...['shared/src', 'migrations/src', 'backend/src'].map((d) => newest(path.join(root, d))));
  if (mtime(server) < serverSources) {
    process.stdout.write('Building the server…\n');
    run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'shared/tsconfig.build.json', 'migrations', 'backend/tsconfig.build.json']);
    writeFileSync(server, new Date().toISOString());
  }
  if (!frontend) return;
  const web = path.join(root, 'frontend/dist/index.html');
  const webSources = Math.max(newest(path.join(root, 'frontend/src')), newest(path.join(root, 'shared/src')), mtime(path.join(root, 'frontend/index.html')));
  if (mtime(web) < webSources) {
    process.stdout.write('Building the web app…\n');
    run('npm', ['run', 'build', '-w', '@rafiq/frontend', '--silent']);
  }
}
