import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../../backend/src/graphql/print-schema';

describe('committed GraphQL schema', () => {
  it('shared/schema.graphql is what the backend code defines (run `npm run codegen` when this fails)', async () => {
    const committed = readFileSync(path.join(__dirname, '../../shared/schema.graphql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
