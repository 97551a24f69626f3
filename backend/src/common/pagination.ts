import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Max, Min, IsOptional, IsString, MaxLength } from 'class-validator';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `classRef`, named `<Name>Connection` with `<Name>Edge`. */
export function Connection<T>(classRef: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => classRef)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many records match the filter and the caller may see (all pages).' })
    totalCount: number;
  }
  return ConnectionType;
}

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(MAX_PAGE, { message: ErrorReason.INVALID_VALUE })
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: ErrorReason.TOO_LONG })
  after?: string;
}

/** A sort order from an allow-list: a GraphQL enum value → a non-null SQL expression. */
export interface SortSpec {
  expression: string;
  direction: 'ASC' | 'DESC';
}

function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return [parsed[0], parsed[1]];
  } catch {
    // fall through
  }
  throw badInput('after', ErrorReason.INVALID_VALUE, 'Invalid cursor');
}

/** Does the query ask for this field of the connection? (Saves the COUNT when it does not.) */
export function selects(info: GraphQLResolveInfo | undefined, field: string): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === field) ?? false);
}

/**
 * Keyset pagination over an already filtered and scoped query: `(sort, id)` after the cursor,
 * `first + 1` rows to know whether there is a next page, and a COUNT only when asked for.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: SortSpec,
  options: { withCount: boolean; sortValue: (row: T) => unknown },
): Promise<ConnectionShape<T>> {
  const first = page.first ?? 20;
  const alias = qb.alias;
  const countQuery = options.withCount ? qb.clone() : undefined;
  const op = sort.direction === 'ASC' ? '>' : '<';
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    qb.andWhere(`(${sort.expression}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  qb.orderBy(sort.expression, sort.direction).addOrderBy(`${alias}.id`, sort.direction).take(undefined).limit(first + 1);
  const [rows, totalCount] = await Promise.all([qb.getMany(), countQuery ? countQuery.getCount() : Promise.resolve(-1)]);
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(options.sortValue(node), node.id) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
