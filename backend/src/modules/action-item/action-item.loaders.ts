import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { User } from '../auth/user.entity';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';
import { ActionItem } from './action-item.entity';

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * Per-request loaders for action plans, scoped to the caller's organisation. Items load through a
 * venture the caller was already allowed to read; `actionItemVentures` applies venture visibility.
 */
export function createActionItemLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? NO_ORG;
  return {
    /** Every item of each venture (open and closed), soonest due first. */
    actionItemsByVenture: new DataLoader<string, ActionItem[]>(async (ids) => {
      const rows = await dataSource.getRepository(ActionItem).find({ where: { ventureId: In([...ids]), organizationId: org() }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
      const map = new Map<string, ActionItem[]>(ids.map((id) => [id, []]));
      for (const row of rows) map.get(row.ventureId)?.push(row);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** Ventures by id, only those the caller may see (null otherwise). */
    actionItemVentures: new DataLoader<string, Venture | null>(async (ids) => {
      const actor = auth.actor;
      if (!actor) return ids.map(() => null);
      const rows = await applyVentureVisibility(dataSource.createQueryBuilder(Venture, 'v'), actor, 'v').andWhere('v.id IN (:...ids)', { ids }).getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Users of the caller's organisation by id (owners and authors of records), null otherwise. */
    orgUsers: new DataLoader<string, User | null>(async (ids) => {
      const rows = await dataSource.getRepository(User).find({ where: { id: In([...ids]), organizationId: org() } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
