import { MOROCCO_REGIONS } from './regions';

/**
 * The people import format (docs/import.md): columns, header matching, value parsing and the
 * problems a row can have. Pure functions, used by the backend engine and by the web app's
 * mapping screen, so both agree on what a header means.
 */

export const IMPORT_COLUMNS = [
  'lastName',
  'firstName',
  'gender',
  'birthDate',
  'nationalId',
  'phone',
  'region',
  'province',
  'commune',
  'area',
  'education',
  'neet',
  'cooperative',
  'cooperativeRole',
  'program',
  'cohort',
  'enrolledAt',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['lastName', 'firstName', 'gender', 'region', 'area', 'neet', 'program'];

/** The French header (as in the format page) and every accepted alias, per column. */
export const IMPORT_COLUMN_HEADERS: Record<ImportColumn, readonly string[]> = {
  lastName: ['Nom', 'last_name', 'nom de famille'],
  firstName: ['Prénom', 'first_name'],
  gender: ['Sexe', 'gender', 'genre'],
  birthDate: ['Date de naissance', 'birth_date', 'naissance'],
  nationalId: ['CIN', 'national_id', 'cnie'],
  phone: ['Téléphone', 'phone', 'tel', 'gsm'],
  region: ['Région', 'region'],
  province: ['Province', 'prefecture'],
  commune: ['Commune'],
  area: ['Milieu', 'area', 'milieu de residence'],
  education: ["Niveau d'étude", 'education'],
  neet: ['NEET'],
  cooperative: ['Coopérative', 'cooperative'],
  cooperativeRole: ['Rôle coopérative', 'cooperative_role'],
  program: ['Programme', 'program'],
  cohort: ['Cohorte', 'cohort'],
  enrolledAt: ["Date d'inscription", 'enrolled_at', 'date inscription'],
};

/** Problems a file or a row can have; the web app and the CLI translate them (ar, fr, en). */
export enum ImportProblem {
  REQUIRED = 'REQUIRED',
  MISSING_COLUMN = 'MISSING_COLUMN',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  INVALID_GENDER = 'INVALID_GENDER',
  INVALID_DATE = 'INVALID_DATE',
  FUTURE_DATE = 'FUTURE_DATE',
  INVALID_PHONE = 'INVALID_PHONE',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  UNKNOWN_PROVINCE = 'UNKNOWN_PROVINCE',
  INVALID_AREA = 'INVALID_AREA',
  INVALID_EDUCATION = 'INVALID_EDUCATION',
  INVALID_BOOLEAN = 'INVALID_BOOLEAN',
  INVALID_ROLE = 'INVALID_ROLE',
  DUPLICATE_NATIONAL_ID = 'DUPLICATE_NATIONAL_ID',
  PROGRAM_NOT_ALLOWED = 'PROGRAM_NOT_ALLOWED',
  TOO_LONG = 'TOO_LONG',
  EMPTY_FILE = 'EMPTY_FILE',
  UNREADABLE_FILE = 'UNREADABLE_FILE',
}

export const IMPORT_PROBLEM_MESSAGES: Record<'ar' | 'fr' | 'en', Record<ImportProblem, string>> = {
  en: {
    REQUIRED: 'This value is required',
    MISSING_COLUMN: 'A required column is missing',
    UNKNOWN_COLUMN: 'Unknown column, ignored',
    INVALID_GENDER: 'Gender must be F or M (femme, homme, female, male, أنثى, ذكر)',
    INVALID_DATE: 'Not a real date (YYYY-MM-DD or DD/MM/YYYY)',
    FUTURE_DATE: 'The date must be in the past',
    INVALID_PHONE: 'Not a valid phone number',
    UNKNOWN_REGION: 'Unknown region',
    UNKNOWN_PROVINCE: 'This province is not in the region',
    INVALID_AREA: 'Must be rural or urban',
    INVALID_EDUCATION: 'Unknown education level',
    INVALID_BOOLEAN: 'Must be yes or no',
    INVALID_ROLE: 'Unknown cooperative role',
    DUPLICATE_NATIONAL_ID: 'This national ID is already on an earlier row',
    PROGRAM_NOT_ALLOWED: 'You may not import into this programme',
    TOO_LONG: 'The value is too long',
    EMPTY_FILE: 'The file has no rows',
    UNREADABLE_FILE: 'The file cannot be read (CSV or XLSX expected)',
  },
  fr: {
    REQUIRED: 'Cette valeur est obligatoire',
    MISSING_COLUMN: 'Une colonne obligatoire manque',
    UNKNOWN_COLUMN: 'Colonne inconnue, ignorée',
    INVALID_GENDER: 'Le sexe doit être F ou M (femme, homme, female, male, أنثى, ذكر)',
    INVALID_DATE: "Ce n'est pas une date réelle (AAAA-MM-JJ ou JJ/MM/AAAA)",
    FUTURE_DATE: 'La date doit être dans le passé',
    INVALID_PHONE: "Ce n'est pas un numéro de téléphone valide",
    UNKNOWN_REGION: 'Région inconnue',
    UNKNOWN_PROVINCE: "Cette province n'est pas dans la région",
    INVALID_AREA: 'Doit être rural ou urbain',
    INVALID_EDUCATION: "Niveau d'étude inconnu",
    INVALID_BOOLEAN: 'Doit être oui ou non',
    INVALID_ROLE: 'Rôle coopérative inconnu',
    DUPLICATE_NATIONAL_ID: 'Cette CIN figure déjà sur une ligne précédente',
    PROGRAM_NOT_ALLOWED: "Vous n'avez pas le droit d'importer dans ce programme",
    TOO_LONG: 'La valeur est trop longue',
    EMPTY_FILE: 'Le fichier ne contient aucune ligne',
    UNREADABLE_FILE: 'Le fichier est illisible (CSV ou XLSX attendu)',
  },
  ar: {
    REQUIRED: 'هذه القيمة إلزامية',
    MISSING_COLUMN: 'عمود إلزامي غير موجود',
    UNKNOWN_COLUMN: 'عمود غير معروف، تم تجاهله',
    INVALID_GENDER: 'يجب أن يكون الجنس F أو M (أنثى، ذكر، femme، homme)',
    INVALID_DATE: 'ليس تاريخًا صحيحًا (YYYY-MM-DD أو DD/MM/YYYY)',
    FUTURE_DATE: 'يجب أن يكون التاريخ في الماضي',
    INVALID_PHONE: 'رقم الهاتف غير صالح',
    UNKNOWN_REGION: 'جهة غير معروفة',
    UNKNOWN_PROVINCE: 'هذا الإقليم ليس ضمن الجهة',
    INVALID_AREA: 'يجب أن يكون قرويًا أو حضريًا',
    INVALID_EDUCATION: 'مستوى دراسي غير معروف',
    INVALID_BOOLEAN: 'يجب أن تكون القيمة نعم أو لا',
    INVALID_ROLE: 'دور غير معروف في التعاونية',
    DUPLICATE_NATIONAL_ID: 'رقم البطاقة الوطنية هذا موجود في سطر سابق',
    PROGRAM_NOT_ALLOWED: 'لا يحق لك الاستيراد إلى هذا البرنامج',
    TOO_LONG: 'القيمة طويلة جدًا',
    EMPTY_FILE: 'الملف لا يحتوي على أي سطر',
    UNREADABLE_FILE: 'تعذرت قراءة الملف (يُنتظر CSV أو XLSX)',
  },
};

export function importProblemMessage(problem: ImportProblem, locale: string | null | undefined): string {
  const lang = locale === 'ar' || locale === 'fr' || locale === 'en' ? locale : 'fr';
  return IMPORT_PROBLEM_MESSAGES[lang][problem];
}

/** A problem at a row (the header is row 1) and a column (the file's own header text). */
export interface ImportRowError {
  row: number;
  column: string;
  reason: ImportProblem;
}

/**
 * Header or value key: case, accents, spaces, underscores, hyphens and apostrophes do not matter.
 */
export function importKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .toLowerCase()
    .replace(/[\s_\-'’`.]+/gu, '');
}

const HEADER_INDEX: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.flatMap((column) => IMPORT_COLUMN_HEADERS[column].map((h) => [importKey(h), column] as const)),
);

/** The column a header means, or undefined for a column the format does not know. */
export function matchImportHeader(header: string): ImportColumn | undefined {
  return HEADER_INDEX.get(importKey(header));
}

export interface HeaderMapping {
  /** For each file column (by index), the format column it feeds, or null when ignored. */
  columns: (ImportColumn | null)[];
  /** Indexes of file columns the format does not know. */
  unknown: number[];
  /** Required format columns no file column feeds. */
  missing: ImportColumn[];
}

/**
 * Maps a file's headers to format columns. `overrides` (header text → column or null) lets the user
 * fix what the matcher got wrong; a column fed twice keeps its first file column.
 */
export function mapImportHeaders(headers: readonly string[], overrides: Record<string, ImportColumn | null> = {}): HeaderMapping {
  const used = new Set<ImportColumn>();
  const columns: (ImportColumn | null)[] = [];
  const unknown: number[] = [];
  headers.forEach((header, i) => {
    const override = Object.prototype.hasOwnProperty.call(overrides, header) ? overrides[header] : undefined;
    const column = override !== undefined ? override : matchImportHeader(header);
    if (column && !used.has(column) && (IMPORT_COLUMNS as readonly string[]).includes(column)) {
      used.add(column);
      columns.push(column);
    } else {
      columns.push(null);
      if (override === undefined && header.trim() !== '') unknown.push(i);
    }
  });
  return { columns, unknown, missing: REQUIRED_IMPORT_COLUMNS.filter((c) => !used.has(c)) };
}

const GENDERS: Record<string, 'F' | 'M'> = {
  f: 'F',
  femme: 'F',
  female: 'F',
  woman: 'F',
  انثى: 'F',
  انثي: 'F',
  m: 'M',
  homme: 'M',
  male: 'M',
  man: 'M',
  ذكر: 'M',
};
export function parseImportGender(value: string): 'F' | 'M' | undefined {
  return GENDERS[importKey(value).replace(/[أإآ]/g, 'ا')];
}

const AREAS: Record<string, 'RURAL' | 'URBAN'> = { rural: 'RURAL', urbain: 'URBAN', urban: 'URBAN', قروي: 'RURAL', حضري: 'URBAN' };
export function parseImportArea(value: string): 'RURAL' | 'URBAN' | undefined {
  return AREAS[importKey(value)];
}

const EDUCATION: Record<string, string> = {
  aucun: 'NONE',
  none: 'NONE',
  primaire: 'PRIMARY',
  primary: 'PRIMARY',
  college: 'MIDDLE_SCHOOL',
  middleschool: 'MIDDLE_SCHOOL',
  lycee: 'HIGH_SCHOOL',
  highschool: 'HIGH_SCHOOL',
  superieur: 'HIGHER',
  higher: 'HIGHER',
  formationprofessionnelle: 'VOCATIONAL',
  vocational: 'VOCATIONAL',
};
export function parseImportEducation(value: string): string | undefined {
  return EDUCATION[importKey(value)];
}

const BOOLEANS: Record<string, boolean> = {
  oui: true,
  yes: true,
  true: true,
  '1': true,
  نعم: true,
  non: false,
  no: false,
  false: false,
  '0': false,
  لا: false,
};
export function parseImportBoolean(value: string): boolean | undefined {
  return BOOLEANS[importKey(value)];
}

const ROLES: Record<string, string> = {
  president: 'PRESIDENT',
  presidente: 'PRESIDENT',
  vicepresident: 'VICE_PRESIDENT',
  vicepresidente: 'VICE_PRESIDENT',
  tresorier: 'TREASURER',
  tresoriere: 'TREASURER',
  treasurer: 'TREASURER',
  secretaire: 'SECRETARY',
  secretary: 'SECRETARY',
  membre: 'MEMBER',
  member: 'MEMBER',
};
export function parseImportRole(value: string): string | undefined {
  return ROLES[importKey(value)];
}

/**
 * YYYY-MM-DD or DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY) to YYYY-MM-DD, when it is a real date
 * (no 31 February); undefined otherwise.
 */
export function parseImportDate(value: string): string | undefined {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!match) return undefined;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (y < 1900 || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** English names of Morocco's regions, for files written in English. */
const REGION_NAMES_EN: Record<string, readonly string[]> = {
  'MA-01': ['Tanger-Tetouan-Al Hoceima', 'Tangier-Tetouan-Al Hoceima'],
  'MA-02': ['Oriental', 'The Oriental', 'Eastern'],
  'MA-03': ['Fes-Meknes', 'Fez-Meknes'],
  'MA-04': ['Rabat-Sale-Kenitra'],
  'MA-05': ['Beni Mellal-Khenifra'],
  'MA-06': ['Casablanca-Settat'],
  'MA-07': ['Marrakesh-Safi', 'Marrakech-Safi'],
  'MA-08': ['Draa-Tafilalet'],
  'MA-09': ['Souss-Massa'],
  'MA-10': ['Guelmim-Oued Noun'],
  'MA-11': ['Laayoune-Sakia El Hamra'],
  'MA-12': ['Dakhla-Oued Ed-Dahab'],
};

/**
 * Key for place names: importKey, Arabic letter variants folded, a leading "Région"/"Region"/"جهة"
 * and French articles (L', La, Le) dropped, doubled letters collapsed (Taroudant = Taroudannt).
 */
export function placeKey(value: string): string {
  const k = importKey(value.trim().replace(/^(r[ée]gion|جهة|province|prefecture|préfecture|إقليم|عمالة)\s+(de\s+|du\s+|d'|of\s+)?/iu, ''))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/^(l|la|le|the)(?=[a-z]{4,})/, '')
    .replace(/(\p{L})\1+/gu, '$1');
  return k;
}

export interface PlaceRef {
  code: string;
  names: readonly string[];
}

/** An index of places by code and by every name's key. */
export function placeIndex(places: readonly PlaceRef[]): (value: string) => string | undefined {
  const map = new Map<string, string>();
  for (const p of places) {
    map.set(p.code.toUpperCase(), p.code);
    for (const n of p.names) if (n) map.set(placeKey(n), p.code);
  }
  return (value: string) => map.get(value.trim().toUpperCase()) ?? map.get(placeKey(value));
}

/** Morocco's regions as import places (ISO code, French, Arabic and English names). */
export const IMPORT_REGIONS: readonly PlaceRef[] = MOROCCO_REGIONS.map((r) => ({
  code: r.code,
  names: [r.nameFr, r.nameAr, ...(REGION_NAMES_EN[r.code] ?? [])],
}));
