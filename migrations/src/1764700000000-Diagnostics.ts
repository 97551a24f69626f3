import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Strategic diagnostics: versioned grids (dimensions → questions, kept as JSON on each immutable
 * revision once used), diagnostics of a cooperative or a venture (baseline, follow-ups; draft →
 * final; a correction is a new diagnostic that supersedes the final one) and their answers.
 * Grids, diagnostics and answers are audited.
 */
export class Diagnostics1764700000000 implements MigrationInterface {
  name = 'Diagnostics1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE diagnostic_grid (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        lineage_id uuid NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        is_current boolean NOT NULL DEFAULT true,
        subject_kind text NOT NULL,
        name_fr text NOT NULL DEFAULT '',
        name_ar text NOT NULL DEFAULT '',
        name_en text NOT NULL DEFAULT '',
        dimensions jsonb NOT NULL,
        archived_at timestamptz,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT diagnostic_grid_pkey PRIMARY KEY (id),
        CONSTRAINT diagnostic_grid_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT diagnostic_grid_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT diagnostic_grid_subject_kind_check CHECK (subject_kind IN ('COOPERATIVE', 'VENTURE')),
        CONSTRAINT diagnostic_grid_revision_check CHECK (revision >= 1),
        CONSTRAINT diagnostic_grid_name_check CHECK (btrim(name_fr) <> '' OR btrim(name_ar) <> '' OR btrim(name_en) <> '')
      )`);
    await q.query(`CREATE UNIQUE INDEX diagnostic_grid_lineage_revision_key ON diagnostic_grid (lineage_id, revision)`);
    await q.query(`CREATE INDEX diagnostic_grid_organization_id_idx ON diagnostic_grid (organization_id, is_current)`);
    await q.query(`
      CREATE TABLE diagnostic (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        grid_id uuid NOT NULL,
        cooperative_id uuid,
        venture_id uuid,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT',
        conducted_on date NOT NULL,
        coach_user_id uuid,
        corrects_id uuid,
        finalised_at timestamptz,
        finalised_by uuid,
        overall_score double precision,
        dimension_scores jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT diagnostic_pkey PRIMARY KEY (id),
        CONSTRAINT diagnostic_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT diagnostic_grid_id_fkey FOREIGN KEY (grid_id) REFERENCES diagnostic_grid(id) ON DELETE RESTRICT,
        CONSTRAINT diagnostic_cooperative_id_fkey FOREIGN KEY (cooperative_id) REFERENCES cooperative(id) ON DELETE CASCADE,
        CONSTRAINT diagnostic_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE CASCADE,
        CONSTRAINT diagnostic_coach_user_id_fkey FOREIGN KEY (coach_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT diagnostic_finalised_by_fkey FOREIGN KEY (finalised_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT diagnostic_corrects_id_fkey FOREIGN KEY (corrects_id) REFERENCES diagnostic(id) ON DELETE SET NULL,
        CONSTRAINT diagnostic_subject_check CHECK ((cooperative_id IS NULL) <> (venture_id IS NULL)),
        CONSTRAINT diagnostic_kind_check CHECK (kind IN ('BASELINE', 'FOLLOW_UP')),
        CONSTRAINT diagnostic_status_check CHECK (status IN ('DRAFT', 'FINAL', 'SUPERSEDED')),
        CONSTRAINT diagnostic_final_check CHECK ((status = 'DRAFT') = (finalised_at IS NULL))
      )`);
    await q.query(`CREATE INDEX diagnostic_cooperative_id_idx ON diagnostic (cooperative_id, conducted_on)`);
    await q.query(`CREATE INDEX diagnostic_venture_id_idx ON diagnostic (venture_id, conducted_on)`);
    await q.query(`CREATE INDEX diagnostic_grid_id_idx ON diagnostic (grid_id)`);
    await q.query(`
      CREATE TABLE diagnostic_answer (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        diagnostic_id uuid NOT NULL,
        question_key text NOT NULL,
        value double precision,
        comment text,
        evidence text,
        answered_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT diagnostic_answer_pkey PRIMARY KEY (id),
        CONSTRAINT diagnostic_answer_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT diagnostic_answer_diagnostic_id_fkey FOREIGN KEY (diagnostic_id) REFERENCES diagnostic(id) ON DELETE CASCADE,
        CONSTRAINT diagnostic_answer_answered_by_fkey FOREIGN KEY (answered_by) REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX diagnostic_answer_question_key ON diagnostic_answer (diagnostic_id, question_key)`);
    await q.query(
      `CREATE TRIGGER diagnostic_grid_audit AFTER INSERT OR UPDATE OR DELETE ON diagnostic_grid FOR EACH ROW EXECUTE FUNCTION audit_row('lineage_id', 'diagnostic_grid')`,
    );
    await q.query(
      `CREATE TRIGGER diagnostic_audit AFTER INSERT OR UPDATE OR DELETE ON diagnostic FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'diagnostic')`,
    );
    await q.query(
      `CREATE TRIGGER diagnostic_answer_audit AFTER INSERT OR UPDATE OR DELETE ON diagnostic_answer FOR EACH ROW EXECUTE FUNCTION audit_row('diagnostic_id', 'diagnostic')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER diagnostic_answer_audit ON diagnostic_answer`);
    await q.query(`DROP TRIGGER diagnostic_audit ON diagnostic`);
    await q.query(`DROP TRIGGER diagnostic_grid_audit ON diagnostic_grid`);
    await q.query(`DROP TABLE diagnostic_answer`);
    await q.query(`DROP TABLE diagnostic`);
    await q.query(`DROP TABLE diagnostic_grid`);
  }
}
