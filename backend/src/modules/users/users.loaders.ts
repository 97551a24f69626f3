import DataLoader from 'dataloader';
import { Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { LinkedPerson } from './dto/users.types';

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * Account details an admin sees on the team list, one statement per field for the whole page.
 * Scoped to the caller's organisation; the resolver asks only for an admin or for the user herself.
 */
export function createUserLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? NO_ORG;
  return {
    userLastSignIn: new DataLoader<string, Date | null>(async (ids) => {
      const rows = await dataSource.query<Array<{ user_id: string; at: Date }>>(
        `SELECT user_id, max(created_at) AS at FROM auth_session WHERE organization_id = $1 AND user_id = ANY($2::uuid[]) GROUP BY user_id`,
        [org(), ids],
      );
      const map = new Map(rows.map((r) => [r.user_id, r.at]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    userTwoFactorOn: new DataLoader<string, boolean>(async (ids) => {
      const rows = await dataSource.query<Array<{ user_id: string }>>(
        `SELECT user_id FROM user_two_factor WHERE organization_id = $1 AND user_id = ANY($2::uuid[]) AND enabled_at IS NOT NULL`,
        [org(), ids],
      );
      const on = new Set(rows.map((r) => r.user_id));
      return ids.map((id) => on.has(id));
    }),
    userPerson: new DataLoader<string, LinkedPerson | null>(async (ids) => {
      const rows = await dataSource.query<Array<{ id: string; user_id: string; first_name: string; last_name: string }>>(
        `SELECT id, user_id, first_name, last_name FROM person WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
        [org(), ids],
      );
      const map = new Map(rows.map((r) => [r.user_id, { id: r.id, displayName: `${r.first_name} ${r.last_name}`.trim() }]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

/** May the caller see these details of this user? An admin of her organisation, or the user herself. */
export const seesAccountDetails = (auth: RequestAuth, user: { id: string; organizationId: string }) =>
  !!auth.actor && auth.actor.organizationId === user.organizationId && (auth.actor.role === Role.ADMIN || auth.actor.userId === user.id);
