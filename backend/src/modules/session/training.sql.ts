/**
 * How many unexcused absences in a row a person has, counting back from her latest logged session
 * (done, attendance recorded, whatever its kind): the streak ends at the first session she attended
 * or was excused from.
 */
export function absenceStreakSql(personExpr: string): string {
  return `(SELECT count(*)::int FROM (
            SELECT sum(CASE WHEN ast_p.attendance = 'ABSENT' THEN 0 ELSE 1 END) OVER (ORDER BY ast_s.starts_at DESC, ast_s.id) AS broken
              FROM session_participant ast_p JOIN coaching_session ast_s ON ast_s.id = ast_p.session_id
             WHERE ast_p.person_id = ${personExpr} AND ast_s.status = 'DONE' AND ast_p.attendance IS NOT NULL AND NOT ast_p.waitlisted
          ) ast WHERE ast.broken = 0)`;
}

/** From this many unexcused absences in a row, the coach is alerted. */
export const ABSENCE_ALERT_THRESHOLD = 3;

export interface TrainingRecordRow {
  personId: string;
  trainings: number;
  attended: number;
  excused: number;
  absent: number;
  absencesInARow: number;
}

/** Training records of people of an organisation, in one query (the caller already sees these people). */
export async function trainingRecords(
  ds: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  organizationId: string,
  personIds: readonly string[],
): Promise<TrainingRecordRow[]> {
  const rows = (await ds.query(
    `SELECT p.id AS person_id,
            count(s.id)::int AS trainings,
            count(s.id) FILTER (WHERE sp.attendance = 'PRESENT')::int AS attended,
            count(s.id) FILTER (WHERE sp.attendance = 'EXCUSED')::int AS excused,
            count(s.id) FILTER (WHERE sp.attendance = 'ABSENT')::int AS absent,
            ${absenceStreakSql('p.id')} AS streak
       FROM person p
       LEFT JOIN session_participant sp ON sp.person_id = p.id AND NOT sp.waitlisted AND sp.attendance IS NOT NULL
       LEFT JOIN coaching_session s ON s.id = sp.session_id AND s.kind = 'TRAINING' AND s.status = 'DONE'
      WHERE p.id = ANY($1) AND p.organization_id = $2
      GROUP BY p.id`,
    [[...personIds], organizationId],
  )) as Array<{ person_id: string; trainings: number; attended: number; excused: number; absent: number; streak: number }>;
  return rows.map((r) => ({
    personId: r.person_id,
    trainings: r.trainings,
    attended: r.attended,
    excused: r.excused,
    absent: r.absent,
    absencesInARow: r.streak,
  }));
}
