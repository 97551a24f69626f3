import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Compiles the server (incremental, quick when up to date) for tests that run its real entry points. */
export function buildServer(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'shared/tsconfig.build.json', 'migrations', 'backend/tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
}
