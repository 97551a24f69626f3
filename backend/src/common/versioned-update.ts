import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { Actor } from './actor';
import { conflict, notFound } from './errors';
import { tenantRepository } from './tenant';

type Versioned = ObjectLiteral & { id: string; organizationId: string; version: number; updatedAt: Date };

/**
 * Optimistic locking: one conditional `UPDATE … WHERE id AND organization_id AND version`, which
 * also bumps the version. No row changed → CONFLICT when the record exists (someone saved first;
 * nothing was written) or NOT_FOUND when the caller's organisation has no such record.
 */
export async function updateVersioned<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  actor: Pick<Actor, 'organizationId'>,
  target: { id: string; version: number },
  values: QueryDeepPartialEntity<T>,
  what = 'record',
): Promise<void> {
  const { affected } = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND organization_id = :organizationId AND version = :version', {
      id: target.id,
      organizationId: actor.organizationId,
      version: target.version,
    })
    .execute();
  if (affected) return;
  const exists = await tenantRepository(manager, entity, actor).count({ where: { id: target.id } as FindOptionsWhere<T> });
  throw exists ? conflict(`This ${what} was changed by someone else; reload it and try again`) : notFound(what);
}
