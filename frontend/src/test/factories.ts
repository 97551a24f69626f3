import type { MockLink } from '@apollo/client/testing';
import { MeDocument } from '../modules/auth/useMe';
import type { PersonDetails_PersonFragment, PersonListItem_PersonFragment, RegionsQuery } from '../gql/graphql';
import { ProgramOptionsDocument } from '../modules/programs/useProgramOptions';
import { RegionsDocument } from '../modules/reference/useRegions';
import { makeUser, type TestUser } from './renderApp';

/** `me` answers this user (a programme lead unless told otherwise). */
export function meMock(user: Partial<TestUser> = {}): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: { data: { __typename: 'Query', me: makeUser({ id: 'u-lead', role: 'PROGRAM_LEAD', displayName: 'Youssef Benali', ...user }) } },
  };
}

export const REGIONS: RegionsQuery['regions'] = [
  {
    __typename: 'Region',
    code: 'MA-07',
    nameFr: 'Marrakech-Safi',
    nameAr: 'مراكش - آسفي',
    provinces: [{ __typename: 'Province', code: 'MA-07-HAO', nameFr: 'Al Haouz', nameAr: 'الحوز' }],
  },
  {
    __typename: 'Region',
    code: 'MA-09',
    nameFr: 'Souss-Massa',
    nameAr: 'سوس - ماسة',
    provinces: [
      { __typename: 'Province', code: 'MA-09-TAR', nameFr: 'Taroudannt', nameAr: 'تارودانت' },
      { __typename: 'Province', code: 'MA-09-TIZ', nameFr: 'Tiznit', nameAr: 'تيزنيت' },
    ],
  },
];

export const regionsMock: MockLink.MockedResponse = {
  request: { query: RegionsDocument },
  result: { data: { __typename: 'Query', regions: REGIONS } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function makePerson(overrides: Partial<PersonDetails_PersonFragment> = {}): PersonDetails_PersonFragment {
  return {
    __typename: 'Person',
    id: 'p-1',
    firstName: 'Fatima Zahra',
    lastName: 'El Amrani',
    firstNameAr: 'فاطمة الزهراء',
    lastNameAr: 'العمراني',
    gender: 'F',
    birthDate: '1989-02-07',
    phone: '+212610000000',
    nationalIdMasked: 'RQ****00',
    regionCode: 'MA-09',
    region: { __typename: 'Region', code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس - ماسة' },
    provinceCode: 'MA-09-TAR',
    commune: 'Igli',
    locality: 'Douar Tifawin',
    area: 'RURAL',
    educationLevel: 'PRIMARY',
    neet: true,
    preferredLocale: 'ar',
    consentAt: '2025-01-15T10:00:00.000Z',
    consentVersion: '2025-01',
    consentChannel: 'paper form',
    consentGivenBy: 'SELF',
    consentWithdrawnOn: null,
    consentWithdrawnChannel: null,
    erasedAt: null,
    version: 3,
    archivedAt: null,
    createdAt: '2025-01-15T10:00:00.000Z',
    enrolments: [],
    ...overrides,
  };
}

/** A person as lists give her (phone and birth date as the server masks them for leads). */
export function makeListItem(overrides: Partial<PersonListItem_PersonFragment> = {}): PersonListItem_PersonFragment {
  return {
    __typename: 'Person',
    id: 'p-1',
    firstName: 'Fatima Zahra',
    lastName: 'El Amrani',
    firstNameAr: 'فاطمة الزهراء',
    lastNameAr: 'العمراني',
    gender: 'F',
    area: 'RURAL',
    neet: true,
    listedPhone: '+21261••••00',
    birthYear: '1989',
    archivedAt: null,
    region: { __typename: 'Region', code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس - ماسة' },
    enrolments: [
      { __typename: 'Enrolment', id: 'e-1', status: 'ACTIVE', program: { __typename: 'Program', id: 'pr-1', name: 'Femmes rurales entrepreneures' } },
    ],
    ...overrides,
  };
}

export function peoplePage(nodes: PersonListItem_PersonFragment[], { totalCount = nodes.length, hasNextPage = false, endCursor = 'cursor-1' } = {}) {
  return {
    __typename: 'Query' as const,
    people: {
      __typename: 'PersonConnection' as const,
      totalCount,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'PersonEdge' as const, cursor: `c-${node.id}`, node })),
    },
  };
}

export const programOptionsMock: MockLink.MockedResponse = {
  request: { query: ProgramOptionsDocument },
  result: {
    data: {
      __typename: 'Query',
      programs: {
        __typename: 'ProgramConnection',
        edges: [
          {
            __typename: 'ProgramEdge',
            node: {
              __typename: 'Program',
              id: 'pr-1',
              name: 'Femmes rurales entrepreneures',
              leads: [{ __typename: 'User', id: 'u-lead' }],
              cohorts: [{ __typename: 'Cohort', id: 'co-1', name: 'Cohorte 2025' }],
            },
          },
          {
            __typename: 'ProgramEdge',
            node: { __typename: 'Program', id: 'pr-2', name: 'Accompagnement des coopératives', leads: [], cohorts: [] },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
