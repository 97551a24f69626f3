import { MigrationInterface, QueryRunner } from 'typeorm';

/** Programmes, cohorts, people and enrolments (with assigned coaches and status history). */
export class People1763856100000 implements MigrationInterface {
  name = 'People1763856100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        description text,
        starts_on date,
        ends_on date,
        region_codes text[] NOT NULL DEFAULT '{}',
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT program_pkey PRIMARY KEY (id),
        CONSTRAINT program_dates_check CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX program_organization_id_idx ON program (organization_id)`);
    await q.query(
      `ALTER TABLE program ADD CONSTRAINT program_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE program_lead (
        program_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        CONSTRAINT program_lead_pkey PRIMARY KEY (program_id, user_id)
      )`);
    await q.query(`CREATE INDEX program_lead_user_id_idx ON program_lead (user_id)`);
    await q.query(
      `ALTER TABLE program_lead ADD CONSTRAINT program_lead_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE program_lead ADD CONSTRAINT program_lead_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE cohort (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        name text NOT NULL,
        starts_on date,
        ends_on date,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX cohort_program_id_idx ON cohort (program_id)`);
    await q.query(
      `ALTER TABLE cohort ADD CONSTRAINT cohort_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE person (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid,
        first_name text NOT NULL,
        last_name text NOT NULL,
        first_name_ar text,
        last_name_ar text,
        search_name text NOT NULL,
        gender text NOT NULL,
        birth_date date,
        national_id_encrypted text,
        national_id_hash text,
        national_id_masked text,
        phone text,
        region_code text NOT NULL,
        province_code text,
        commune text,
        locality text,
        area text,
        education_level text,
        neet boolean,
        preferred_locale text,
        consent_at timestamptz,
        consent_version text,
        consent_channel text,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_pkey PRIMARY KEY (id),
        CONSTRAINT person_gender_check CHECK (gender IN ('F', 'M')),
        CONSTRAINT person_area_check CHECK (area IS NULL OR area IN ('RURAL', 'URBAN')),
        CONSTRAINT person_phone_check CHECK (phone IS NULL OR phone ~ '^\\+[1-9][0-9]{6,14}$')
      )`);
    await q.query(`CREATE INDEX person_organization_id_idx ON person (organization_id)`);
    await q.query(
      `CREATE UNIQUE INDEX person_national_id_key ON person (organization_id, national_id_hash) WHERE national_id_hash IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX person_user_id_key ON person (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX person_phone_idx ON person (organization_id, phone)`);
    await q.query(`CREATE INDEX person_search_name_trgm_idx ON person USING gin (search_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX person_region_idx ON person (organization_id, region_code)`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_region_code_fkey FOREIGN KEY (region_code) REFERENCES region(code) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE enrolment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        cohort_id uuid,
        person_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'APPLIED',
        dropout_reason text,
        enrolled_on date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrolment_pkey PRIMARY KEY (id),
        CONSTRAINT enrolment_status_check CHECK (status IN ('APPLIED', 'SELECTED', 'ACTIVE', 'GRADUATED', 'DROPPED_OUT')),
        CONSTRAINT enrolment_dropout_check CHECK (status <> 'DROPPED_OUT' OR dropout_reason IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX enrolment_person_program_key ON enrolment (program_id, person_id)`);
    await q.query(`CREATE INDEX enrolment_person_id_idx ON enrolment (person_id)`);
    await q.query(`CREATE INDEX enrolment_cohort_id_idx ON enrolment (cohort_id)`);
    await q.query(
      `ALTER TABLE enrolment ADD CONSTRAINT enrolment_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE enrolment ADD CONSTRAINT enrolment_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE enrolment ADD CONSTRAINT enrolment_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE enrolment_coach (
        enrolment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        CONSTRAINT enrolment_coach_pkey PRIMARY KEY (enrolment_id, user_id)
      )`);
    await q.query(`CREATE INDEX enrolment_coach_user_id_idx ON enrolment_coach (user_id)`);
    await q.query(
      `ALTER TABLE enrolment_coach ADD CONSTRAINT enrolment_coach_enrolment_id_fkey FOREIGN KEY (enrolment_id) REFERENCES enrolment(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE enrolment_coach ADD CONSTRAINT enrolment_coach_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enrolment_coach`);
    await q.query(`DROP TABLE enrolment`);
    await q.query(`DROP TABLE person`);
    await q.query(`DROP TABLE cohort`);
    await q.query(`DROP TABLE program_lead`);
    await q.query(`DROP TABLE program`);
  }
}
