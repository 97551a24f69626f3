import { Role } from '@rafiq/shared';
import { buildClientSchema, getIntrospectionQuery, getNamedType, GraphQLField, GraphQLInputType, GraphQLObjectType, isEnumType, isInputObjectType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { createLoaders } from '../../backend/src/graphql/loaders';
import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Operations anyone may call without signing in. Every other operation must refuse anonymous callers. */
const PUBLIC_OPERATIONS = new Set(['Query.me', 'Mutation.login', 'Mutation.logout', 'Mutation.resetPassword']);

/** A placeholder value of an input type; input objects get their required fields (so the call passes validation). */
function placeholder(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(named) && ['Int', 'Float'].includes(named.name)) return '1';
  if (isScalarType(named) && named.name === 'Boolean') return 'true';
  return '"x@y.example"';
}

/** A syntactically valid call of a root field with placeholder arguments and a minimal selection. */
function callOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${placeholder(a.type)}`);
  const type = getNamedType(field.type);
  const selection = isObjectType(type) ? ' { __typename }' : '';
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
}

describe('deny by default', () => {
  it('every query and mutation refuses an anonymous caller unless it is on the public list', async () => {
    const intro = await t.client().gql(getIntrospectionQuery());
    const schema = buildClientSchema(intro.data as never);
    const checked: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const field of Object.values(root.getFields())) {
        const name = `${root.name}.${field.name}`;
        if (PUBLIC_OPERATIONS.has(name)) continue;
        const op = root.name === 'Query' ? 'query' : 'mutation';
        const res = await t.client().gql(`${op} { ${callOf(field)} }`);
        const value = (res.data)?.[field.name] ?? null;
        expect({ name, code: codeOf(res), value }).toEqual({ name, code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/), value: null });
        checked.push(name);
      }
    }
    expect(checked).toContain('Query.regions');
    expect(checked).toContain('Mutation.setMyLocale');
    expect(checked).toEqual(expect.arrayContaining(['Query.provinces', 'Query.valueChains', 'Query.partners', 'Query.partner', 'Mutation.createPartner', 'Mutation.createRegion']));
  });
});

describe('organisations are isolated', () => {
  it('`me` and its organisation belong to the caller; another organisation is never reachable', async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    for (const [team, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const role of [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR]) {
        const user = { [Role.ADMIN]: team.admin, [Role.PROGRAM_LEAD]: team.lead, [Role.COACH]: team.coach, [Role.ENTREPRENEUR]: team.entrepreneur }[role];
        const c = t.client();
        await c.login(user.email, TEST_PASSWORD);
        const res = await c.gql<{ me: { id: string; role: string; organization: { id: string; name: string } } }>(
          `{ me { id role organization { id name } } }`,
        );
        expect(res.data?.me).toEqual({ id: user.id, role, organization: { id: team.org.id, name: team.org.name } });
        expect(JSON.stringify(res)).not.toContain(other.org.id);
      }
    }
  });

  it('the organisation loader returns nothing for another organisation’s id', async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const loaders = createLoaders(t.dataSource, {
      actor: { userId: a.admin.id, organizationId: a.org.id, role: Role.ADMIN, locale: a.admin.locale, sessionId: 'x' },
      expired: false,
      ip: null,
      userAgent: null,
    });
    await expect(loaders.organizations.load(a.org.id)).resolves.toMatchObject({ id: a.org.id });
    await expect(loaders.organizations.load(b.org.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('SQL statements per request', () => {
  it('`me` with its organisation costs a constant, small number of statements', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(coach.email, TEST_PASSWORD);
    const res = await c.gql(`{ me { id organization { name } } a: me { id organization { id } } regions { code } }`);
    expect(res.errors).toBeUndefined();
    // session lookup + user (twice: two aliases of `me`) + one batched organisation load + regions
    expect(Number(res.headers.get('x-sql-statements'))).toBeLessThanOrEqual(5);
  });
});
