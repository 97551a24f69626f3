import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { Role } from '@rafiq/shared';
import { personVisibilitySql } from '../person/person.access';

/**
 * A venture is visible with its owner: a person the caller may see, or a cooperative with a current
 * member the caller may see (an entrepreneur: her own ventures and her cooperative's). Admins see all.
 */
export function applyVentureVisibility<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> {
  qb.andWhere(`${alias}.organization_id = :ventOrg`, { ventOrg: actor.organizationId });
  if (actor.role === Role.ADMIN) return qb;
  const owner = personVisibilitySql(actor, 'vop');
  const member = personVisibilitySql(actor, 'vmp');
  return qb.andWhere(
    `(EXISTS (SELECT 1 FROM person vop WHERE vop.id = ${alias}.owner_person_id AND ${owner.sql})
      OR EXISTS (SELECT 1 FROM cooperative_member vcm JOIN person vmp ON vmp.id = vcm.person_id
                  WHERE vcm.cooperative_id = ${alias}.owner_cooperative_id AND vcm.until IS NULL AND ${member.sql}))`,
    { ...owner.params, ...member.params },
  );
}
