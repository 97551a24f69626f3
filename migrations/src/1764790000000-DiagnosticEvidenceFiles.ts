import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files on a diagnostic's answers (a photo of the members register, a PDF of the
 * accounts): one row per file, stored under RAFIQ_DATA_DIR/diagnostic-files. Audited with the diagnostic.
 */
export class DiagnosticEvidenceFiles1764790000000 implements MigrationInterface {
  name = 'DiagnosticEvidenceFiles1764790000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE diagnostic_evidence_file (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        diagnostic_id uuid NOT NULL,
        question_key text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT diagnostic_evidence_file_pkey PRIMARY KEY (id),
        CONSTRAINT diagnostic_evidence_file_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT diagnostic_evidence_file_diagnostic_id_fkey FOREIGN KEY (diagnostic_id) REFERENCES diagnostic(id) ON DELETE CASCADE,
        CONSTRAINT diagnostic_evidence_file_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT diagnostic_evidence_file_content_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        CONSTRAINT diagnostic_evidence_file_size_check CHECK (size_bytes BETWEEN 1 AND 5242880)
      )`);
    await q.query(`CREATE INDEX diagnostic_evidence_file_diagnostic_id_idx ON diagnostic_evidence_file (diagnostic_id, question_key)`);
    await q.query(
      `CREATE TRIGGER diagnostic_evidence_file_audit AFTER INSERT OR UPDATE OR DELETE ON diagnostic_evidence_file FOR EACH ROW EXECUTE FUNCTION audit_row('diagnostic_id', 'diagnostic')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER diagnostic_evidence_file_audit ON diagnostic_evidence_file`);
    await q.query(`DROP TABLE diagnostic_evidence_file`);
  }
}
