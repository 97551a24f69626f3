// `npm test`: lint, type-check, build, then every Jest project (unit, integration on a real
// PostgreSQL, browser end-to-end). Extra arguments go to Jest, e.g. `npm test -- --selectProjects backend`.
import path from 'node:path';
import { root, run } from './build-if-needed.mjs';

const started = Date.now();
const step = (name) => process.stdout.write(`\n▶ ${name}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
const jestArgs = process.argv.slice(2);

step('lint');
run(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']);
step('typecheck');
run('npm', ['run', 'typecheck', '--silent']);
step('build');
run('npm', ['run', 'build', '--silent']);
step('generated GraphQL types are up to date');
run(process.execPath, [path.join(root, 'scripts/check-codegen.mjs')]);
step('jest');
run(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '--ci', ...jestArgs]);
process.stdout.write(`\n✔ all tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
