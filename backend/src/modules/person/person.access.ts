import { Role } from '@rafiq/shared';
import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Actor } from '../../common/actor';

/**
 * Which people a caller may see (permissions.md), as a condition on a query whose person alias is
 * `alias`. Always scoped to the caller's organisation.
 * - ADMIN: everyone in the organisation;
 * - PROGRAM_LEAD: people enrolled in a programme she leads, and people not enrolled anywhere yet
 *   (the intake she is building);
 * - COACH: people with an ACTIVE enrolment to which she is assigned;
 * - ENTREPRENEUR: herself.
 */
export function applyPersonVisibility<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> {
  qb.andWhere(`${alias}.organization_id = :visOrg`, { visOrg: actor.organizationId });
  switch (actor.role) {
    case Role.ADMIN:
      return qb;
    case Role.PROGRAM_LEAD:
      return qb.andWhere(
        `(EXISTS (SELECT 1 FROM enrolment ve JOIN program_lead vl ON vl.program_id = ve.program_id
                   WHERE ve.person_id = ${alias}.id AND vl.user_id = :visUser)
          OR NOT EXISTS (SELECT 1 FROM enrolment vn WHERE vn.person_id = ${alias}.id))`,
        { visUser: actor.userId },
      );
    case Role.COACH:
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM enrolment ve JOIN enrolment_coach vc ON vc.enrolment_id = ve.id
                  WHERE ve.person_id = ${alias}.id AND ve.status = 'ACTIVE' AND vc.user_id = :visUser)`,
        { visUser: actor.userId },
      );
    case Role.ENTREPRENEUR:
      return qb.andWhere(`${alias}.user_id = :visUser`, { visUser: actor.userId });
    default:
      return qb.andWhere('false');
  }
}
