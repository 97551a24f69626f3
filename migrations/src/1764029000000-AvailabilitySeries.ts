import { MigrationInterface, QueryRunner } from 'typeorm';

/** Coach working hours and days off; recurring sessions share a series id. */
export class AvailabilitySeries1764029000000 implements MigrationInterface {
  name = 'AvailabilitySeries1764029000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coach_profile ADD COLUMN working_hours jsonb`);
    await q.query(`ALTER TABLE coach_profile ADD COLUMN days_off date[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE coaching_session ADD COLUMN series_id uuid`);
    await q.query(`CREATE INDEX coaching_session_series_id_idx ON coaching_session (series_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX coaching_session_series_id_idx`);
    await q.query(`ALTER TABLE coaching_session DROP COLUMN series_id`);
    await q.query(`ALTER TABLE coach_profile DROP COLUMN days_off`);
    await q.query(`ALTER TABLE coach_profile DROP COLUMN working_hours`);
  }
}
