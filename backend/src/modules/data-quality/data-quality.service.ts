import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { ConnectionShape, PageArgs } from '../../common/pagination';
import { personVisibilitySql } from '../person/person.access';
import { Person } from '../person/person.entity';
import { DuplicateReason, PersonDuplicatePair } from './data-quality.types';
import { MergePeopleInput, PersonPairInput } from './data-quality.inputs';

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
           AND NOT EXISTS (SELECT 1 FROM person_duplicate_dismissal d WHERE d.person_id = c.a_id AND d.other_person_id = c.b_id)
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
      ? await this.dataSource
          .getRepository(Person)
          .findBy({ organizationId: actor.organizationId, id: In(shown.flatMap((r) => [r.a_id, r.b_id])) })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    let totalCount = 0;
    if (withCount) {
      const [countSql, countValues] = this.dataSource.driver.escapeQueryWithParameters(
        `${pairs} SELECT count(*)::int AS n FROM pairs`,
        params,
      );
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

  /** Locks two people the caller may see, in id order; NOT_FOUND when one is missing or hidden. */
  private async lockPair(m: EntityManager, actor: Actor, ids: [string, string]): Promise<Map<string, Person>> {
    const vis = personVisibilitySql(actor, 'p');
    const people = await m
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id IN (:...pairIds)', { pairIds: ids })
      .andWhere(vis.sql, vis.params)
      .orderBy('p.id')
      .setLock('pessimistic_write')
      .getMany();
    if (people.length !== 2) throw notFound('person');
    return new Map(people.map((p) => [p.id, p]));
  }

  /** "Not a duplicate": the pair is remembered and no longer listed. */
  async dismiss(actor: Actor, input: PersonPairInput): Promise<boolean> {
    if (!REVIEWERS.includes(actor.role)) throw forbidden();
    if (input.personId === input.otherPersonId) throw badInput('otherPersonId', ErrorReason.INVALID_VALUE, 'The same person twice');
    const [a, b] = [input.personId, input.otherPersonId].sort();
    return this.dataSource.transaction(async (m) => {
      await this.lockPair(m, actor, [a, b]);
      await m.query(
        `INSERT INTO person_duplicate_dismissal (person_id, other_person_id, organization_id, dismissed_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [a, b, actor.organizationId, actor.userId],
      );
      return true;
    });
  }

  /**
   * Merges `mergeId` into `keepId` in one transaction: every enrolment (when both are enrolled in
   * the same programme, the earlier enrolment stays, with its history, and takes the other's
   * coaches), cooperative membership, session participation, venture, mentorship, follow-up and
   * notification moves to the kept person; her empty fields are filled from the merged one; the
   * merged person is archived with `merged_into_id`; a MERGE audit event records the counts.
   */
  async merge(actor: Actor, input: MergePeopleInput): Promise<Person> {
    if (!REVIEWERS.includes(actor.role)) throw forbidden();
    const { keepId, mergeId } = input;
    if (keepId === mergeId) throw badInput('mergeId', ErrorReason.INVALID_VALUE, 'The same person twice');
    return this.dataSource.transaction(async (m) => {
      const pair = await this.lockPair(m, actor, [keepId, mergeId].sort() as [string, string]);
      const keep = pair.get(keepId)!;
      const merged = pair.get(mergeId)!;
      if (keep.version !== input.keepVersion || merged.version !== input.mergeVersion || keep.archivedAt || merged.archivedAt)
        throw conflict('One of these people changed since you loaded them');
      const count = async (sql: string, params: unknown[]): Promise<number> => {
        const res: unknown = await m.query(sql, params);
        return Array.isArray(res) && typeof res[1] === 'number' ? res[1] : 0;
      };

      // Enrolments in the same programme: keep the earlier one (and its history), with both sets of coaches.
      const clashes: { kept_enrolment: string; merged_enrolment: string; merged_is_earlier: boolean }[] = await m.query(
        `SELECT k.id AS kept_enrolment, x.id AS merged_enrolment,
                (x.enrolled_on, x.created_at) < (k.enrolled_on, k.created_at) AS merged_is_earlier
           FROM enrolment k JOIN enrolment x ON x.program_id = k.program_id
          WHERE k.person_id = $1 AND x.person_id = $2`,
        [keepId, mergeId],
      );
      for (const c of clashes) {
        const [stays, goes] = c.merged_is_earlier ? [c.merged_enrolment, c.kept_enrolment] : [c.kept_enrolment, c.merged_enrolment];
        await m.query(
          `INSERT INTO enrolment_coach (enrolment_id, user_id, organization_id)
           SELECT $1, user_id, organization_id FROM enrolment_coach WHERE enrolment_id = $2 ON CONFLICT DO NOTHING`,
          [stays, goes],
        );
        // Nothing of the other enrolment is lost: its status history joins the one that stays, and
        // its follow-ups too (a recorded one wins over one still due for the same month).
        await m.query(`UPDATE enrolment_status_change SET enrolment_id = $1 WHERE enrolment_id = $2`, [stays, goes]);
        await m.query(
          `DELETE FROM follow_up s USING follow_up g
            WHERE s.enrolment_id = $1 AND g.enrolment_id = $2 AND s.months = g.months AND s.status <> 'DONE' AND g.status = 'DONE'`,
          [stays, goes],
        );
        await m.query(
          `UPDATE follow_up g SET enrolment_id = $1
            WHERE g.enrolment_id = $2 AND NOT EXISTS (SELECT 1 FROM follow_up s WHERE s.enrolment_id = $1 AND s.months = g.months)`,
          [stays, goes],
        );
        await m.query(`DELETE FROM enrolment WHERE id = $1`, [goes]);
      }
      const enrolments = await count(`UPDATE enrolment SET person_id = $1 WHERE person_id = $2`, [keepId, mergeId]);
      const followUps = await count(`UPDATE follow_up SET person_id = $1 WHERE person_id = $2`, [keepId, mergeId]);
      await m.query(
        `DELETE FROM cooperative_member x WHERE x.person_id = $2 AND x.until IS NULL
            AND EXISTS (SELECT 1 FROM cooperative_member k WHERE k.person_id = $1 AND k.cooperative_id = x.cooperative_id AND k.until IS NULL)`,
        [keepId, mergeId],
      );
      const memberships = await count(`UPDATE cooperative_member SET person_id = $1 WHERE person_id = $2`, [keepId, mergeId]);
      await m.query(
        `DELETE FROM session_participant x WHERE x.person_id = $2
            AND EXISTS (SELECT 1 FROM session_participant k WHERE k.person_id = $1 AND k.session_id = x.session_id)`,
        [keepId, mergeId],
      );
      const sessions = await count(`UPDATE session_participant SET person_id = $1 WHERE person_id = $2`, [keepId, mergeId]);
      const ventures = await count(`UPDATE venture SET owner_person_id = $1 WHERE owner_person_id = $2`, [keepId, mergeId]);
      // An open mentorship with the same mentor as one of the kept person's stays open only once.
      await m.query(
        `UPDATE mentorship x SET status = 'CANCELLED' WHERE x.mentee_person_id = $2 AND x.status IN ('REQUESTED', 'ACTIVE')
            AND EXISTS (SELECT 1 FROM mentorship k WHERE k.mentee_person_id = $1 AND k.mentor_user_id = x.mentor_user_id AND k.status IN ('REQUESTED', 'ACTIVE'))`,
        [keepId, mergeId],
      );
      const mentorships = await count(`UPDATE mentorship SET mentee_person_id = $1 WHERE mentee_person_id = $2`, [keepId, mergeId]);
      await m.query(`UPDATE notification SET recipient_person_id = $1 WHERE recipient_person_id = $2`, [keepId, mergeId]);

      // Fill the kept person's empty fields; unique values (national ID, login) leave the merged person first.
      const [src] = await m.query<Record<string, unknown>[]>(
        `SELECT birth_date::text AS birth_date, national_id_encrypted, national_id_hash, national_id_masked, phone, province_code, commune, locality, area,
                education_level, neet, user_id FROM person WHERE id = $1`,
        [mergeId],
      );
      await m.query(
        `UPDATE person SET archived_at = now(), merged_into_id = $1, version = version + 1,
                national_id_encrypted = NULL, national_id_hash = NULL, national_id_masked = NULL, user_id = NULL
          WHERE id = $2`,
        [keepId, mergeId],
      );
      const hadId = keep.nationalIdHash !== null;
      await m.query(
        `UPDATE person k SET
            birth_date = COALESCE(k.birth_date, $2::date),
            national_id_encrypted = CASE WHEN $14 THEN k.national_id_encrypted ELSE $3 END,
            national_id_hash = CASE WHEN $14 THEN k.national_id_hash ELSE $4 END,
            national_id_masked = CASE WHEN $14 THEN k.national_id_masked ELSE $5 END,
            phone = COALESCE(k.phone, $6), province_code = COALESCE(k.province_code, $7), commune = COALESCE(k.commune, $8),
            locality = COALESCE(k.locality, $9), area = COALESCE(k.area, $10), education_level = COALESCE(k.education_level, $11),
            neet = COALESCE(k.neet, $12), user_id = COALESCE(k.user_id, $13), version = k.version + 1
          WHERE k.id = $1`,
        [
          keepId,
          src.birth_date,
          src.national_id_encrypted,
          src.national_id_hash,
          src.national_id_masked,
          src.phone,
          src.province_code,
          src.commune,
          src.locality,
          src.area,
          src.education_level,
          src.neet,
          src.user_id,
          hadId,
        ],
      );
      await recordAuditEvent(m, {
        organizationId: actor.organizationId,
        action: AuditAction.MERGE,
        entity: 'person',
        entityId: keepId,
        subjectType: 'person',
        subjectId: keepId,
        changes: {
          mergedId: [mergeId, null],
          keptId: [null, keepId],
          enrolments: [null, enrolments],
          duplicateEnrolmentsDropped: [null, clashes.length],
          followUps: [null, followUps],
          memberships: [null, memberships],
          sessions: [null, sessions],
          ventures: [null, ventures],
          mentorships: [null, mentorships],
        },
      });
      return m.getRepository(Person).findOneByOrFail({ id: keepId });
    });
  }
}
