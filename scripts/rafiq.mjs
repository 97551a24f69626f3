// `npm run rafiq -- <command>`: the administration CLI (see `npm run rafiq -- --help`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded({ frontend: false });
const child = spawn(process.execPath, [path.join(root, 'backend/dist/cli/main.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
