import { MigrationInterface, QueryRunner } from 'typeorm';

/** Audited values that identify a person or say things about her: kept encrypted with a key per record. */
export const SEALED_AUDIT_FIELDS = [
  'first_name',
  'last_name',
  'first_name_ar',
  'last_name_ar',
  'commune',
  'locality',
  'notes',
  'note',
  'next_steps',
  'details',
  'description',
  'dropout_reason',
  'reason',
  'cancel_reason',
  'goals',
  'evidence',
  'justification',
  'email',
  'display_name',
  'title',
];
const SEALED_FIELDS = SEALED_AUDIT_FIELDS.map((f) => `'${f}'`).join(', ');

/**
 * Consent, a person's rights, compliance (issue 9, items 3–6):
 * - person: who gave consent; when she was erased (pseudonymised);
 * - consent_notice: the consent notice per organisation in ar/fr/en, one row per version;
 * - compliance_record: declarations/authorisations per processing, hosting, processors, retention;
 * - retention_run: what each retention run pseudonymised;
 * - audit_subject_key + audit_row: the audit trail is append-only and sealed by a hash chain, so
 *   erasing a person cannot rewrite it. Instead the values that identify a person (names, commune,
 *   locality, free-text notes) are written encrypted from the start, with a key per record
 *   (subject); the application decrypts them to show a history. Erasing a person deletes her keys
 *   ("crypto-shredding"): the sealed rows stay intact and verifiable, their personal values become
 *   unreadable for good.
 */
export class ConsentRightsCompliance1764720000000 implements MigrationInterface {
  name = 'ConsentRightsCompliance1764720000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD consent_given_by text`);
    await q.query(`ALTER TABLE person ADD erased_at timestamptz`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_consent_given_by_check CHECK (consent_given_by IS NULL OR consent_given_by IN ('SELF', 'GUARDIAN', 'REPRESENTATIVE'))`,
    );
    await q.query(`
      CREATE TABLE consent_notice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        version integer NOT NULL,
        text_ar text NOT NULL,
        text_fr text NOT NULL,
        text_en text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consent_notice_pkey PRIMARY KEY (id),
        CONSTRAINT consent_notice_version_check CHECK (version >= 1),
        CONSTRAINT consent_notice_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX consent_notice_version_key ON consent_notice (organization_id, version)`);
    await q.query(`
      CREATE TABLE compliance_record (
        organization_id uuid NOT NULL,
        hosting_location text,
        processors jsonb NOT NULL DEFAULT '[]',
        declarations jsonb NOT NULL DEFAULT '[]',
        retention jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT compliance_record_pkey PRIMARY KEY (organization_id),
        CONSTRAINT compliance_record_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE TABLE retention_run (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        as_of date NOT NULL,
        pseudonymised integer NOT NULL,
        report jsonb NOT NULL,
        ran_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT retention_run_pkey PRIMARY KEY (id),
        CONSTRAINT retention_run_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX retention_run_organization_idx ON retention_run (organization_id, ran_at)`);
    await q.query(`
      CREATE TABLE audit_subject_key (
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        key bytea NOT NULL,
        CONSTRAINT audit_subject_key_pkey PRIMARY KEY (subject_type, subject_id)
      )`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_j jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        new_j jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        row_j jsonb := coalesce(new_j, old_j);
        diff jsonb := '{}'::jsonb;
        k text;
        b jsonb;
        a jsonb;
        skey bytea;
        sid uuid := (coalesce(new_j, old_j) ->> TG_ARGV[0])::uuid;
      BEGIN
        FOR k IN SELECT jsonb_object_keys(row_j) LOOP
          CONTINUE WHEN k IN ('updated_at', 'created_at', 'version', 'search_name', 'search_tokens', 'password_hash', 'national_id_encrypted', 'national_id_hash', 'organization_id');
          b := CASE WHEN old_j IS NULL THEN NULL ELSE old_j -> k END;
          a := CASE WHEN new_j IS NULL THEN NULL ELSE new_j -> k END;
          CONTINUE WHEN TG_OP = 'UPDATE' AND b IS NOT DISTINCT FROM a;
          CONTINUE WHEN TG_OP <> 'UPDATE' AND (coalesce(b, a) = 'null'::jsonb OR coalesce(b, a) = '[]'::jsonb);
          IF k = 'phone' THEN
            b := CASE WHEN b IS NULL OR b = 'null'::jsonb THEN b ELSE to_jsonb('…' || right(b #>> '{}', 2)) END;
            a := CASE WHEN a IS NULL OR a = 'null'::jsonb THEN a ELSE to_jsonb('…' || right(a #>> '{}', 2)) END;
          ELSIF k = 'birth_date' THEN
            b := CASE WHEN b IS NULL OR b = 'null'::jsonb THEN b ELSE to_jsonb('****'::text) END;
            a := CASE WHEN a IS NULL OR a = 'null'::jsonb THEN a ELSE to_jsonb('****'::text) END;
          ELSIF k = ANY (ARRAY[${SEALED_FIELDS}]) AND sid IS NOT NULL THEN
            IF skey IS NULL THEN
              INSERT INTO audit_subject_key (subject_type, subject_id, key) VALUES (TG_ARGV[1], sid, gen_random_bytes(32)) ON CONFLICT DO NOTHING;
              SELECT s.key INTO skey FROM audit_subject_key s WHERE s.subject_type = TG_ARGV[1] AND s.subject_id = sid;
            END IF;
            b := CASE WHEN b IS NULL OR jsonb_typeof(b) <> 'string' THEN b ELSE to_jsonb('enc:' || encode(encrypt(convert_to(b #>> '{}', 'UTF8'), skey, 'aes'), 'hex')) END;
            a := CASE WHEN a IS NULL OR jsonb_typeof(a) <> 'string' THEN a ELSE to_jsonb('enc:' || encode(encrypt(convert_to(a #>> '{}', 'UTF8'), skey, 'aes'), 'hex')) END;
          END IF;
          diff := diff || jsonb_build_object(k, jsonb_build_array(b, a));
        END LOOP;
        IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
          RETURN NULL;
        END IF;
        INSERT INTO audit_log (organization_id, actor_user_id, actor_role, ip, request_id, action, entity, entity_id, subject_type, subject_id, changes)
        VALUES (
          CASE WHEN TG_TABLE_NAME = 'organization' THEN (row_j ->> 'id')::uuid ELSE (row_j ->> 'organization_id')::uuid END,
          nullif(current_setting('rafiq.actor_id', true), '')::uuid,
          coalesce(nullif(current_setting('rafiq.actor_role', true), ''), 'SYSTEM'),
          nullif(current_setting('rafiq.ip', true), ''),
          nullif(current_setting('rafiq.request_id', true), ''),
          CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
          TG_TABLE_NAME,
          CASE WHEN row_j ? 'id' THEN (row_j ->> 'id')::uuid END,
          TG_ARGV[1],
          (row_j ->> TG_ARGV[0])::uuid,
          diff);
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER consent_notice_audit AFTER INSERT OR UPDATE OR DELETE ON consent_notice FOR EACH ROW EXECUTE FUNCTION audit_row('organization_id', 'organization')`,
    );
    await q.query(
      `CREATE TRIGGER compliance_record_audit AFTER INSERT OR UPDATE OR DELETE ON compliance_record FOR EACH ROW EXECUTE FUNCTION audit_row('organization_id', 'organization')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER compliance_record_audit ON compliance_record`);
    await q.query(`DROP TRIGGER consent_notice_audit ON consent_notice`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_j jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        new_j jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        row_j jsonb := coalesce(new_j, old_j);
        diff jsonb := '{}'::jsonb;
        k text;
        b jsonb;
        a jsonb;
      BEGIN
        FOR k IN SELECT jsonb_object_keys(row_j) LOOP
          CONTINUE WHEN k IN ('updated_at', 'created_at', 'version', 'search_name', 'search_tokens', 'password_hash', 'national_id_encrypted', 'national_id_hash', 'organization_id');
          b := CASE WHEN old_j IS NULL THEN NULL ELSE old_j -> k END;
          a := CASE WHEN new_j IS NULL THEN NULL ELSE new_j -> k END;
          CONTINUE WHEN TG_OP = 'UPDATE' AND b IS NOT DISTINCT FROM a;
          CONTINUE WHEN TG_OP <> 'UPDATE' AND (coalesce(b, a) = 'null'::jsonb OR coalesce(b, a) = '[]'::jsonb);
          IF k = 'phone' THEN
            b := CASE WHEN b IS NULL OR b = 'null'::jsonb THEN b ELSE to_jsonb('…' || right(b #>> '{}', 2)) END;
            a := CASE WHEN a IS NULL OR a = 'null'::jsonb THEN a ELSE to_jsonb('…' || right(a #>> '{}', 2)) END;
          ELSIF k = 'birth_date' THEN
            b := CASE WHEN b IS NULL OR b = 'null'::jsonb THEN b ELSE to_jsonb('****'::text) END;
            a := CASE WHEN a IS NULL OR a = 'null'::jsonb THEN a ELSE to_jsonb('****'::text) END;
          END IF;
          diff := diff || jsonb_build_object(k, jsonb_build_array(b, a));
        END LOOP;
        IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
          RETURN NULL;
        END IF;
        INSERT INTO audit_log (organization_id, actor_user_id, actor_role, ip, request_id, action, entity, entity_id, subject_type, subject_id, changes)
        VALUES (
          CASE WHEN TG_TABLE_NAME = 'organization' THEN (row_j ->> 'id')::uuid ELSE (row_j ->> 'organization_id')::uuid END,
          nullif(current_setting('rafiq.actor_id', true), '')::uuid,
          coalesce(nullif(current_setting('rafiq.actor_role', true), ''), 'SYSTEM'),
          nullif(current_setting('rafiq.ip', true), ''),
          nullif(current_setting('rafiq.request_id', true), ''),
          CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
          TG_TABLE_NAME,
          CASE WHEN row_j ? 'id' THEN (row_j ->> 'id')::uuid END,
          TG_ARGV[1],
          (row_j ->> TG_ARGV[0])::uuid,
          diff);
        RETURN NULL;
      END $$`);
    await q.query(`DROP TABLE audit_subject_key`);
    await q.query(`DROP TABLE retention_run`);
    await q.query(`DROP TABLE compliance_record`);
    await q.query(`DROP TABLE consent_notice`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_consent_given_by_check`);
    await q.query(`ALTER TABLE person DROP COLUMN erased_at`);
    await q.query(`ALTER TABLE person DROP COLUMN consent_given_by`);
  }
}
