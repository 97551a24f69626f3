import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-ups after graduation: at 6 and 12 months, the coach records whether the activity still
 * operates, its monthly revenue and its jobs. They feed the survival-rate indicator.
 */
export class FollowUps1764500000000 implements MigrationInterface {
  name = 'FollowUps1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        person_id uuid NOT NULL,
        program_id uuid NOT NULL,
        coach_user_id uuid,
        months integer NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'DUE',
        still_operating boolean,
        revenue numeric(14,2),
        jobs_total integer,
        jobs_women integer,
        jobs_youth integer,
        note text,
        recorded_by uuid,
        recorded_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT follow_up_pkey PRIMARY KEY (id),
        CONSTRAINT follow_up_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT follow_up_enrolment_id_fkey FOREIGN KEY (enrolment_id) REFERENCES enrolment(id) ON DELETE CASCADE,
        CONSTRAINT follow_up_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE,
        CONSTRAINT follow_up_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE,
        CONSTRAINT follow_up_coach_user_id_fkey FOREIGN KEY (coach_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT follow_up_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT follow_up_months_check CHECK (months IN (6, 12)),
        CONSTRAINT follow_up_status_check CHECK (status IN ('DUE', 'DONE', 'CANCELLED')),
        CONSTRAINT follow_up_done_check CHECK ((status = 'DONE') = (recorded_at IS NOT NULL AND still_operating IS NOT NULL)),
        CONSTRAINT follow_up_amounts_check CHECK ((revenue IS NULL OR revenue >= 0) AND (jobs_total IS NULL OR jobs_total >= 0)
          AND (jobs_women IS NULL OR (jobs_women >= 0 AND jobs_women <= coalesce(jobs_total, 0)))
          AND (jobs_youth IS NULL OR (jobs_youth >= 0 AND jobs_youth <= coalesce(jobs_total, 0))))
      )`);
    await q.query(`CREATE UNIQUE INDEX follow_up_enrolment_months_key ON follow_up (enrolment_id, months)`);
    await q.query(`CREATE INDEX follow_up_coach_due_idx ON follow_up (coach_user_id, status, due_on)`);
    await q.query(`CREATE INDEX follow_up_program_due_idx ON follow_up (program_id, status, due_on)`);
    await q.query(`CREATE INDEX follow_up_person_id_idx ON follow_up (person_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE follow_up`);
  }
}
