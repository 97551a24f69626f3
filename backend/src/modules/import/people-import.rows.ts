import {
  IMPORT_COLUMN_HEADERS,
  IMPORT_REGIONS,
  ImportColumn,
  ImportProblem,
  ImportRowError,
  normalizeName,
  parseImportArea,
  parseImportBoolean,
  parseImportDate,
  parseImportEducation,
  parseImportGender,
  parseImportRole,
  placeIndex,
  Role,
} from '@rafiq/shared';
import { DataSource, QueryRunner } from 'typeorm';
import { FieldCrypto, normalizeNationalId } from '../../common/crypto';
import { normalizePhone } from '../person/phone';
import type { ImportContext } from './people-import.engine';

export const MAX_ERRORS = 10_000;
const MAX_TEXT = 200;

export interface ParsedRow {
  row: number;
  lastName: string;
  firstName: string;
  nameKey: string;
  gender: 'F' | 'M';
  birthDate: string | null;
  nationalId: string | null;
  nationalIdHash: string | null;
  phone: string | null;
  regionCode: string;
  provinceCode: string | null;
  commune: string | null;
  area: string;
  education: string | null;
  neet: boolean;
  cooperative: string | null;
  cooperativeRole: string | null;
  program: string;
  cohort: string | null;
  enrolledOn: string | null;
}

export interface PersonRec {
  id: string;
  first_name: string;
  last_name: string;
  search_name: string;
  birth_date: string | null;
  phone: string | null;
  national_id_hash: string | null;
  gender: string;
  region_code: string;
  province_code: string | null;
  commune: string | null;
  area: string | null;
  education_level: string | null;
  neet: boolean | null;
}

export interface ProgramRef {
  id: string | null;
  name: string;
  allowed: boolean;
  cohorts: Map<string, string>;
}

/** Reference data and the organisation's programmes and cooperatives, loaded once per import. */
export interface Refs {
  region: (value: string) => string | undefined;
  province: Map<string, (value: string) => string | undefined>;
  programs: Map<string, ProgramRef>;
  cooperatives: Map<string, string>;
}

export async function loadRefs(q: QueryRunner | DataSource, ctx: ImportContext): Promise<Refs> {
  const regions = (await q.query(`SELECT code, name_fr, name_ar FROM region`)) as { code: string; name_fr: string; name_ar: string }[];
  const extra = new Map(IMPORT_REGIONS.map((r) => [r.code, r.names]));
  const region = placeIndex(regions.map((r) => ({ code: r.code, names: [r.name_fr, r.name_ar, ...(extra.get(r.code) ?? [])] })));
  const provinces = (await q.query(`SELECT code, region_code, name_fr, name_ar FROM province`)) as {
    code: string;
    region_code: string;
    name_fr: string;
    name_ar: string;
  }[];
  const byRegion = new Map<string, { code: string; names: string[] }[]>();
  for (const p of provinces) {
    const list = byRegion.get(p.region_code) ?? [];
    list.push({ code: p.code, names: [p.name_fr, p.name_ar, p.code.slice(p.region_code.length + 1)] });
    byRegion.set(p.region_code, list);
  }
  const province = new Map([...byRegion].map(([code, list]) => [code, placeIndex(list)]));
  const programRows = (await q.query(
    `SELECT p.id, p.name, EXISTS (SELECT 1 FROM program_lead l WHERE l.program_id = p.id AND l.user_id = $2) AS leads
       FROM program p WHERE p.organization_id = $1 ORDER BY p.archived_at NULLS FIRST, p.created_at`,
    [ctx.organizationId, ctx.userId],
  )) as { id: string; name: string; leads: boolean }[];
  const programs = new Map<string, ProgramRef>();
  for (const p of programRows) {
    const key = normalizeName(p.name);
    if (!programs.has(key)) programs.set(key, { id: p.id, name: p.name, allowed: ctx.role === Role.ADMIN || p.leads, cohorts: new Map() });
  }
  const cohortRows = (await q.query(
    `SELECT id, program_id, name FROM cohort WHERE organization_id = $1 ORDER BY archived_at NULLS FIRST, created_at`,
    [ctx.organizationId],
  )) as {
    id: string;
    program_id: string;
    name: string;
  }[];
  const programById = new Map([...programs.values()].map((p) => [p.id, p]));
  for (const c of cohortRows) {
    const cohorts = programById.get(c.program_id)?.cohorts;
    const key = normalizeName(c.name);
    if (cohorts && !cohorts.has(key)) cohorts.set(key, c.id);
  }
  const coopRows = (await q.query(
    `SELECT id, name FROM cooperative WHERE organization_id = $1 ORDER BY archived_at NULLS FIRST, created_at`,
    [ctx.organizationId],
  )) as { id: string; name: string }[];
  const cooperatives = new Map<string, string>();
  for (const c of coopRows) if (!cooperatives.has(normalizeName(c.name))) cooperatives.set(normalizeName(c.name), c.id);
  return { region, province, programs, cooperatives };
}

/** Validates one data row; returns the parsed row or its problems. */
export function parseRow(
  rowNumber: number,
  cells: string[],
  mapping: (ImportColumn | null)[],
  headers: string[],
  refs: Refs,
  ctx: ImportContext,
  crypto: FieldCrypto,
): { row?: ParsedRow; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const value: Partial<Record<ImportColumn, string>> = {};
  const header: Partial<Record<ImportColumn, string>> = {};
  mapping.forEach((column, i) => {
    if (!column) return;
    value[column] = (cells[i] ?? '').trim();
    header[column] = headers[i];
  });
  const fail = (column: ImportColumn, reason: ImportProblem) =>
    errors.push({ row: rowNumber, column: header[column] ?? IMPORT_COLUMN_HEADERS[column][0], reason });
  const text = (column: ImportColumn, required = false): string | null => {
    const v = value[column] ?? '';
    if (!v) {
      if (required) fail(column, ImportProblem.REQUIRED);
      return null;
    }
    if (v.length > MAX_TEXT) {
      fail(column, ImportProblem.TOO_LONG);
      return null;
    }
    return v;
  };
  const parsed = <T>(column: ImportColumn, parser: (v: string) => T | undefined, problem: ImportProblem, required: boolean): T | null => {
    const v = text(column, required);
    if (v === null) return null;
    const out = parser(v);
    if (out === undefined) {
      fail(column, problem);
      return null;
    }
    return out;
  };
  const today = new Date().toISOString().slice(0, 10);
  const pastDate = (column: ImportColumn): string | null => {
    const d = parsed(column, parseImportDate, ImportProblem.INVALID_DATE, false);
    if (d && d > today) {
      fail(column, ImportProblem.FUTURE_DATE);
      return null;
    }
    return d;
  };

  const lastName = text('lastName', true);
  const firstName = text('firstName', true);
  const gender = parsed('gender', parseImportGender, ImportProblem.INVALID_GENDER, true);
  const birthDate = pastDate('birthDate');
  const rawId = text('nationalId');
  const nationalId = rawId ? normalizeNationalId(rawId) : null;
  const phone = parsed('phone', normalizePhone, ImportProblem.INVALID_PHONE, false);
  const regionCode = parsed('region', refs.region, ImportProblem.UNKNOWN_REGION, true);
  const provinceText = text('province');
  let provinceCode: string | null = null;
  if (provinceText && regionCode) {
    provinceCode = refs.province.get(regionCode)?.(provinceText) ?? null;
    if (!provinceCode) fail('province', ImportProblem.UNKNOWN_PROVINCE);
  }
  const commune = text('commune');
  const area = parsed('area', parseImportArea, ImportProblem.INVALID_AREA, true);
  const education = parsed('education', parseImportEducation, ImportProblem.INVALID_EDUCATION, false);
  const neet = parsed('neet', parseImportBoolean, ImportProblem.INVALID_BOOLEAN, true);
  const cooperative = text('cooperative');
  const cooperativeRole = parsed('cooperativeRole', parseImportRole, ImportProblem.INVALID_ROLE, false);
  const program = text('program', true);
  if (program) {
    const ref = refs.programs.get(normalizeName(program));
    if (ref ? !ref.allowed : ctx.role !== Role.ADMIN) fail('program', ImportProblem.PROGRAM_NOT_ALLOWED);
  }
  const cohort = text('cohort');
  const enrolledOn = pastDate('enrolledAt');
  if (errors.length || !lastName || !firstName || !gender || !regionCode || !area || neet === null || !program) return { errors };
  return {
    errors,
    row: {
      row: rowNumber,
      lastName,
      firstName,
      nameKey: normalizeName(`${firstName} ${lastName}`),
      gender,
      birthDate,
      nationalId,
      nationalIdHash: nationalId ? crypto.lookupHash(nationalId) : null,
      phone,
      regionCode,
      provinceCode,
      commune,
      area,
      education,
      neet,
      cooperative,
      cooperativeRole,
      program,
      cohort,
      enrolledOn,
    },
  };
}
