import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { EconomicResult } from './economic-result.entity';

/** Per-request loaders for economic results, scoped to the caller's organisation; they follow ventures she may see. */
export function createEconomicResultLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  return {
    /** Each venture's results, oldest period first (a month before a quarter starting the same day). */
    resultsByVenture: new DataLoader<string, EconomicResult[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EconomicResult)
        .find({ where: { ventureId: In([...ids]), organizationId: org() }, order: { periodStart: 'ASC', periodKind: 'ASC' } });
      const map = new Map<string, EconomicResult[]>(ids.map((id) => [id, []]));
      for (const row of rows) map.get(row.ventureId)?.push(row);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
