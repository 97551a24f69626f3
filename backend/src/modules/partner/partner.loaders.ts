import DataLoader from 'dataloader';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { notFound } from '../../common/errors';
import { Partner } from './partner.entity';

/**
 * Per-request loaders for fields that point at partners (`program.partners`…), scoped to the
 * caller's organisation: another organisation's id loads NOT_FOUND. Archived ones load.
 */
export function createPartnerLoaders(dataSource: DataSource, auth: RequestAuth) {
  return {
    partners: new DataLoader<string, Partner>(async (ids) => {
      const organizationId = auth.actor?.organizationId;
      const wanted = ids.filter((id) => isUUID(id));
      const rows =
        organizationId && wanted.length ? await dataSource.getRepository(Partner).find({ where: { id: In(wanted), organizationId } }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? notFound('partner'));
    }),
  };
}
