import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coaching sessions. No double booking is the database's job: every coach of a planned or done
 * session holds its time range in `session_coach`, under an exclusion constraint.
 */
export class Sessions1764028800000 implements MigrationInterface {
  name = 'Sessions1764028800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coaching_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        kind text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        mode text NOT NULL DEFAULT 'ON_SITE',
        place text,
        status text NOT NULL DEFAULT 'PLANNED',
        cooperative_id uuid,
        venture_id uuid,
        notes text,
        next_steps text,
        topics text[] NOT NULL DEFAULT '{}',
        capacity integer,
        cancel_reason text,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coaching_session_pkey PRIMARY KEY (id),
        CONSTRAINT coaching_session_time_check CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
        CONSTRAINT coaching_session_kind_check CHECK (kind IN ('COACHING', 'MENTORING', 'TRAINING', 'TECHNICAL_ASSISTANCE', 'DIAGNOSTIC_VISIT', 'NETWORK_EVENT')),
        CONSTRAINT coaching_session_mode_check CHECK (mode IN ('ON_SITE', 'PHONE', 'VIDEO')),
        CONSTRAINT coaching_session_status_check CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW')),
        CONSTRAINT coaching_session_capacity_check CHECK (capacity IS NULL OR capacity > 0)
      )`);
    await q.query(`CREATE INDEX coaching_session_organization_id_idx ON coaching_session (organization_id, starts_at)`);
    await q.query(`CREATE INDEX coaching_session_venture_id_idx ON coaching_session (venture_id)`);
    await q.query(
      `ALTER TABLE coaching_session ADD CONSTRAINT coaching_session_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE coaching_session ADD CONSTRAINT coaching_session_cooperative_id_fkey FOREIGN KEY (cooperative_id) REFERENCES cooperative(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE coaching_session ADD CONSTRAINT coaching_session_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE session_coach (
        session_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        during tstzrange NOT NULL,
        blocking boolean NOT NULL DEFAULT true,
        CONSTRAINT session_coach_pkey PRIMARY KEY (session_id, user_id),
        CONSTRAINT session_coach_no_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (blocking)
      )`);
    await q.query(`CREATE INDEX session_coach_user_id_idx ON session_coach (user_id)`);
    await q.query(
      `ALTER TABLE session_coach ADD CONSTRAINT session_coach_session_id_fkey FOREIGN KEY (session_id) REFERENCES coaching_session(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE session_coach ADD CONSTRAINT session_coach_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE session_participant (
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        attendance text,
        confirmed_at timestamptz,
        waitlisted boolean NOT NULL DEFAULT false,
        CONSTRAINT session_participant_pkey PRIMARY KEY (session_id, person_id),
        CONSTRAINT session_participant_attendance_check CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'EXCUSED', 'ABSENT'))
      )`);
    await q.query(`CREATE INDEX session_participant_person_id_idx ON session_participant (person_id)`);
    await q.query(
      `ALTER TABLE session_participant ADD CONSTRAINT session_participant_session_id_fkey FOREIGN KEY (session_id) REFERENCES coaching_session(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE session_participant ADD CONSTRAINT session_participant_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        token_hash text NOT NULL,
        token_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feed_pkey PRIMARY KEY (user_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_hash_key ON calendar_feed (token_hash)`);
    await q.query(
      `ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
    await q.query(`DROP TABLE session_participant`);
    await q.query(`DROP TABLE session_coach`);
    await q.query(`DROP TABLE coaching_session`);
  }
}
