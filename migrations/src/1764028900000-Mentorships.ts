import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentor ↔ mentee pairings: requested, then accepted (active) or declined by the mentor. */
export class Mentorships1764028900000 implements MigrationInterface {
  name = 'Mentorships1764028900000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentorship (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        mentor_user_id uuid NOT NULL,
        mentee_person_id uuid NOT NULL,
        program_id uuid,
        goals text,
        starts_on date,
        ends_on date,
        status text NOT NULL DEFAULT 'REQUESTED',
        requested_by uuid,
        responded_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentorship_pkey PRIMARY KEY (id),
        CONSTRAINT mentorship_status_check CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'COMPLETED', 'CANCELLED'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX mentorship_open_pair_key ON mentorship (mentor_user_id, mentee_person_id) WHERE status IN ('REQUESTED', 'ACTIVE')`,
    );
    await q.query(`CREATE INDEX mentorship_mentee_idx ON mentorship (mentee_person_id)`);
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_mentor_user_id_fkey FOREIGN KEY (mentor_user_id) REFERENCES app_user(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_mentee_person_id_fkey FOREIGN KEY (mentee_person_id) REFERENCES person(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE mentorship ADD CONSTRAINT mentorship_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentorship`);
  }
}
