// `npm run bench [-- --quick]`: the performance benchmark (scripts/bench/run.mjs);
// `npm run bench -- reliability …`: the reliability scorecard (scripts/bench/reliability.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [first, ...rest] = process.argv.slice(2);
let script = path.join(here, 'bench/run.mjs');
let args = process.argv.slice(2);
if (first === 'reliability') {
  script = path.join(here, 'bench/reliability.mjs');
  args = rest;
  if (!existsSync(script)) {
    process.stderr.write('The reliability benchmark (scripts/bench/reliability.mjs) is not in this tree yet.\n');
    process.exit(2);
  }
}
const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
