import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentor requests move on by themselves: a declined request, or one left unanswered (EXPIRED),
 * leads to a new request to the next suggested mentor, which records the one it follows.
 */
export class MentorRequestChain1764200200000 implements MigrationInterface {
  name = 'MentorRequestChain1764200200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mentorship ADD COLUMN previous_request_id uuid`);
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_previous_request_id_fkey FOREIGN KEY (previous_request_id) REFERENCES mentorship(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE mentorship DROP CONSTRAINT mentorship_status_check`);
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_status_check CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE mentorship SET status = 'DECLINED' WHERE status = 'EXPIRED'`);
    await q.query(`ALTER TABLE mentorship DROP CONSTRAINT mentorship_status_check`);
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_status_check CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'COMPLETED', 'CANCELLED'))`,
    );
    await q.query(`ALTER TABLE mentorship DROP CONSTRAINT mentorship_previous_request_id_fkey`);
    await q.query(`ALTER TABLE mentorship DROP COLUMN previous_request_id`);
  }
}
