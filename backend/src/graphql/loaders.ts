import DataLoader from 'dataloader';
import { In, DataSource } from 'typeorm';
import { RequestAuth } from '../common/actor';
import { notFound } from '../common/errors';
import { Organization } from '../modules/organization/organization.entity';

/**
 * One set of DataLoaders per request, each batching one relation into one SQL statement.
 * Every loader is scoped to the caller's organisation: an id of another organisation loads nothing.
 */
export function createLoaders(dataSource: DataSource, auth: RequestAuth) {
  const orgId = () => auth.actor?.organizationId;
  return {
    organizations: new DataLoader<string, Organization>(async (ids) => {
      const wanted = ids.filter((id) => id === orgId());
      const rows = wanted.length ? await dataSource.getRepository(Organization).find({ where: { id: In(wanted) } }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? notFound('organisation'));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
