import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden } from '../../common/errors';
import { ConnectionShape, PageArgs } from '../../common/pagination';
import { personVisibilitySql } from '../person/person.access';
import { Person } from '../person/person.entity';
import { DuplicateReason, PersonDuplicatePair } from './data-quality.types';

/** Who may review likely duplicates: admins (everyone), leads (people they may see). */
export const REVIEWERS = [Role.ADMIN, Role.PROGRAM_LEAD];

/** Names of two people with the same birth date at least this similar (pg_trgm, normalised search name). */
export const NAME_SIMILARITY = 0.6;

const CURSOR = /^([0-9a-f-]{36}):([0-9a-f-]{36})$/i;

@Injectable()
export class DataQualityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Likely duplicate people among those the caller may see (both of a pair), not archived: same
   * national-ID hash, same phone, or similar names with the same birth date. One row per pair (the
   * strongest reason), ordered by the pair's ids, keyset-paginated.
   */
  async duplicates(actor: Actor, page: PageArgs, withCount: boolean): Promise<ConnectionShape<PersonDuplicatePair>> {
    if (!REVIEWERS.includes(actor.role)) throw forbidden();
    const first = page.first ?? 20;
    let after: [string, string] | null = null;
    if (page.after) {
      const m = CURSOR.exec(page.after);
      if (!m) throw badInput('after', ErrorReason.INVALID_VALUE, 'Invalid cursor');
      after = [m[1], m[2]];
    }
    const va = personVisibilitySql(actor, 'a');
    const vb = personVisibilitySql(actor, 'b');
    const pairs = `
      WITH candidates AS (
        SELECT a.id AS a_id, b.id AS b_id, 'SAME_NATIONAL_ID' AS reason, 1 AS rank, 1.0::float8 AS score
          FROM person a JOIN person b ON b.organization_id = a.organization_id AND b.national_id_hash = a.national_id_hash AND a.id < b.id
         WHERE a.organization_id = :visOrg AND a.national_id_hash IS NOT NULL
        UNION ALL
        SELECT a.id, b.id, 'SAME_PHONE', 2, 1.0::float8
          FROM person a JOIN person b ON b.organization_id = a.organization_id AND b.phone = a.phone AND a.id < b.id
         WHERE a.organization_id = :visOrg AND a.phone IS NOT NULL
        UNION ALL
        SELECT a.id, b.id, 'SIMILAR_NAME_SAME_BIRTH_DATE', 3, similarity(a.search_name, b.search_name)::float8
          FROM person a JOIN person b ON b.organization_id = a.organization_id AND b.birth_date = a.birth_date AND a.id < b.id
         WHERE a.organization_id = :visOrg AND a.birth_date IS NOT NULL AND similarity(a.search_name, b.search_name) >= :threshold
      ),
      pairs AS (
        SELECT DISTINCT ON (c.a_id, c.b_id) c.a_id, c.b_id, c.reason, c.score
          FROM candidates c
          JOIN person a ON a.id = c.a_id
          JOIN person b ON b.id = c.b_id
         WHERE a.archived_at IS NULL AND b.archived_at IS NULL AND (${va.sql}) AND (${vb.sql})
         ORDER BY c.a_id, c.b_id, c.rank
      )`;
    const params = { ...va.params, threshold: NAME_SIMILARITY, afterA: after?.[0] ?? null, afterB: after?.[1] ?? null, limit: first + 1 };
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `${pairs}
       SELECT a_id, b_id, reason, score FROM pairs
        WHERE (:afterA::uuid IS NULL OR (a_id, b_id) > (:afterA::uuid, :afterB::uuid))
        ORDER BY a_id, b_id
        LIMIT :limit`,
      params,
    );
    const rows: { a_id: string; b_id: string; reason: DuplicateReason; score: number }[] = await this.dataSource.query(sql, values);
    const hasNextPage = rows.length > first;
    const shown = rows.slice(0, first);
    const people = shown.length
      ? await this.dataSource.getRepository(Person).findBy({ organizationId: actor.organizationId, id: In(shown.flatMap((r) => [r.a_id, r.b_id])) })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    let totalCount = 0;
    if (withCount) {
      const [countSql, countValues] = this.dataSource.driver.escapeQueryWithParameters(`${pairs} SELECT count(*)::int AS n FROM pairs`, params);
      totalCount = (await this.dataSource.query<{ n: number }[]>(countSql, countValues))[0].n;
    }
    const edges = shown
      .filter((r) => byId.has(r.a_id) && byId.has(r.b_id))
      .map((r) => ({
        cursor: `${r.a_id}:${r.b_id}`,
        node: { person: byId.get(r.a_id)!, other: byId.get(r.b_id)!, reason: r.reason, similarity: Number(r.score) },
      }));
    return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
  }
}
