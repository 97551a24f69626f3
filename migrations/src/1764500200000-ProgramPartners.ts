import { MigrationInterface, QueryRunner } from 'typeorm';

/** A programme's partners (domain.md: "a programme has partners"), audited like the programme. */
export class ProgramPartners1764500200000 implements MigrationInterface {
  name = 'ProgramPartners1764500200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_partner (
        program_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        CONSTRAINT program_partner_pkey PRIMARY KEY (program_id, partner_id),
        CONSTRAINT program_partner_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE,
        CONSTRAINT program_partner_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX program_partner_partner_id_idx ON program_partner (partner_id)`);
    await q.query(
      `CREATE TRIGGER program_partner_audit AFTER INSERT OR UPDATE OR DELETE ON program_partner FOR EACH ROW EXECUTE FUNCTION audit_row('program_id', 'program')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE program_partner`);
  }
}
