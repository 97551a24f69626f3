import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainings: an ordered waiting list. A waitlisted participant has a rank (1 = next to get a
 * place); a seated one has none.
 */
export class TrainingWaitlist1764200000000 implements MigrationInterface {
  name = 'TrainingWaitlist1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_participant ADD COLUMN waitlist_rank integer`);
    await q.query(`
      UPDATE session_participant sp SET waitlist_rank = r.n
        FROM (SELECT session_id, person_id, row_number() OVER (PARTITION BY session_id ORDER BY person_id)::int AS n FROM session_participant WHERE waitlisted) r
       WHERE sp.session_id = r.session_id AND sp.person_id = r.person_id`);
    await q.query(
      `ALTER TABLE session_participant ADD CONSTRAINT session_participant_waitlist_check CHECK (waitlisted = (waitlist_rank IS NOT NULL))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_participant DROP CONSTRAINT session_participant_waitlist_check`);
    await q.query(`ALTER TABLE session_participant DROP COLUMN waitlist_rank`);
  }
}
