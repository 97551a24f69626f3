import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each audited table, with the record whose history a change belongs to: the column naming it and
 * its kind (a venture's stage change belongs to the venture's history, an enrolment to the person's).
 */
export const AUDITED_TABLES: ReadonlyArray<[table: string, subjectColumn: string, subjectType: string]> = [
  ['organization', 'id', 'organization'],
  ['app_user', 'id', 'user'],
  ['program', 'id', 'program'],
  ['program_target', 'program_id', 'program'],
  ['cohort', 'program_id', 'program'],
  ['program_lead', 'program_id', 'program'],
  ['value_chain', 'id', 'value_chain'],
  ['partner', 'id', 'partner'],
  ['person', 'id', 'person'],
  ['enrolment', 'person_id', 'person'],
  ['enrolment_coach', 'enrolment_id', 'enrolment'],
  ['cooperative', 'id', 'cooperative'],
  ['cooperative_member', 'cooperative_id', 'cooperative'],
  ['coach_profile', 'user_id', 'user'],
  ['venture', 'id', 'venture'],
  ['venture_stage_change', 'venture_id', 'venture'],
  ['stage_criterion', 'program_id', 'program'],
  ['action_item', 'venture_id', 'venture'],
  ['economic_result', 'venture_id', 'venture'],
  ['referral', 'venture_id', 'venture'],
  ['coaching_session', 'id', 'session'],
  ['session_coach', 'session_id', 'session'],
  ['session_participant', 'session_id', 'session'],
  ['mentorship', 'mentee_person_id', 'person'],
  ['follow_up', 'person_id', 'person'],
];

/**
 * The audit trail: every change to the records above, written by a trigger in the same transaction
 * as the change (who, from which address and request — set per transaction by the app —, what,
 * before → after with sensitive values masked or left out), plus the events the app records itself
 * (sign-ins, national-ID reveals, exports, imports). Append-only: UPDATE, DELETE and TRUNCATE are
 * refused by triggers; `audit_seal` chains hashes over consecutive ranges so that tampering shows.
 */
export class AuditTrail1764500100000 implements MigrationInterface {
  name = 'AuditTrail1764500100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq bigserial NOT NULL,
        organization_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_role text,
        ip text,
        request_id text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id uuid,
        subject_type text,
        subject_id uuid,
        changes jsonb NOT NULL,
        CONSTRAINT audit_log_pkey PRIMARY KEY (seq)
      )`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, seq)`);
    await q.query(`CREATE INDEX audit_log_organization_idx ON audit_log (organization_id, seq)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, seq)`);
    await q.query(`
      CREATE TABLE audit_seal (
        id bigserial NOT NULL,
        from_seq bigint NOT NULL,
        to_seq bigint NOT NULL,
        row_count integer NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_seal_pkey PRIMARY KEY (id),
        CONSTRAINT audit_seal_range_check CHECK (to_seq >= from_seq)
      )`);
    await q.query(`
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_log', 'audit_seal']) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`,
      );
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM PUBLIC`);
    }
    // Left out: secrets and search helpers. Masked: values that identify or locate a person.
    await q.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
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
    for (const [table, column, type] of AUDITED_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row('${column}', '${type}')`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of AUDITED_TABLES) await q.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await q.query(`DROP FUNCTION audit_row()`);
    await q.query(`DROP TABLE audit_seal`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_append_only()`);
  }
}
