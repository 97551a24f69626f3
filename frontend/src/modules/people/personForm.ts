import { ErrorReason } from '@rafiq/shared';
import type { Area, ConsentChannel, ConsentGiver, ConsentInput, CreatePersonInput, EducationLevel, Gender, PersonDetails_PersonFragment, UpdatePersonInput } from '../../gql/graphql';
import { isPreferredLocale, type PreferredLocale } from './personEnums';

/** What the person form edits; '' means "not recorded". */
export interface PersonFormValues {
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  gender: Gender | '';
  birthDate: string;
  phone: string;
  /** Typed only to record or replace it: the stored one is never sent to the browser in clear. */
  nationalId: string;
  regionCode: string;
  provinceCode: string;
  commune: string;
  locality: string;
  area: Area | '';
  educationLevel: EducationLevel | '';
  neet: 'yes' | 'no' | '';
  preferredLocale: PreferredLocale | '';
  /** The date of the consent on record ('' when none): then the consent fields below are not shown. */
  consentRecorded: string;
  /** 'yes' once she gave her consent in this form. */
  consentGiven: 'yes' | '';
  consentOn: string;
  consentChannel: ConsentChannel | '';
  consentGivenBy: ConsentGiver | '';
}

export type PersonField = keyof PersonFormValues;

/** What may be recorded without her consent (permissions.md): name, gender and region. */
export const WITHOUT_CONSENT: readonly PersonField[] = ['firstName', 'lastName', 'firstNameAr', 'lastNameAr', 'gender', 'regionCode'];
export const CONSENT_FIELDS: readonly PersonField[] = ['consentGiven', 'consentOn', 'consentChannel', 'consentGivenBy'];
export const hasConsent = (values: PersonFormValues) => Boolean(values.consentRecorded) || values.consentGiven === 'yes';

export const PERSON_FIELDS: readonly PersonField[] = [
  'firstName',
  'lastName',
  'firstNameAr',
  'lastNameAr',
  'gender',
  'birthDate',
  'phone',
  'nationalId',
  'regionCode',
  'provinceCode',
  'commune',
  'locality',
  'area',
  'educationLevel',
  'neet',
  'preferredLocale',
  'consentGiven',
  'consentOn',
  'consentChannel',
  'consentGivenBy',
];

export const EMPTY_PERSON: PersonFormValues = {
  firstName: '',
  lastName: '',
  firstNameAr: '',
  lastNameAr: '',
  gender: '',
  birthDate: '',
  phone: '',
  nationalId: '',
  regionCode: '',
  provinceCode: '',
  commune: '',
  locality: '',
  area: '',
  educationLevel: '',
  neet: '',
  preferredLocale: '',
  consentRecorded: '',
  consentGiven: '',
  consentOn: '',
  consentChannel: '',
  consentGivenBy: '',
};

export function valuesFromPerson(p: PersonDetails_PersonFragment): PersonFormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    firstNameAr: p.firstNameAr ?? '',
    lastNameAr: p.lastNameAr ?? '',
    gender: p.gender,
    birthDate: p.birthDate ?? '',
    phone: p.phone ?? '',
    nationalId: '',
    regionCode: p.regionCode,
    provinceCode: p.provinceCode ?? '',
    commune: p.commune ?? '',
    locality: p.locality ?? '',
    area: p.area ?? '',
    educationLevel: p.educationLevel ?? '',
    neet: p.neet === null || p.neet === undefined ? '' : p.neet ? 'yes' : 'no',
    preferredLocale: isPreferredLocale(p.preferredLocale) ? p.preferredLocale : '',
    consentRecorded: p.consentAt ? String(p.consentAt).slice(0, 10) : '',
    consentGiven: '',
    consentOn: '',
    consentChannel: '',
    consentGivenBy: '',
  };
}

/** Client-side checks (the server checks again): the reason of each problem, by field. */
export type ClientProblem = 'REQUIRED' | 'TOO_LONG' | 'INVALID_VALUE';

const NAME_MAX = 200;
const TEXT_MAX = 200;
const REQUIRED_FIELDS: readonly PersonField[] = ['firstName', 'lastName', 'gender', 'regionCode'];
const LONG_FIELDS: readonly PersonField[] = ['firstName', 'lastName', 'firstNameAr', 'lastNameAr', 'commune', 'locality'];

export function checkPerson(values: PersonFormValues, today = new Date().toISOString().slice(0, 10)): Partial<Record<PersonField, ClientProblem>> {
  const problems: Partial<Record<PersonField, ClientProblem>> = {};
  for (const field of LONG_FIELDS) if (values[field].trim().length > (field.includes('Name') ? NAME_MAX : TEXT_MAX)) problems[field] = 'TOO_LONG';
  for (const field of REQUIRED_FIELDS) if (!values[field].trim()) problems[field] = 'REQUIRED';
  if (values.birthDate && (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate) || values.birthDate > today || values.birthDate < '1900-01-01')) {
    problems.birthDate = 'INVALID_VALUE';
  }
  if (values.phone.trim().length > 40) problems.phone = 'TOO_LONG';
  if (values.consentGiven === 'yes' && !values.consentRecorded) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.consentOn) || values.consentOn > today) problems.consentOn = 'INVALID_VALUE';
    if (!values.consentChannel) problems.consentChannel = 'REQUIRED';
    if (!values.consentGivenBy) problems.consentGivenBy = 'REQUIRED';
  }
  return problems;
}

const optional = (value: string) => (value.trim() ? value.trim() : null);

/** The input of `createPerson` (blank optional fields left out). */
export function toCreateInput(values: PersonFormValues): CreatePersonInput {
  const input: CreatePersonInput = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    gender: values.gender as Gender,
    regionCode: values.regionCode,
  };
  const rest = toFieldValues(values);
  const consented = hasConsent(values);
  for (const [key, value] of Object.entries(rest) as Array<[keyof typeof rest, unknown]>) {
    if (!consented && !WITHOUT_CONSENT.includes(key)) continue;
    if (value !== null && !(key in input)) Object.assign(input, { [key]: value });
  }
  const consent = consentInput(values);
  if (consent) input.consent = consent;
  return input;
}

/** The consent given in this form, if any. */
function consentInput(values: PersonFormValues): ConsentInput | null {
  if (values.consentRecorded || values.consentGiven !== 'yes') return null;
  return { givenOn: values.consentOn, channel: values.consentChannel as ConsentChannel, givenBy: values.consentGivenBy as ConsentGiver };
}

/** Every field as the API spells it ('' → null). */
function toFieldValues(values: PersonFormValues) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    firstNameAr: optional(values.firstNameAr),
    lastNameAr: optional(values.lastNameAr),
    gender: values.gender || null,
    birthDate: optional(values.birthDate),
    phone: optional(values.phone),
    nationalId: optional(values.nationalId),
    regionCode: values.regionCode || null,
    provinceCode: optional(values.provinceCode),
    commune: optional(values.commune),
    locality: optional(values.locality),
    area: values.area || null,
    educationLevel: values.educationLevel || null,
    neet: values.neet === '' ? null : values.neet === 'yes',
    preferredLocale: values.preferredLocale || null,
  };
}

/**
 * The input of `updatePerson`: only the fields that changed since the form was filled, with the
 * version that was read. Null when nothing changed. A blank national ID means "keep it".
 */
export function toUpdateInput(id: string, version: number, initial: PersonFormValues, values: PersonFormValues): UpdatePersonInput | null {
  const before = toFieldValues(initial);
  const after = toFieldValues(values);
  const changes: Partial<UpdatePersonInput> = {};
  const consented = hasConsent(values);
  for (const key of Object.keys(after) as Array<keyof typeof after>) {
    if (key === 'nationalId' && after.nationalId === null) continue;
    if (!consented && !WITHOUT_CONSENT.includes(key)) continue;
    if (after[key] !== before[key]) Object.assign(changes, { [key]: after[key] });
  }
  const consent = consentInput(values);
  if (consent) changes.consent = consent;
  if (Object.keys(changes).length === 0) return null;
  return { id, version, ...changes };
}

/**
 * What to ask `likelyDuplicates` while a new person is typed in, or null when nothing can match
 * yet. The API takes a whole CreatePersonInput, of which only the names, birth date, phone and
 * national ID take part in matching: the other required fields get neutral values (a blank name is
 * sent as "-", which the server's name normalisation reduces to nothing).
 */
export function duplicateProbe(values: PersonFormValues): CreatePersonInput | null {
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  const names = firstName.length > 0 && lastName.length > 0;
  const phone = values.phone.replace(/\D/g, '').length >= 8 ? values.phone.trim() : null;
  const nationalId = /^[A-Za-z]{1,2}[\s-]?\d{3,8}$/.test(values.nationalId.trim()) ? values.nationalId.trim() : null;
  const birthDate = /^\d{4}-\d{2}-\d{2}$/.test(values.birthDate) ? values.birthDate : null;
  if (!names && !phone && !nationalId) return null;
  return {
    firstName: names ? firstName : '-',
    lastName: names ? lastName : '-',
    gender: values.gender || 'F',
    regionCode: values.regionCode || 'MA-01',
    ...(birthDate && names ? { birthDate } : {}),
    ...(phone ? { phone } : {}),
    ...(nationalId ? { nationalId } : {}),
  };
}

/** Field-specific wording for some server reasons; others use the generic sentence of the reason. */
export type FieldMessageKey =
  | 'people.form.errors.phoneInvalid'
  | 'people.form.errors.nationalIdInvalid'
  | 'people.form.errors.nationalIdDuplicate'
  | 'people.form.errors.birthDateInvalid'
  | 'people.form.errors.regionRequired'
  | 'people.form.errors.genderRequired';

/** The i18n key of a problem with a field of the person form. */
export type PersonErrorKey = FieldMessageKey | `errors.reasons.${ErrorReason}`;

export function fieldMessageKey(field: PersonField, reason: ErrorReason | ClientProblem): PersonErrorKey {
  if (field === 'phone' && reason === ErrorReason.INVALID_VALUE) return 'people.form.errors.phoneInvalid';
  if (field === 'nationalId' && reason === ErrorReason.INVALID_VALUE) return 'people.form.errors.nationalIdInvalid';
  if (field === 'nationalId' && reason === ErrorReason.DUPLICATE) return 'people.form.errors.nationalIdDuplicate';
  if (field === 'birthDate' && reason === ErrorReason.INVALID_VALUE) return 'people.form.errors.birthDateInvalid';
  if (field === 'regionCode' && reason === ErrorReason.REQUIRED) return 'people.form.errors.regionRequired';
  if (field === 'gender' && reason === ErrorReason.REQUIRED) return 'people.form.errors.genderRequired';
  return `errors.reasons.${reason as ErrorReason}`;
}
