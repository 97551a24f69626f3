import { randomUUID } from 'node:crypto';
import { Locale, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { createOrganization, createUser } from '../../backend/src/modules/auth/user-admin';
import { Organization } from '../../backend/src/modules/organization/organization.entity';
import { User } from '../../backend/src/modules/auth/user.entity';

export const TEST_PASSWORD = 'correct horse battery';

/** A new organisation per test: cheap, and no test sees another's data. */
export function makeOrganization(ds: DataSource, name = 'Test Lab'): Promise<Organization> {
  const slug = `t-${randomUUID().slice(0, 12)}`;
  return createOrganization(ds.manager, { slug, name: `${name} ${slug}` });
}

export async function makeUser(ds: DataSource, org: Organization, role: Role, extra: { locale?: Locale; displayName?: string } = {}): Promise<User> {
  return createUser(ds.manager, {
    organizationSlug: org.slug,
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`,
    role,
    password: TEST_PASSWORD,
    ...extra,
  });
}

/** One organisation with a user of every role. */
export async function makeTeam(ds: DataSource) {
  const org = await makeOrganization(ds);
  const [admin, lead, coach, entrepreneur] = await Promise.all([
    makeUser(ds, org, Role.ADMIN),
    makeUser(ds, org, Role.PROGRAM_LEAD),
    makeUser(ds, org, Role.COACH),
    makeUser(ds, org, Role.ENTREPRENEUR),
  ]);
  return { org, admin, lead, coach, entrepreneur };
}
