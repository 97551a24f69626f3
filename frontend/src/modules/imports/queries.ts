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
