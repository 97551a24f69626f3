import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Fewer people than this in a combination of quasi-identifiers is never released. */
export const MIN_CELL = 5;

export const RESEARCH_HEADERS = [
  'pid',
  'age_band',
  'gender',
  'region',
  'province',
  'area',
  'education_level',
  'neet',
  'program',
  'enrolled_year',
  'status',
  'sessions_attended',
] as const;
export type ResearchRow = Record<(typeof RESEARCH_HEADERS)[number], string | number>;

/** The columns that, combined, could single someone out. */
const QUASI: ReadonlyArray<(typeof RESEARCH_HEADERS)[number]> = ['age_band', 'gender', 'region', 'province', 'area', 'education_level', 'neet', 'program'];
/** Generalised first, in this order, before a row is dropped. */
const GENERALISE: ReadonlyArray<(typeof RESEARCH_HEADERS)[number]> = ['province', 'education_level'];
export const SUPPRESSED = '*';

export function ageBand(age: number | null): string {
  if (age === null || Number.isNaN(age)) return '';
  if (age < 18) return '<18';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

export interface ResearchDataset {
  rows: ResearchRow[];
  /** Rows whose province/education were generalised, and rows left out, to meet MIN_CELL. */
  generalised: number;
  suppressed: number;
}

/**
 * Small-cell suppression: every combination of quasi-identifiers in the output describes at least
 * MIN_CELL distinct people. Rows in too small a combination first lose their province and
 * education level (replaced by "*"); those still in too small a combination are left out.
 */
export function suppressSmallCells(input: ResearchRow[]): ResearchDataset {
  const key = (r: ResearchRow) => QUASI.map((q) => String(r[q])).join('\u0001');
  const small = (rows: ResearchRow[]) => {
    const people = new Map<string, Set<string | number>>();
    for (const r of rows) {
      const k = key(r);
      if (!people.has(k)) people.set(k, new Set());
      people.get(k)!.add(r.pid);
    }
    return (r: ResearchRow) => people.get(key(r))!.size < MIN_CELL;
  };
  const isSmall = small(input);
  let generalised = 0;
  const rows = input.map((r) => {
    if (!isSmall(r)) return r;
    generalised++;
    const g = { ...r };
    for (const column of GENERALISE) g[column] = SUPPRESSED;
    return g;
  });
  const stillSmall = small(rows);
  const kept = rows.filter((r) => !stillSmall(r));
  return { rows: kept, generalised, suppressed: rows.length - kept.length };
}

/**
 * The research dataset of an organisation: one row per enrolment, people known only by an id that
 * is stable for one export key (HMAC of the key and her id under a server secret) and random
 * across keys; age band at enrolment instead of the birth date; province, not commune; no names,
 * IDs, phones or free text.
 */
export async function researchDataset(ds: DataSource, secret: Buffer, organizationId: string, exportKey: string): Promise<ResearchDataset> {
  const raw = await ds.query<
    Array<{
      person_id: string;
      age: number | null;
      gender: string;
      region_code: string;
      province_code: string | null;
      area: string | null;
      education_level: string | null;
      neet: boolean | null;
      program: string;
      enrolled_year: number;
      status: string;
      attended: number;
    }>
  >(
    `SELECT e.person_id, date_part('year', age(e.enrolled_on, p.birth_date))::int AS age, p.gender, p.region_code, p.province_code, p.area,
            p.education_level, p.neet, pr.name AS program, date_part('year', e.enrolled_on)::int AS enrolled_year, e.status,
            (SELECT count(*)::int FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
              WHERE sp.person_id = e.person_id AND sp.attendance = 'PRESENT' AND s.status = 'DONE') AS attended
       FROM enrolment e JOIN person p ON p.id = e.person_id JOIN program pr ON pr.id = e.program_id
      WHERE e.organization_id = $1 AND p.merged_into_id IS NULL
      ORDER BY e.id`,
    [organizationId],
  );
  const pid = (id: string) => createHmac('sha256', secret).update(`${organizationId}:${exportKey}:${id}`).digest('hex').slice(0, 16);
  const rows: ResearchRow[] = raw.map((r) => ({
    pid: pid(r.person_id),
    age_band: ageBand(r.age),
    gender: r.gender,
    region: r.region_code,
    province: r.province_code ?? '',
    area: r.area ?? '',
    education_level: r.education_level ?? '',
    neet: r.neet === null ? '' : r.neet ? 'yes' : 'no',
    program: r.program,
    enrolled_year: r.enrolled_year,
    status: r.status,
    sessions_attended: r.attended,
  }));
  // Sorted by the pseudonymous id, so that row order says nothing about when people were entered.
  rows.sort((a, b) => String(a.pid).localeCompare(String(b.pid)));
  return suppressSmallCells(rows);
}
