import { MigrationInterface, QueryRunner } from 'typeorm';

const AUDITED: Array<[string, string, string]> = [
  ['complaint', 'id', 'complaint'],
  ['complaint_attachment', 'complaint_id', 'complaint'],
  ['complaint_setting', 'organization_id', 'organization'],
  ['satisfaction_rating', 'session_id', 'session'],
];

/**
 * Beneficiary voice: complaints (réclamations) with attachments, deadlines per category and a
 * safeguarding focal point per organisation, and satisfaction ratings after sessions.
 */
export class Complaints1764710000000 implements MigrationInterface {
  name = 'Complaints1764710000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        filed_by uuid,
        channel text NOT NULL,
        anonymous boolean NOT NULL DEFAULT false,
        category text NOT NULL,
        description text NOT NULL,
        session_id uuid,
        coach_user_id uuid,
        program_id uuid,
        status text NOT NULL DEFAULT 'RECEIVED',
        assignee_user_id uuid,
        due_at timestamptz NOT NULL,
        escalation_level integer NOT NULL DEFAULT 0,
        escalated_at timestamptz,
        decision text,
        decided_at timestamptz,
        decided_by uuid,
        first_status text,
        first_decision text,
        appeal_reason text,
        appealed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaint_pkey PRIMARY KEY (id),
        CONSTRAINT complaint_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT complaint_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE,
        CONSTRAINT complaint_filed_by_fkey FOREIGN KEY (filed_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT complaint_session_id_fkey FOREIGN KEY (session_id) REFERENCES coaching_session(id) ON DELETE SET NULL,
        CONSTRAINT complaint_coach_user_id_fkey FOREIGN KEY (coach_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT complaint_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE SET NULL,
        CONSTRAINT complaint_assignee_user_id_fkey FOREIGN KEY (assignee_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT complaint_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT complaint_channel_check CHECK (channel IN ('SELF', 'PHONE', 'VISIT', 'PAPER_FORM')),
        CONSTRAINT complaint_category_check CHECK (category IN ('COACHING_QUALITY', 'TRAINING', 'PAYMENT_OR_GRANT', 'DISCRIMINATION_OR_ABUSE', 'DATA_PRIVACY', 'OTHER')),
        CONSTRAINT complaint_status_check CHECK (status IN ('RECEIVED', 'IN_REVIEW', 'RESOLVED', 'REJECTED', 'REFERRED')),
        CONSTRAINT complaint_first_status_check CHECK (first_status IS NULL OR first_status IN ('RESOLVED', 'REJECTED', 'REFERRED')),
        CONSTRAINT complaint_escalation_level_check CHECK (escalation_level BETWEEN 0 AND 2),
        CONSTRAINT complaint_decision_check CHECK ((status IN ('RESOLVED', 'REJECTED', 'REFERRED')) = (decision IS NOT NULL AND decided_at IS NOT NULL)),
        CONSTRAINT complaint_appeal_check CHECK ((appealed_at IS NULL) = (first_status IS NULL))
      )`);
    await q.query(`CREATE INDEX complaint_organization_status_idx ON complaint (organization_id, status)`);
    await q.query(`CREATE INDEX complaint_person_id_idx ON complaint (person_id)`);
    await q.query(`CREATE INDEX complaint_status_due_idx ON complaint (status, due_at)`);
    await q.query(`
      CREATE TABLE complaint_attachment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaint_attachment_pkey PRIMARY KEY (id),
        CONSTRAINT complaint_attachment_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT complaint_attachment_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES complaint(id) ON DELETE CASCADE,
        CONSTRAINT complaint_attachment_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT complaint_attachment_content_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        CONSTRAINT complaint_attachment_size_check CHECK (size_bytes BETWEEN 1 AND 5242880)
      )`);
    await q.query(`CREATE INDEX complaint_attachment_complaint_id_idx ON complaint_attachment (complaint_id)`);
    await q.query(`
      CREATE TABLE complaint_setting (
        organization_id uuid NOT NULL,
        deadline_days jsonb NOT NULL,
        safeguarding_user_id uuid,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaint_setting_pkey PRIMARY KEY (organization_id),
        CONSTRAINT complaint_setting_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE CASCADE,
        CONSTRAINT complaint_setting_safeguarding_user_id_fkey FOREIGN KEY (safeguarding_user_id) REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE satisfaction_rating (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        rating integer NOT NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT satisfaction_rating_pkey PRIMARY KEY (id),
        CONSTRAINT satisfaction_rating_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT satisfaction_rating_session_id_fkey FOREIGN KEY (session_id) REFERENCES coaching_session(id) ON DELETE CASCADE,
        CONSTRAINT satisfaction_rating_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE,
        CONSTRAINT satisfaction_rating_rating_check CHECK (rating BETWEEN 1 AND 5)
      )`);
    await q.query(`CREATE UNIQUE INDEX satisfaction_rating_session_person_key ON satisfaction_rating (session_id, person_id)`);
    await q.query(`CREATE INDEX satisfaction_rating_person_id_idx ON satisfaction_rating (person_id)`);
    for (const [table, column, type] of AUDITED) {
      await q.query(
        `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row('${column}', '${type}')`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of AUDITED) await q.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await q.query(`DROP TABLE satisfaction_rating`);
    await q.query(`DROP TABLE complaint_setting`);
    await q.query(`DROP TABLE complaint_attachment`);
    await q.query(`DROP TABLE complaint`);
  }
}
