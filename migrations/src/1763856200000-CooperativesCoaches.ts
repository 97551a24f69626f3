import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cooperatives and their members, coach profiles, enrolment status history; person → province. */
export class CooperativesCoaches1763856200000 implements MigrationInterface {
  name = 'CooperativesCoaches1763856200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cooperative (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        name_ar text,
        search_name text NOT NULL,
        legal_form text NOT NULL DEFAULT 'COOPERATIVE',
        registration_number text,
        created_on date,
        region_code text NOT NULL,
        province_code text,
        commune text,
        value_chain_id uuid,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cooperative_pkey PRIMARY KEY (id),
        CONSTRAINT cooperative_legal_form_check CHECK (legal_form IN ('COOPERATIVE', 'ASSOCIATION', 'GIE', 'AUTO_ENTREPRENEUR', 'COMPANY'))
      )`);
    await q.query(`CREATE INDEX cooperative_organization_id_idx ON cooperative (organization_id)`);
    await q.query(
      `CREATE UNIQUE INDEX cooperative_registration_key ON cooperative (organization_id, registration_number) WHERE registration_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX cooperative_search_name_trgm_idx ON cooperative USING gin (search_name gin_trgm_ops)`);
    await q.query(
      `ALTER TABLE cooperative ADD CONSTRAINT cooperative_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE cooperative ADD CONSTRAINT cooperative_region_code_fkey FOREIGN KEY (region_code) REFERENCES region(code) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE cooperative ADD CONSTRAINT cooperative_province_code_fkey FOREIGN KEY (province_code) REFERENCES province(code) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE cooperative ADD CONSTRAINT cooperative_value_chain_id_fkey FOREIGN KEY (value_chain_id) REFERENCES value_chain(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE cooperative_member (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        cooperative_id uuid NOT NULL,
        person_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'MEMBER',
        since date,
        until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cooperative_member_pkey PRIMARY KEY (id),
        CONSTRAINT cooperative_member_role_check CHECK (role IN ('PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'MEMBER'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX cooperative_member_current_key ON cooperative_member (cooperative_id, person_id) WHERE until IS NULL`,
    );
    await q.query(`CREATE INDEX cooperative_member_person_id_idx ON cooperative_member (person_id)`);
    await q.query(
      `ALTER TABLE cooperative_member ADD CONSTRAINT cooperative_member_cooperative_id_fkey FOREIGN KEY (cooperative_id) REFERENCES cooperative(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE cooperative_member ADD CONSTRAINT cooperative_member_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE coach_profile (
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        expertise text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        region_codes text[] NOT NULL DEFAULT '{}',
        value_chain_ids uuid[] NOT NULL DEFAULT '{}',
        weekly_capacity_hours integer,
        external boolean NOT NULL DEFAULT false,
        bio text,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coach_profile_pkey PRIMARY KEY (user_id),
        CONSTRAINT coach_profile_capacity_check CHECK (weekly_capacity_hours IS NULL OR weekly_capacity_hours BETWEEN 0 AND 80)
      )`);
    await q.query(
      `ALTER TABLE coach_profile ADD CONSTRAINT coach_profile_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE enrolment_status_change (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason text,
        changed_by uuid,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrolment_status_change_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX enrolment_status_change_enrolment_id_idx ON enrolment_status_change (enrolment_id)`);
    await q.query(
      `ALTER TABLE enrolment_status_change ADD CONSTRAINT enrolment_status_change_enrolment_id_fkey FOREIGN KEY (enrolment_id) REFERENCES enrolment(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_province_code_fkey FOREIGN KEY (province_code) REFERENCES province(code) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_province_code_fkey`);
    await q.query(`DROP TABLE enrolment_status_change`);
    await q.query(`DROP TABLE coach_profile`);
    await q.query(`DROP TABLE cooperative_member`);
    await q.query(`DROP TABLE cooperative`);
  }
}
