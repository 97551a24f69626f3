import { Role } from '@rafiq/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { personVisibilitySql } from '../person/person.access';

/**
 * Who sees a session: admins all; a coach her own sessions and her assignees'; a programme lead
 * the sessions of people (or cooperatives) she may see and those she created; an entrepreneur the
 * sessions she takes part in (herself, or her cooperative).
 */
export function applySessionVisibility<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> {
  qb.andWhere(`${alias}.organization_id = :sesOrg`, { sesOrg: actor.organizationId });
  if (actor.role === Role.ADMIN) return qb;
  const p = personVisibilitySql(actor, 'ssp_p');
  const m = personVisibilitySql(actor, 'ssm_p');
  const participant = `EXISTS (SELECT 1 FROM session_participant ssp JOIN person ssp_p ON ssp_p.id = ssp.person_id WHERE ssp.session_id = ${alias}.id AND ${p.sql})`;
  const cooperative = `EXISTS (SELECT 1 FROM cooperative_member ssm JOIN person ssm_p ON ssm_p.id = ssm.person_id
                               WHERE ssm.cooperative_id = ${alias}.cooperative_id AND ssm.until IS NULL AND ${m.sql})`;
  const own = `EXISTS (SELECT 1 FROM session_coach ssc WHERE ssc.session_id = ${alias}.id AND ssc.user_id = :sesUser)`;
  const params = { ...p.params, ...m.params, sesUser: actor.userId };
  switch (actor.role) {
    case Role.COACH:
      return qb.andWhere(`(${own} OR ${participant} OR ${cooperative})`, params);
    case Role.PROGRAM_LEAD:
      return qb.andWhere(`(${participant} OR ${cooperative} OR ${alias}.created_by = :sesUser)`, params);
    default:
      return qb.andWhere(`(${participant} OR ${cooperative})`, params);
  }
}
