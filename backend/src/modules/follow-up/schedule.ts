import { EntityManager } from 'typeorm';

/**
 * When an enrolment becomes GRADUATED: its follow-ups at 6 and 12 months are due from today, for
 * the enrolment's coach (the first by id when there are several; none → the programme's leads
 * see it). A follow-up cancelled by an earlier un-graduation comes back as DUE; recorded ones stay.
 */
export async function scheduleFollowUps(
  m: EntityManager,
  organizationId: string,
  enrolmentId: string,
  graduatedOn?: string,
): Promise<void> {
  await m.query(
    `INSERT INTO follow_up (organization_id, enrolment_id, person_id, program_id, coach_user_id, months, due_on)
     SELECT e.organization_id, e.id, e.person_id, e.program_id,
            (SELECT ec.user_id FROM enrolment_coach ec WHERE ec.enrolment_id = e.id ORDER BY ec.user_id LIMIT 1),
            mo.months, (coalesce($3::date, CURRENT_DATE) + make_interval(months => mo.months))::date
       FROM enrolment e CROSS JOIN (VALUES (6), (12)) AS mo(months)
      WHERE e.id = $1 AND e.organization_id = $2
     ON CONFLICT (enrolment_id, months) DO UPDATE
        SET status = 'DUE', due_on = excluded.due_on, coach_user_id = excluded.coach_user_id, version = follow_up.version + 1, updated_at = now()
      WHERE follow_up.status = 'CANCELLED'`,
    [enrolmentId, organizationId, graduatedOn ?? null],
  );
}

/** When a graduated enrolment goes back to another status: its follow-ups not yet recorded are cancelled. */
export async function cancelFollowUps(m: EntityManager, organizationId: string, enrolmentId: string): Promise<void> {
  await m.query(
    `UPDATE follow_up SET status = 'CANCELLED', version = version + 1, updated_at = now()
      WHERE enrolment_id = $1 AND organization_id = $2 AND status = 'DUE'`,
    [enrolmentId, organizationId],
  );
}

/** When the coaches of an enrolment change: its follow-ups still due go to the new first coach. */
export async function reassignFollowUps(m: EntityManager, organizationId: string, enrolmentId: string): Promise<void> {
  await m.query(
    `UPDATE follow_up f SET coach_user_id = (SELECT ec.user_id FROM enrolment_coach ec WHERE ec.enrolment_id = f.enrolment_id ORDER BY ec.user_id LIMIT 1),
            version = version + 1, updated_at = now()
      WHERE f.enrolment_id = $1 AND f.organization_id = $2 AND f.status = 'DUE'`,
    [enrolmentId, organizationId],
  );
}
