// PostGraphile 4 (the auto-generated GraphQL server), on the same database, for the comparison.
// Started as its own process so that its CPU time can be read from /proc.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// PostGraphile 4 needs graphql 15 while the app uses 16: in this process every `graphql` import
// resolves to PostGraphile's own copy, so that one instance is used throughout.
const Module = require('node:module');
const graphql15 = path.dirname(require.resolve('postgraphile/node_modules/graphql/package.json'));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'graphql' || request.startsWith('graphql/')) request = graphql15 + request.slice('graphql'.length);
  return resolve.call(this, request, ...rest);
};
const { postgraphile } = require('postgraphile');
const { Pool } = require('pg');

const [url, port] = [process.env.DATABASE_URL, Number(process.env.PORT)];
const pool = new Pool({ connectionString: url, max: 20 });
const middleware = postgraphile(pool, 'public', {
  dynamicJson: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphiql: false,
  enableQueryBatching: false,
  legacyRelations: 'omit',
});
http.createServer(middleware).listen(port, '127.0.0.1', () => process.stdout.write(`postgraphile ready on ${port}\n`));
process.on('SIGTERM', () => pool.end().finally(() => process.exit(0)));
