import { Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { applyCooperativeVisibility } from '../cooperative/cooperative.access';
import { Cooperative } from '../cooperative/cooperative.entity';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';

/**
 * Which diagnostics a caller may read, as SQL on the diagnostic alias `alias`: those of a
 * cooperative or venture she may see (a coach: her assignees'; cooperative.access.ts,
 * venture.access.ts); an entrepreneur only FINAL ones (of her own cooperative or ventures).
 */
export function diagnosticVisibilitySql(
  source: DataSource | EntityManager,
  actor: Actor,
  alias: string,
): { sql: string; params: Record<string, unknown> } {
  const m = source instanceof DataSource ? source.manager : source;
  const coops = applyCooperativeVisibility(m.createQueryBuilder(Cooperative, 'dvc').select('dvc.id'), actor, 'dvc');
  const vents = applyVentureVisibility(m.createQueryBuilder(Venture, 'dvv').select('dvv.id'), actor, 'dvv');
  const final = actor.role === Role.ENTREPRENEUR ? ` AND ${alias}.status = 'FINAL'` : '';
  return {
    sql: `${alias}.organization_id = :dOrg AND (${alias}.cooperative_id IN (${coops.getQuery()}) OR ${alias}.venture_id IN (${vents.getQuery()}))${final}`,
    params: { ...coops.getParameters(), ...vents.getParameters(), dOrg: actor.organizationId },
  };
}
