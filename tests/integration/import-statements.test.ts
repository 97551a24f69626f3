import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { FieldCrypto } from '../../backend/src/common/crypto';
import { importPeople } from '../../backend/src/modules/import/people-import.engine';
import { makeOrganization } from '../factories';
import { startTestApp, TEST_ENCRYPTION_KEY, TestApp } from '../utils/test-app';

// Issue 6 item 6 / benchmark W5: importing people is set-based. The SQL statements an import sends grow
// with its batches (1,000 rows each), not with its rows, so a per-row regression fails here and not only
// in the benchmark. Statements are counted where TypeORM sends them (every query runner's `query`).

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'rafiq-import-statements-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  "Nom,Prénom,Sexe,Date de naissance,CIN,Téléphone,Région,Milieu,NEET,Coopérative,Rôle coopérative,Programme,Cohorte,Date d'inscription";
const FIRST = ['Hasna', 'Rkia', 'Zahra', 'Said', 'حسناء', 'محمد'];
const LAST = ['Ait Baha', 'Oulhaj', 'Bennani', 'العمراني'];

/** n rows: every third without a national ID, 4 programmes with 2 cohorts, 10 cooperatives. */
function file(name: string, n: number, offset: number): string {
  const lines = [HEADER];
  for (let i = offset; i < offset + n; i++) {
    const birth = `${1970 + (i % 35)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(
      [
        LAST[i % LAST.length],
        `${FIRST[i % FIRST.length]} ${i}`,
        i % 2 ? 'F' : 'M',
        birth,
        i % 3 ? `ST${String(i).padStart(6, '0')}` : '',
        `06${String(20000000 + i).slice(-8)}`,
        `MA-${String(1 + (i % 12)).padStart(2, '0')}`,
        i % 2 ? 'rural' : 'urbain',
        i % 4 ? 'non' : 'oui',
        i % 5 ? '' : `Coopérative ${i % 10}`,
        i % 5 ? '' : 'membre',
        `Programme ${i % 4}`,
        `Cohorte ${i % 2}`,
        '2026-01-15',
      ].join(','),
    );
  }
  const p = path.join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

/** Runs fn and counts the SQL statements sent through any query runner meanwhile. */
async function counting<T>(ds: DataSource, fn: () => Promise<T>): Promise<{ value: T; statements: number }> {
  const probe = ds.createQueryRunner();
  const proto = Object.getPrototypeOf(probe) as { query: (...args: unknown[]) => Promise<unknown> };
  await probe.release();
  const spy = jest.spyOn(proto, 'query');
  try {
    const value = await fn();
    return { value, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe('import statements (W5)', () => {
  it('sends as many SQL statements for 500 rows as for 50, and a second run writes nothing', async () => {
    const crypto = new FieldCrypto(Buffer.from(TEST_ENCRYPTION_KEY, 'base64'));
    const run = async (rows: number, offset: number) => {
      const org = await makeOrganization(t.dataSource);
      const ctx = { organizationId: org.id, userId: null, role: Role.ADMIN };
      const csv = file(`people-${rows}.csv`, rows, offset);
      const first = await counting(t.dataSource, () => importPeople(t.dataSource, ctx, crypto, csv, 'people.csv'));
      const again = await counting(t.dataSource, () => importPeople(t.dataSource, ctx, crypto, csv, 'people.csv'));
      const [{ people }] = await t.dataSource.query<{ people: number }[]>(
        `SELECT count(*)::int AS people FROM person WHERE organization_id = $1`,
        [org.id],
      );
      return { first, again, people };
    };

    const small = await run(50, 0);
    const large = await run(500, 1000);
    expect(small.first.value).toMatchObject({ created: 50, updated: 0, unchanged: 0, errors: [], written: true });
    expect(large.first.value).toMatchObject({ created: 500, updated: 0, unchanged: 0, errors: [], written: true });
    expect(large.again.value).toMatchObject({ created: 0, updated: 0, unchanged: 500, errors: [] });
    expect(small.people).toBe(50);
    expect(large.people).toBe(500);

    // One batch either way: ten times the rows, the same statements (a statement per row would add 450).
    expect(large.first.statements).toBeLessThanOrEqual(small.first.statements + 2);
    expect(large.again.statements).toBeLessThanOrEqual(small.again.statements + 2);
    // A 500-row batch: reference data, lookups and one INSERT per table — a few dozen at most.
    expect(large.first.statements).toBeLessThan(40);
  });

  it('sends a few statements per batch of 1,000 rows, not per row', async () => {
    const crypto = new FieldCrypto(Buffer.from(TEST_ENCRYPTION_KEY, 'base64'));
    const org = await makeOrganization(t.dataSource);
    const ctx = { organizationId: org.id, userId: null, role: Role.ADMIN };
    const one = await counting(t.dataSource, () =>
      importPeople(t.dataSource, ctx, crypto, file('batch-1.csv', 100, 5000), 'people.csv', { batchSize: 100 }),
    );
    const org2 = await makeOrganization(t.dataSource);
    const ten = await counting(t.dataSource, () =>
      importPeople(t.dataSource, { ...ctx, organizationId: org2.id }, crypto, file('batch-10.csv', 1000, 6000), 'people.csv', {
        batchSize: 100,
      }),
    );
    expect(one.value.created).toBe(100);
    expect(ten.value.created).toBe(1000);
    // Ten batches instead of one: at most ~12 statements per extra batch (lookups, inserts, ANALYZE), never per row.
    const perBatch = (ten.statements - one.statements) / 9;
    expect(perBatch).toBeLessThanOrEqual(12);
  });
});
