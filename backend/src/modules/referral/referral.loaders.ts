import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { Referral } from './referral.entity';

/** Per-request loaders for referrals, scoped to the caller's organisation; they follow ventures she may see. */
export function createReferralLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  return {
    /** Each venture's referrals, latest first. */
    referralsByVenture: new DataLoader<string, Referral[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Referral)
        .find({ where: { ventureId: In([...ids]), organizationId: org() }, order: { referredOn: 'DESC', createdAt: 'DESC' } });
      const map = new Map<string, Referral[]>(ids.map((id) => [id, []]));
      for (const row of rows) map.get(row.ventureId)?.push(row);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
