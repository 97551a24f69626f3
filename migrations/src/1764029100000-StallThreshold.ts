import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per programme: after how many days in one stage a venture counts as stalled (default 90). */
export class StallThreshold1764029100000 implements MigrationInterface {
  name = 'StallThreshold1764029100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE program ADD COLUMN stall_after_days integer NOT NULL DEFAULT 90`);
    await q.query(`ALTER TABLE program ADD CONSTRAINT program_stall_after_days_check CHECK (stall_after_days BETWEEN 7 AND 730)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE program DROP CONSTRAINT program_stall_after_days_check`);
    await q.query(`ALTER TABLE program DROP COLUMN stall_after_days`);
  }
}
