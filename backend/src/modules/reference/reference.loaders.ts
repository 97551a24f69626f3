import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byFrenchName } from './reference.service';
import { Province } from './province.entity';

/** Per-request loaders of reference data (shared by every organisation, so nothing to scope). */
export function createReferenceLoaders(dataSource: DataSource) {
  return {
    /** A region's provinces, sorted by French name: one SQL statement for every region asked for. */
    provincesByRegion: new DataLoader<string, Province[]>(async (codes) => {
      const rows = await dataSource.getRepository(Province).find({ where: { regionCode: In([...codes]) } });
      const byRegion = new Map<string, Province[]>(codes.map((c) => [c, []]));
      for (const row of byFrenchName(rows)) byRegion.get(row.regionCode)?.push(row);
      return codes.map((c) => byRegion.get(c) ?? []);
    }),
  };
}
