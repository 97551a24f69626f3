import { graphql } from '../../gql';

export const AuditEntryFragment = graphql(`
  fragment AuditEntry_entry on AuditEntry {
    seq
    occurredAt
    actorRole
    ip
    action
    entity
    entityId
    subjectType
    subjectId
    actor {
      id
      displayName
    }
    changes {
      field
      before
      after
    }
  }
`);

export const RecordHistoryDocument = graphql(`
  query RecordHistory($subjectType: AuditSubject!, $id: ID!, $first: Int, $after: String) {
    recordHistory(subjectType: $subjectType, id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntry_entry
        }
      }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntry_entry
        }
      }
    }
  }
`);

export const AuditVerificationDocument = graphql(`
  query AuditVerification {
    auditVerification {
      ok
      seals
      rowsSealed
      brokenSealId
    }
  }
`);
