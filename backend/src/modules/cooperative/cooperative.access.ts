import { Role } from '@rafiq/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { personVisibilitySql } from '../person/person.access';

/**
 * A cooperative is visible to whoever may see one of its current members (so a coach sees the
 * cooperatives of her assignees, an entrepreneur her own); admins see all; a lead also sees
 * cooperatives that have no members yet.
 */
export function applyCooperativeVisibility<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> {
  const rule = cooperativeVisibilitySql(actor, alias);
  return qb.andWhere(rule.sql, rule.params);
}

/** The same rule as applyCooperativeVisibility, as SQL on the alias (e.g. a join condition) with its parameters. */
export function cooperativeVisibilitySql(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  const org = `${alias}.organization_id = :coopOrg`;
  if (actor.role === Role.ADMIN) return { sql: org, params: { coopOrg: actor.organizationId } };
  const person = personVisibilitySql(actor, 'cvp');
  const hasVisibleMember = `EXISTS (SELECT 1 FROM cooperative_member cvm JOIN person cvp ON cvp.id = cvm.person_id
                                     WHERE cvm.cooperative_id = ${alias}.id AND cvm.until IS NULL AND ${person.sql})`;
  const noMembers = `NOT EXISTS (SELECT 1 FROM cooperative_member cnm WHERE cnm.cooperative_id = ${alias}.id AND cnm.until IS NULL)`;
  return {
    sql: `${org} AND ${actor.role === Role.PROGRAM_LEAD ? `(${hasVisibleMember} OR ${noMembers})` : hasVisibleMember}`,
    params: { coopOrg: actor.organizationId, ...person.params },
  };
}
