import { randomBytes } from 'node:crypto';
import { normalizeName } from '@rafiq/shared';
import { EntityManager } from 'typeorm';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';

export type ErasureReason = 'REQUEST' | 'RETENTION';

export interface ErasureResult {
  personId: string;
  pseudonym: string;
  /** Records whose free text about her was removed or rewritten, per table. */
  rewritten: Record<string, number>;
}

/** Age in whole years on `on` for someone born on `birth` (both YYYY-MM-DD). */
function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
const isYouth = (birth: string, on: string) => {
  const age = ageOn(birth, on);
  return age >= 15 && age <= 34;
};

/**
 * The birth date kept after erasure: only the year is meaningful — a day of the same year (the
 * middle of the year when possible) chosen so that whether she was young (15–34) at each of her
 * enrolments does not change, so that the youth indicators keep their totals.
 */
export function coarseBirthDate(birth: string, enrolledOn: string[]): string {
  const year = Number(birth.slice(0, 4));
  const days: string[] = [];
  const start = Date.UTC(year, 6, 1);
  for (let i = 0; i < 366; i++) {
    for (const sign of i === 0 ? [1] : [1, -1]) {
      const t = new Date(start + sign * i * 86_400_000);
      if (t.getUTCFullYear() === year) days.push(t.toISOString().slice(0, 10));
    }
  }
  const wanted = enrolledOn.map((on) => isYouth(birth, on));
  return days.find((day) => enrolledOn.every((on, i) => isYouth(day, on) === wanted[i])) ?? `${year}-07-01`;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Erases a person (permissions.md: "deletion is pseudonymisation that keeps anonymous counts"), in
 * the caller's transaction: her identifying fields are emptied or replaced by a pseudonym, her
 * birth date keeps only its year (see coarseBirthDate), free text about her (notes of her
 * enrolments, follow-ups, mentorships, ventures, their actions and results, and of sessions she
 * attended alone) is removed, and her names are replaced by the pseudonym in shared text (titles,
 * group-session notes). Gender, region, province, area, education, NEET, enrolments, attendance and
 * figures stay, so that every indicator keeps its totals. Then the keys of her records' sealed audit
 * values are deleted, which makes the names and notes in the audit trail unreadable for good.
 */
export async function erasePerson(m: EntityManager, organizationId: string, personId: string, reason: ErasureReason): Promise<ErasureResult | null> {
  const [person] = await m.query<
    Array<{ first_name: string; last_name: string; first_name_ar: string | null; last_name_ar: string | null; birth_date: string | null; user_id: string | null; erased_at: Date | null }>
  >(
    `SELECT first_name, last_name, first_name_ar, last_name_ar, birth_date::text AS birth_date, user_id, erased_at
       FROM person WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
    [personId, organizationId],
  );
  if (!person || person.erased_at) return null;
  const pseudonym = `P-${randomBytes(4).toString('hex').toUpperCase()}`;
  const enrolments = await m.query<Array<{ id: string; enrolled_on: string }>>(
    `SELECT id, enrolled_on::text AS enrolled_on FROM enrolment WHERE person_id = $1 AND organization_id = $2`,
    [personId, organizationId],
  );
  const birth = person.birth_date
    ? coarseBirthDate(
        person.birth_date,
        enrolments.map((e) => e.enrolled_on),
      )
    : null;
  const names = [person.first_name, person.last_name, person.first_name_ar, person.last_name_ar]
    .filter((n): n is string => !!n && n.trim().length >= 2)
    .flatMap((n) => [n.trim(), ...n.trim().split(/\s+/).filter((w) => w.length >= 3)]);
  const namePattern = names.length ? `(${[...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})` : null;
  const rewritten: Record<string, number> = {};
  const run = async (label: string, sql: string, params: unknown[]) => {
    const result: unknown = await m.query(sql, params);
    const affected = Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
    if (affected) rewritten[label] = (rewritten[label] ?? 0) + affected;
  };
  /** Replaces her names inside shared text by the pseudonym (case-insensitive). */
  const scrub = (column: string) => (namePattern ? `regexp_replace(${column}, $3, $4, 'gi')` : column);
  const scrubParams = namePattern ? [namePattern, pseudonym] : [];
  const scrubChanged = (column: string) => (namePattern ? `${column} ~* $3` : 'false');

  await m.query(
    `UPDATE person SET first_name = $3, last_name = '—', first_name_ar = NULL, last_name_ar = NULL, search_name = $4,
            birth_date = $5, national_id_encrypted = NULL, national_id_hash = NULL, national_id_masked = NULL, phone = NULL,
            commune = NULL, locality = NULL, user_id = NULL, erased_at = now(), version = version + 1, updated_at = now()
      WHERE id = $1 AND organization_id = $2`,
    [personId, organizationId, pseudonym, normalizeName(pseudonym), birth],
  );
  if (person.user_id) {
    await run(
      'app_user',
      `UPDATE app_user SET email = 'erased-' || id || '@invalid', display_name = $3, disabled_at = coalesce(disabled_at, now()),
              password_hash = 'erased', version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2`,
      [person.user_id, organizationId, pseudonym],
    );
    await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [person.user_id]);
  }
  await run('enrolment', `UPDATE enrolment SET dropout_reason = NULL WHERE person_id = $1 AND organization_id = $2 AND dropout_reason IS NOT NULL`, [
    personId,
    organizationId,
  ]);
  await run(
    'enrolment_status_change',
    `UPDATE enrolment_status_change SET reason = NULL WHERE organization_id = $2 AND reason IS NOT NULL
        AND enrolment_id IN (SELECT id FROM enrolment WHERE person_id = $1)`,
    [personId, organizationId],
  );
  await run('follow_up', `UPDATE follow_up SET note = NULL WHERE person_id = $1 AND organization_id = $2 AND note IS NOT NULL`, [personId, organizationId]);
  await run('mentorship', `UPDATE mentorship SET goals = NULL WHERE mentee_person_id = $1 AND organization_id = $2 AND goals IS NOT NULL`, [
    personId,
    organizationId,
  ]);
  await run('notification', `UPDATE notification SET body = '' WHERE recipient_person_id = $1 AND organization_id = $2 AND body <> ''`, [
    personId,
    organizationId,
  ]);
  const ventures = (
    await m.query<Array<{ id: string }>>(`SELECT id FROM venture WHERE owner_person_id = $1 AND organization_id = $2`, [personId, organizationId])
  ).map((v) => v.id);
  if (ventures.length) {
    const v = [ventures, organizationId, ...scrubParams];
    await run('venture', `UPDATE venture SET description = NULL, title = ${scrub('title')} WHERE id = ANY($1) AND organization_id = $2 AND (description IS NOT NULL OR ${scrubChanged('title')})`, v);
    await run(
      'action_item',
      `UPDATE action_item SET details = NULL, title = ${scrub('title')} WHERE venture_id = ANY($1) AND organization_id = $2 AND (details IS NOT NULL OR ${scrubChanged('title')})`,
      v,
    );
    await run('economic_result', `UPDATE economic_result SET note = NULL WHERE venture_id = ANY($1) AND organization_id = $2 AND note IS NOT NULL`, [ventures, organizationId]);
    await run(
      'venture_stage_change',
      `UPDATE venture_stage_change SET note = NULL, evidence = NULL, justification = NULL
        WHERE venture_id = ANY($1) AND organization_id = $2 AND (note IS NOT NULL OR evidence IS NOT NULL OR justification IS NOT NULL)`,
      [ventures, organizationId],
    );
    await run('referral', `UPDATE referral SET note = NULL WHERE venture_id = ANY($1) AND organization_id = $2 AND note IS NOT NULL`, [ventures, organizationId]);
  }
  // Sessions she attended alone are about her: their notes go. Group sessions keep theirs, without her names.
  const sessions = await m.query<Array<{ id: string; alone: boolean }>>(
    `SELECT s.id, (s.cooperative_id IS NULL AND (SELECT count(*) FROM session_participant o WHERE o.session_id = s.id) = 1) AS alone
       FROM coaching_session s JOIN session_participant sp ON sp.session_id = s.id AND sp.person_id = $1
      WHERE s.organization_id = $2`,
    [personId, organizationId],
  );
  const alone = sessions.filter((s) => s.alone).map((s) => s.id);
  const group = sessions.filter((s) => !s.alone).map((s) => s.id);
  if (alone.length)
    await run(
      'coaching_session',
      `UPDATE coaching_session SET notes = NULL, next_steps = NULL, cancel_reason = NULL
        WHERE id = ANY($1) AND organization_id = $2 AND (notes IS NOT NULL OR next_steps IS NOT NULL OR cancel_reason IS NOT NULL)`,
      [alone, organizationId],
    );
  if (group.length && namePattern)
    await run(
      'coaching_session',
      `UPDATE coaching_session SET notes = ${scrub('notes')}, next_steps = ${scrub('next_steps')}
        WHERE id = ANY($1) AND organization_id = $2 AND (${scrubChanged('notes')} OR ${scrubChanged('next_steps')})`,
      [group, organizationId, ...scrubParams],
    );
  // Crypto-shredding: the audit trail's sealed values about her can no longer be read.
  await m.query(
    `DELETE FROM audit_subject_key WHERE (subject_type = 'person' AND subject_id = $1)
        OR (subject_type = 'enrolment' AND subject_id = ANY($2)) OR (subject_type = 'venture' AND subject_id = ANY($3))
        OR (subject_type = 'session' AND subject_id = ANY($4)) OR (subject_type = 'user' AND subject_id = $5)`,
    [personId, enrolments.map((e) => e.id), ventures, alone, person.user_id],
  );
  await recordAuditEvent(m, {
    organizationId,
    action: AuditAction.ERASE,
    entity: 'person',
    entityId: personId,
    subjectType: 'person',
    subjectId: personId,
    changes: { reason: [null, reason], pseudonym: [null, pseudonym], rewritten: [null, rewritten] },
  });
  return { personId, pseudonym, rewritten };
}
