import { DataSource, EntityManager, EntityTarget, FindManyOptions, FindOneOptions, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { Actor } from './actor';

type Tenanted = ObjectLiteral & { organizationId: string };

/**
 * The only way services read tenant data: every query gets `organization_id = caller's` added,
 * so a record of another organisation can never be read, counted or matched by id.
 */
export class TenantRepository<T extends Tenanted> {
  constructor(
    private readonly manager: EntityManager,
    private readonly entity: EntityTarget<T>,
    private readonly actor: Pick<Actor, 'organizationId'>,
  ) {}

  private scope(where: FindOptionsWhere<T> | FindOptionsWhere<T>[] | undefined): FindOptionsWhere<T>[] {
    const list = where === undefined ? [{}] : Array.isArray(where) ? where : [where];
    return list.map((w) => ({ ...w, organizationId: this.actor.organizationId }));
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.manager.find(this.entity, { ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.manager.findOne(this.entity, { ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }

  count(options: FindManyOptions<T> = {}): Promise<number> {
    return this.manager.count(this.entity, { ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }
}

export function tenantRepository<T extends Tenanted>(
  source: DataSource | EntityManager,
  entity: EntityTarget<T>,
  actor: Pick<Actor, 'organizationId'>,
): TenantRepository<T> {
  return new TenantRepository(source instanceof DataSource ? source.manager : source, entity, actor);
}

/**
 * Explicit, greppable opt-in to data access that is not scoped to a caller's organisation:
 * sign-in (before the organisation is known), the administration CLI, demo data and migrations.
 * Every call site says why in `reason`.
 */
export function unscopedSystemAccess(source: DataSource, reason: string): EntityManager {
  if (!reason) throw new Error('unscopedSystemAccess needs a reason');
  return source.manager;
}
