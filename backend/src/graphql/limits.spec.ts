import { buildSchema, parse, validate } from 'graphql';
import { createArmor, QUERY_LIMITS } from './graphql.config';

const schema = buildSchema(`
  type Node { id: ID, child: Node, children(first: Int): [Node] }
  type Query { node: Node }
`);

function nested(depth: number): string {
  let q = 'id';
  for (let i = 1; i < depth; i++) q = `child { ${q} }`;
  return `{ node { ${q} } }`;
}

const check = (query: string) => validate(schema, parse(query), createArmor().validationRules);

describe('query limits', () => {
  it(`accepts depth ${QUERY_LIMITS.maxDepth} and refuses deeper`, () => {
    expect(check(nested(QUERY_LIMITS.maxDepth - 1))).toEqual([]);
    const errors = check(nested(QUERY_LIMITS.maxDepth + 2));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].message).toMatch(/depth/i);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, () => {
    const ok = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: node { id }`).join(' ');
    const tooMany = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node { id }`).join(' ');
    expect(check(`{ ${ok} }`)).toEqual([]);
    expect(check(`{ ${tooMany} }`)[0]?.message).toMatch(/alias/i);
  });

  // Field suggestions are hidden by a plugin at response time: tests/integration/api-hardening.test.ts.
  it('refuses a query whose cost is too high', () => {
    let q = 'id';
    for (let i = 0; i < 8; i++) q = `children(first: 100) { ${q} child { id } }`;
    const errors = check(`{ node { ${q} } }`);
    expect(errors.some((e) => /cost/i.test(e.message))).toBe(true);
  });
});
