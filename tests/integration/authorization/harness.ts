import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  GraphQLObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { ApiClient, codeOf, GqlResponse } from '../../utils/api-client';
import type { Caller, Fixture } from './fixture';

/** What a caller gets. `ok`: an answer holding the fixture's records (a query) or a change (a mutation); `none`: an answer without any (empty list, nothing changed). */
export type Outcome = 'ok' | 'none' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
/** Refusals: the database must be unchanged after them. BAD_USER_INPUT is one when an id of another organisation is refused like an unknown one (`Unknown coach`). */
export const REFUSALS: readonly Outcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'];

/** One selection that shows which records an answer holds: ids, connection nodes' ids, or (for types without an id) their children's ids. */
export function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const parts: string[] = [];
  if (fields.id) parts.push('id');
  if (fields.edges)
    parts.push(
      `edges { node { ${selectionOf((getNamedType(fields.edges.type) as GraphQLObjectType).getFields().node.type, depth + 1)} } }`,
    );
  if (!parts.length && depth < 2) {
    for (const f of Object.values(fields)) {
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      const sub = selectionOf(f.type, depth + 1);
      if (sub && sub !== '__typename') parts.push(`${f.name} { ${sub} }`);
    }
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** A variable's type: an argument with a default may be left out, so its variable is nullable. */
function typeText(type: GraphQLInputType, hasDefault: boolean): string {
  return hasDefault && isNonNullType(type) ? String(type.ofType) : String(type);
}

/** The document of a root field with every argument as a variable (only given ones are sent). */
export function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, select?: string): string {
  const decl = field.args.map((a) => `$${a.name}: ${typeText(a.type, a.defaultValue !== undefined)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = select ?? selectionOf(field.type);
  const named = getNamedType(field.type);
  return `${kind}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${isObjectType(named) ? ` { ${sel} }` : ''} }`;
}

/** Required arguments without a value (so the document would not even validate). */
export function missingArgs(field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>): string[] {
  return field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && vars[a.name] === undefined).map((a) => a.name);
}

export function isListField(field: GraphQLField<unknown, unknown>): boolean {
  const t = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(t) || !!(isObjectType(getNamedType(t)) && (getNamedType(t) as GraphQLObjectType).getFields().edges);
}

export function inputFieldsOf(schema: GraphQLSchema, name: string): string[] {
  const t = schema.getType(name);
  return isInputObjectType(t) ? Object.keys(t.getFields()) : [];
}

/**
 * A fingerprint of every table the application writes (all but sessions, and the impact summary's
 * freshness marks, which any refresh of the global summary clears), on the suite's own database:
 * equal before and after a refused call means it changed nothing.
 */
export async function fingerprinter(ds: DataSource): Promise<() => Promise<string>> {
  const tables = (
    await ds.query<Array<{ table_name: string }>>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('auth_session', 'migrations', 'typeorm_metadata', 'impact_summary_state') ORDER BY table_name`,
    )
  ).map((r) => r.table_name);
  const sql = tables
    .map(
      (t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`,
    )
    .join(' UNION ALL ');
  // Sorted here: without ORDER BY, PostgreSQL may return the branches of a UNION ALL in any order
  // (a parallel append under load did), which read as "the database changed" when nothing had.
  return async () =>
    (await ds.query<Array<{ t: string; h: string }>>(sql))
      .map((r) => `${r.t}=${r.h}`)
      .sort()
      .join('\n');
}

export function classify(res: GqlResponse, f: Fixture, kind: 'query' | 'mutation', changed: boolean): string {
  const code = codeOf(res);
  if (res.errors?.length) {
    if (REFUSALS.includes(code as Outcome)) {
      if (process.env.RAFIQ_MATRIX_PRINT === '1' && code === 'BAD_USER_INPUT') console.log(res.errors[0].message);
      return code as Outcome;
    }
    return `${String(code)}: ${res.errors[0].message}`;
  }
  if (kind === 'mutation') return changed ? 'ok' : 'none';
  const text = JSON.stringify(res.data);
  return [...f.targetIds].some((id) => text.includes(id)) ? 'ok' : 'none';
}

export async function call(c: ApiClient, doc: string, vars: Record<string, unknown>): Promise<GqlResponse> {
  return c.gql(doc, vars);
}

export type { Caller };
