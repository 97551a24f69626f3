import { Locale, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { FieldCrypto } from '../common/crypto';
import { seedDemoPeople } from './demo-people';
import { seedDemoPrivacy } from './demo-privacy';
import { unscopedSystemAccess } from '../common/tenant';
import { createOrganization, createUser } from '../modules/auth/user-admin';
import { Organization } from '../modules/organization/organization.entity';

export const DEMO_PASSWORD = 'rafiq-demo-2026';

export const DEMO_ORGANIZATIONS = [
  { slug: 'sil-demo', name: 'Social Innovation Lab (demo)' },
  { slug: 'partner-demo', name: 'Partner Incubator (demo)' },
] as const;

export const DEMO_ACCOUNTS = [
  { email: 'admin@rafiq.example', role: Role.ADMIN, org: 'sil-demo', displayName: 'Nadia Alaoui' },
  { email: 'lead@rafiq.example', role: Role.PROGRAM_LEAD, org: 'sil-demo', displayName: 'Youssef Benali' },
  { email: 'coach@rafiq.example', role: Role.COACH, org: 'sil-demo', displayName: 'Salma Idrissi' },
  { email: 'coach2@rafiq.example', role: Role.COACH, org: 'sil-demo', displayName: 'Karim Ouazzani' },
  { email: 'fatima@rafiq.example', role: Role.ENTREPRENEUR, org: 'sil-demo', displayName: 'Fatima Zahra El Amrani', locale: Locale.AR },
  { email: 'khadija@rafiq.example', role: Role.ENTREPRENEUR, org: 'sil-demo', displayName: 'Khadija Ait Lahcen' },
  { email: 'lead@partner.example', role: Role.PROGRAM_LEAD, org: 'partner-demo', displayName: 'Aminata Diop' },
] as const;

/** True when the database holds no organisation at all (a new, empty database). */
export async function isEmptyDatabase(dataSource: DataSource): Promise<boolean> {
  return (await unscopedSystemAccess(dataSource, 'checking for a new, empty database').count(Organization)) === 0;
}

/**
 * Loads the demo organisations and accounts in one transaction. Does nothing when the demo
 * organisation exists already, so it is safe to run twice.
 */
export async function seedDemo(dataSource: DataSource, crypto: FieldCrypto): Promise<{ created: boolean }> {
  return unscopedSystemAccess(dataSource, 'demo data').transaction(async (m) => {
    if (await m.existsBy(Organization, { slug: DEMO_ORGANIZATIONS[0].slug })) return { created: false };
    const orgs = [];
    for (const org of DEMO_ORGANIZATIONS) orgs.push(await createOrganization(m, org));
    for (const a of DEMO_ACCOUNTS) {
      await createUser(m, {
        organizationSlug: a.org,
        email: a.email,
        role: a.role,
        password: DEMO_PASSWORD,
        displayName: a.displayName,
        locale: 'locale' in a ? a.locale : undefined,
      });
    }
    await seedDemoPeople(m, orgs[0].id, crypto);
    await seedDemoPrivacy(m, orgs[0].id);
    return { created: true };
  });
}
