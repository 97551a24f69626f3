import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes chosen from EXPLAIN (ANALYZE, BUFFERS) of the impact dashboard (docs/query-plans.md):
 * - the sessions delivered (DONE) by organisation, kind and time, with their end: sessions and hours by
 *   kind are an index-only scan, and the trainings behind `peopleTrained` are found without reading
 *   every session;
 * - the sessions of accompanied cooperatives are found by index instead of reading every session of
 *   the organisation.
 */
export class ImpactIndexes1764840000000 implements MigrationInterface {
  name = 'ImpactIndexes1764840000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX coaching_session_done_idx ON coaching_session (organization_id, kind, starts_at, ends_at) WHERE status = 'DONE'`,
    );
    await q.query(`CREATE INDEX coaching_session_cooperative_id_idx ON coaching_session (cooperative_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX coaching_session_cooperative_id_idx`);
    await q.query(`DROP INDEX coaching_session_done_idx`);
  }
}
