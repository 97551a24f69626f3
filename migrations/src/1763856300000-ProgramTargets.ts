import { MigrationInterface, QueryRunner } from 'typeorm';

/** Targets per indicator for a programme (e.g. 50 women accompanied, 30 % reaching OPERATING). */
export class ProgramTargets1763856300000 implements MigrationInterface {
  name = 'ProgramTargets1763856300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_target (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        indicator text NOT NULL,
        target_value numeric(14,4) NOT NULL,
        due_on date,
        CONSTRAINT program_target_pkey PRIMARY KEY (id),
        CONSTRAINT program_target_value_check CHECK (target_value >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX program_target_indicator_key ON program_target (program_id, indicator)`);
    await q.query(
      `ALTER TABLE program_target ADD CONSTRAINT program_target_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE program_target`);
  }
}
