import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ventures and their journey: stage history with evidence, per-programme stage criteria. */
export class Ventures1763942400000 implements MigrationInterface {
  name = 'Ventures1763942400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE venture (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        owner_person_id uuid,
        owner_cooperative_id uuid,
        program_id uuid,
        title text NOT NULL,
        description text,
        value_chain_id uuid,
        region_code text NOT NULL,
        province_code text,
        stage text NOT NULL DEFAULT 'IDEA',
        stage_since timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT venture_pkey PRIMARY KEY (id),
        CONSTRAINT venture_owner_check CHECK ((owner_person_id IS NULL) <> (owner_cooperative_id IS NULL)),
        CONSTRAINT venture_stage_check CHECK (stage IN ('IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING'))
      )`);
    await q.query(`CREATE INDEX venture_organization_id_idx ON venture (organization_id, stage)`);
    await q.query(`CREATE INDEX venture_owner_person_id_idx ON venture (owner_person_id)`);
    await q.query(`CREATE INDEX venture_owner_cooperative_id_idx ON venture (owner_cooperative_id)`);
    await q.query(`CREATE INDEX venture_program_id_idx ON venture (program_id)`);
    for (const [col, ref] of [
      ['organization_id', 'organization(id)'],
      ['owner_person_id', 'person(id)'],
      ['owner_cooperative_id', 'cooperative(id)'],
      ['program_id', 'program(id)'],
      ['value_chain_id', 'value_chain(id)'],
      ['region_code', 'region(code)'],
      ['province_code', 'province(code)'],
    ]) {
      await q.query(
        `ALTER TABLE venture ADD CONSTRAINT venture_${col}_fkey FOREIGN KEY (${col}) REFERENCES ${ref} ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }

    await q.query(`
      CREATE TABLE venture_stage_change (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        venture_id uuid NOT NULL,
        from_stage text,
        to_stage text NOT NULL,
        changed_on date NOT NULL,
        changed_by uuid,
        note text,
        evidence text,
        criteria_met text[] NOT NULL DEFAULT '{}',
        justification text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT venture_stage_change_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX venture_stage_change_venture_id_idx ON venture_stage_change (venture_id, changed_on)`);
    await q.query(
      `ALTER TABLE venture_stage_change ADD CONSTRAINT venture_stage_change_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE venture_stage_change ADD CONSTRAINT venture_stage_change_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE stage_criterion (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        stage text NOT NULL,
        label_fr text NOT NULL,
        label_ar text,
        position integer NOT NULL DEFAULT 0,
        CONSTRAINT stage_criterion_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX stage_criterion_program_id_idx ON stage_criterion (program_id, stage, position)`);
    await q.query(
      `ALTER TABLE stage_criterion ADD CONSTRAINT stage_criterion_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stage_criterion`);
    await q.query(`DROP TABLE venture_stage_change`);
    await q.query(`DROP TABLE venture`);
  }
}
