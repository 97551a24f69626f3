import { MigrationInterface, QueryRunner } from 'typeorm';

/** The provinces a coach works in (for assignments that keep travel short: same province first). */
export class CoachProvinces1764200100000 implements MigrationInterface {
  name = 'CoachProvinces1764200100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coach_profile ADD COLUMN province_codes text[] NOT NULL DEFAULT '{}'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coach_profile DROP COLUMN province_codes`);
  }
}
