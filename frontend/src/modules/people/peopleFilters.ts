import type { Area, Gender, PersonFilter } from '../../gql/graphql';
import { AREAS, GENDERS } from './personEnums';

/** The list's search and filters, as kept in the address (`/people?q=…&programId=…`). */
export interface PeopleFilterValues {
  search: string;
  regionCode: string;
  gender: Gender | '';
  area: Area | '';
  neet: 'yes' | 'no' | '';
  programId: string;
  cohortId: string;
}

export const EMPTY_FILTERS: PeopleFilterValues = { search: '', regionCode: '', gender: '', area: '', neet: '', programId: '', cohortId: '' };

const PARAM: Record<keyof PeopleFilterValues, string> = {
  search: 'q',
  regionCode: 'region',
  gender: 'gender',
  area: 'area',
  neet: 'neet',
  programId: 'programId',
  cohortId: 'cohortId',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

export function filtersFromParams(params: URLSearchParams): PeopleFilterValues {
  const get = (key: keyof PeopleFilterValues) => params.get(PARAM[key])?.trim() ?? '';
  return {
    search: params.get(PARAM.search) ?? '',
    regionCode: get('regionCode'),
    gender: oneOf(GENDERS, get('gender')),
    area: oneOf(AREAS, get('area')),
    neet: oneOf(['yes', 'no'] as const, get('neet')),
    programId: get('programId'),
    cohortId: get('programId') ? get('cohortId') : '',
  };
}

/** `params` with `changes` applied (empty values removed); other parameters (`lang`…) are kept. */
export function withFilters(params: URLSearchParams, changes: Partial<PeopleFilterValues>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes) as Array<[keyof PeopleFilterValues, string]>) {
    if (value) next.set(PARAM[key], value);
    else next.delete(PARAM[key]);
  }
  // A cohort belongs to a programme: changing the programme forgets the cohort.
  if ('programId' in changes && !('cohortId' in changes)) next.delete(PARAM.cohortId);
  return next;
}

/** The API filter (only what is set). */
export function toPersonFilter(values: PeopleFilterValues): PersonFilter {
  const filter: PersonFilter = {};
  const search = values.search.trim();
  if (search) filter.search = search;
  if (values.regionCode) filter.regionCode = values.regionCode;
  if (values.gender) filter.gender = values.gender;
  if (values.area) filter.area = values.area;
  if (values.neet) filter.neet = values.neet === 'yes';
  if (values.programId) filter.programId = values.programId;
  if (values.cohortId) filter.cohortId = values.cohortId;
  return filter;
}

export function countActiveFilters(values: PeopleFilterValues): number {
  return (Object.keys(EMPTY_FILTERS) as Array<keyof PeopleFilterValues>).filter((key) => key !== 'search' && values[key] !== '').length;
}
