import { Role } from '@rafiq/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';

/**
 * Which people a caller may see (permissions.md), as SQL on the person alias `alias`. Always
 * scoped to the caller's organisation.
 * - ADMIN: everyone in the organisation;
 * - PROGRAM_LEAD: people enrolled in a programme she leads, and people not enrolled anywhere yet
 *   (the intake she is building);
 * - COACH: people with an ACTIVE enrolment to which she is assigned, with whom she has a session,
 *   whom she mentors (or is asked to), or whose follow-up after graduation is due with her;
 * - ENTREPRENEUR: herself.
 * Parameters are named `vis*`; one query may use the condition several times.
 */
export function personVisibilitySql(actor: Actor, alias: string): { sql: string; params: Record<string, string> } {
  const params = { visOrg: actor.organizationId, visUser: actor.userId };
  const org = `${alias}.organization_id = :visOrg`;
  switch (actor.role) {
    case Role.ADMIN:
      return { sql: org, params };
    case Role.PROGRAM_LEAD:
      return {
        sql: `${org} AND (EXISTS (SELECT 1 FROM enrolment ve JOIN program_lead vl ON vl.program_id = ve.program_id
                                   WHERE ve.person_id = ${alias}.id AND vl.user_id = :visUser)
                          OR NOT EXISTS (SELECT 1 FROM enrolment vn WHERE vn.person_id = ${alias}.id))`,
        params,
      };
    case Role.COACH:
      return {
        sql: `${org} AND (EXISTS (SELECT 1 FROM enrolment ve JOIN enrolment_coach vc ON vc.enrolment_id = ve.id
                                   WHERE ve.person_id = ${alias}.id AND ve.status = 'ACTIVE' AND vc.user_id = :visUser)
                          OR EXISTS (SELECT 1 FROM session_participant vsp JOIN session_coach vsc ON vsc.session_id = vsp.session_id
                                      WHERE vsp.person_id = ${alias}.id AND vsc.user_id = :visUser)
                          OR EXISTS (SELECT 1 FROM mentorship vms
                                      WHERE vms.mentee_person_id = ${alias}.id AND vms.mentor_user_id = :visUser AND vms.status IN ('REQUESTED', 'ACTIVE'))
                          OR EXISTS (SELECT 1 FROM follow_up vfu
                                      WHERE vfu.person_id = ${alias}.id AND vfu.coach_user_id = :visUser AND vfu.status = 'DUE'))`,
        params,
      };
    case Role.ENTREPRENEUR:
      return { sql: `${org} AND ${alias}.user_id = :visUser`, params };
    default:
      return { sql: 'false', params };
  }
}

export function applyPersonVisibility<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> {
  const { sql, params } = personVisibilitySql(actor, alias);
  return qb.andWhere(`(${sql})`, params);
}
