/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonListItem_PersonFragmentDoc,
    "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n": typeof types.CoachesDocument,
    "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n": typeof types.EnrolPersonDocument,
    "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": typeof types.UpdateEnrolmentDocument,
    "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": typeof types.LikelyDuplicatesDocument,
    "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n": typeof types.EnrolmentItem_EnrolmentFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": typeof types.PersonDetails_PersonFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchivePersonDocument,
    "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n": typeof types.RevealNationalIdDocument,
    "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": typeof types.ProgramListItem_ProgramFragmentDoc,
    "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": typeof types.ProgramDetails_ProgramFragmentDoc,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": typeof types.RegionsDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.PersonListItem_PersonFragmentDoc,
    "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n": types.CoachesDocument,
    "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n": types.EnrolPersonDocument,
    "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": types.UpdateEnrolmentDocument,
    "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": types.LikelyDuplicatesDocument,
    "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n": types.EnrolmentItem_EnrolmentFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": types.PersonDetails_PersonFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchivePersonDocument,
    "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n": types.RevealNationalIdDocument,
    "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProgramOptionsDocument,
    "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": types.ProgramListItem_ProgramFragmentDoc,
    "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": types.ProgramDetails_ProgramFragmentDoc,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": types.RegionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n"): (typeof documents)["\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;