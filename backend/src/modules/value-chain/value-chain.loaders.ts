import DataLoader from 'dataloader';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { notFound } from '../../common/errors';
import { ValueChain } from './value-chain.entity';

/**
 * Per-request loaders for fields that point at a value chain (`cooperative.valueChain`…), scoped
 * to the caller's organisation: another organisation's id loads NOT_FOUND. Archived ones load.
 */
export function createValueChainLoaders(dataSource: DataSource, auth: RequestAuth) {
  return {
    valueChains: new DataLoader<string, ValueChain>(async (ids) => {
      const organizationId = auth.actor?.organizationId;
      const wanted = ids.filter((id) => isUUID(id));
      const rows =
        organizationId && wanted.length
          ? await dataSource.getRepository(ValueChain).find({ where: { id: In(wanted), organizationId } })
          : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? notFound('value chain'));
    }),
  };
}
