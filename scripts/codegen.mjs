// `npm run codegen`: print the GraphQL schema from the backend's code to shared/schema.graphql,
// then generate the frontend's typed documents from it. Needs no running server or database.
import path from 'node:path';
import { buildIfNeeded, root, run } from './build-if-needed.mjs';

buildIfNeeded({ frontend: false });
run(process.execPath, [path.join(root, 'backend/dist/cli/main.js'), 'schema', '--out', path.join(root, 'shared/schema.graphql')]);
run('npx', ['graphql-codegen', '--config', 'codegen.ts'], { cwd: path.join(root, 'frontend') });
