import { graphql } from '../../gql';

export const PreviewPeopleImportDocument = graphql(`
  mutation PreviewPeopleImport($input: PeopleImportInput!) {
    previewPeopleImport(input: $input) {
      uploadId
      fileName
      mapping {
        header
        column
      }
      ignoredColumns
      rows
      totalRows
      created
      updated
      unchanged
      rejectedRows
      problems {
        row
        column
        reason
      }
    }
  }
`);

export const StartPeopleImportDocument = graphql(`
  mutation StartPeopleImport($input: PeopleImportInput!) {
    startPeopleImport(input: $input) {
      id
      status
    }
  }
`);

export const ImportRunDocument = graphql(`
  query ImportRun($id: ID!) {
    importRun(id: $id) {
      id
      fileName
      status
      progress
      totalRows
      createdCount
      updatedCount
      unchangedCount
      rejectedCount
      problems {
        row
        column
        reason
      }
    }
  }
`);

export const IMPORT_RUNS_PAGE_SIZE = 20;

export const ImportRunsDocument = graphql(`
  query ImportRuns($first: Int!, $after: String) {
    importRuns(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fileName
          status
          dryRun
          startedAt
          ranBy
          totalRows
          createdCount
          updatedCount
          unchangedCount
          rejectedCount
        }
      }
    }
  }
`);

export const DuplicatePersonFragment = graphql(`
  fragment DuplicatePerson on Person {
    id
    version
    firstName
    lastName
    firstNameAr
    lastNameAr
    gender
    birthDate
    phone
    nationalIdMasked
    regionCode
    commune
    createdAt
  }
`);

export const PersonDuplicatesDocument = graphql(`
  query PersonDuplicates($first: Int, $after: String) {
    personDuplicates(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          reason
          similarity
          person {
            ...DuplicatePerson
          }
          other {
            ...DuplicatePerson
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MergePeopleDocument = graphql(`
  mutation MergePeople($input: MergePeopleInput!) {
    mergePeople(input: $input) {
      id
      version
    }
  }
`);

export const DismissPersonDuplicateDocument = graphql(`
  mutation DismissPersonDuplicate($input: PersonPairInput!) {
    dismissPersonDuplicate(input: $input)
  }
`);
