import type { Caller, Fixture } from './fixture';
import { expect, FB, NF, nextSlot, none, ok, OperationRow } from './matrix-kit';

/** The organisation the caller acts in: B for otherOrg, A for everyone else. */
const orgOf = (f: Fixture, caller: Caller) => (caller === 'otherOrg' ? f.others.orgB : f.ids.org);
const adminOf = (f: Fixture, caller: Caller) => f.clients[caller === 'otherOrg' ? 'otherOrg' : 'ADMIN'];

/** Consent notices, a person's rights, the compliance record and organisation settings (the authorisation matrix: matrix-kit.ts). */
export const ROWS_RIGHTS: Record<string, OperationRow> = {
  'Query.consentNotice': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.consentNotices': { expect: expect(ok, FB, FB, FB, none, FB) },
  'Query.complianceRecord': { expect: expect(none, FB, FB, FB, none, FB) },
  'Query.retentionRuns': { expect: expect(none, FB, FB, FB, none, FB) },

  'Mutation.publishConsentNotice': {
    vars: () => ({ input: { textAr: `موافقة ${nextSlot()}`, textFr: 'Consentement', textEn: 'Consent' } }),
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.erasePerson': {
    vars: async (f) => {
      const p = await f.make.person();
      const [row] = await f.t.dataSource.query<Array<{ name: string }>>(
        `SELECT first_name || ' ' || last_name AS name FROM person WHERE id = $1`,
        [p.id],
      );
      return { id: p.id, confirmation: row.name };
    },
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.updateComplianceRecord': {
    vars: async (f, caller) => {
      const { complianceRecord } = await f.gql<{ complianceRecord: { version: number } }>(
        adminOf(f, caller),
        `{ complianceRecord { version } }`,
      );
      return {
        input: {
          version: complianceRecord.version,
          hostingLocation: `Maroc ${nextSlot()}`,
          processors: [],
          declarations: [],
          retention: [],
        },
      };
    },
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.updateOrganizationSettings': {
    vars: async (f, caller) => {
      const [row] = await f.t.dataSource.query<Array<{ version: number }>>(`SELECT version FROM organization WHERE id = $1`, [
        orgOf(f, caller),
      ]);
      return { input: { version: row.version, timeZone: nextSlot() % 2 ? 'Africa/Dakar' : 'Africa/Casablanca' } };
    },
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
};
