import { graphql } from '../../gql';

export const DiagnosticGridsDocument = graphql(`
  query DiagnosticGrids($subjectKind: DiagnosticSubjectKind, $includeArchived: Boolean) {
    diagnosticGrids(subjectKind: $subjectKind, includeArchived: $includeArchived) {
      id
      revision
      inUse
      version
      subjectKind
      archivedAt
      name {
        fr
        ar
        en
      }
      dimensions {
        key
        weight
        label {
          fr
          ar
          en
        }
        questions {
          key
          kind
          weight
          target
          text {
            fr
            ar
            en
          }
          levels {
            fr
            ar
            en
          }
          suggestion {
            fr
            ar
            en
          }
        }
      }
    }
  }
`);

export const CreateDiagnosticGridDocument = graphql(`
  mutation CreateDiagnosticGrid($input: DiagnosticGridInput!) {
    createDiagnosticGrid(input: $input) {
      id
      revision
      version
    }
  }
`);

export const UpdateDiagnosticGridDocument = graphql(`
  mutation UpdateDiagnosticGrid($input: UpdateDiagnosticGridInput!) {
    updateDiagnosticGrid(input: $input) {
      id
      revision
      version
    }
  }
`);

export const SubjectDiagnosticsDocument = graphql(`
  query SubjectDiagnostics($cooperativeId: ID!, $ventureId: ID!, $isCooperative: Boolean!) {
    cooperative(id: $cooperativeId) @include(if: $isCooperative) {
      id
      diagnostics {
        ...DiagnosticSummary
      }
      diagnosticProgress {
        ...Progress
      }
    }
    venture(id: $ventureId) @skip(if: $isCooperative) {
      id
      diagnostics {
        ...DiagnosticSummary
      }
      diagnosticProgress {
        ...Progress
      }
    }
  }
  fragment DiagnosticSummary on Diagnostic {
    id
    kind
    status
    conductedOn
    overallScore
    grid {
      id
      name {
        fr
        ar
        en
      }
    }
    scores {
      key
      score
      label {
        fr
        ar
        en
      }
    }
  }
  fragment Progress on DiagnosticProgress {
    overallGain
    baseline {
      id
      conductedOn
      overallScore
    }
    latest {
      id
      conductedOn
      overallScore
    }
    dimensions {
      key
      baseline
      latest
      gain
      label {
        fr
        ar
        en
      }
    }
  }
`);

export const StartDiagnosticDocument = graphql(`
  mutation StartDiagnostic($input: StartDiagnosticInput!) {
    startDiagnostic(input: $input) {
      id
    }
  }
`);

export const DiagnosticDocument = graphql(`
  query Diagnostic($id: ID!) {
    diagnostic(id: $id) {
      ...DiagnosticFull
    }
  }
  fragment DiagnosticFull on Diagnostic {
    id
    kind
    status
    readOnly
    conductedOn
    version
    correctsId
    overallScore
    cooperative {
      id
      name
      nameAr
      ventures {
        id
        title
      }
    }
    venture {
      id
      title
    }
    scores {
      key
      score
    }
    answers {
      id
      questionKey
      value
      comment
      evidence
    }
    evidenceFiles {
      id
      questionKey
      fileName
      contentType
      sizeBytes
    }
    grid {
      id
      name {
        fr
        ar
        en
      }
      dimensions {
        key
        label {
          fr
          ar
          en
        }
        questions {
          key
          kind
          target
          text {
            fr
            ar
            en
          }
          levels {
            fr
            ar
            en
          }
        }
      }
    }
  }
`);

export const DiagnosticProposalsDocument = graphql(`
  query DiagnosticProposals($id: ID!) {
    diagnostic(id: $id) {
      id
      actionProposals {
        dimensionKey
        questionKey
        score
        dimension {
          fr
          ar
          en
        }
        suggestion {
          fr
          ar
          en
        }
      }
    }
  }
`);

export const SaveDiagnosticAnswerDocument = graphql(`
  mutation SaveDiagnosticAnswer($input: SaveDiagnosticAnswerInput!) {
    saveDiagnosticAnswer(input: $input) {
      ...DiagnosticFull
    }
  }
`);

export const FinaliseDiagnosticDocument = graphql(`
  mutation FinaliseDiagnostic($id: ID!, $version: Int!) {
    finaliseDiagnostic(id: $id, version: $version) {
      ...DiagnosticFull
    }
  }
`);

export const CorrectDiagnosticDocument = graphql(`
  mutation CorrectDiagnostic($id: ID!) {
    correctDiagnostic(id: $id) {
      id
    }
  }
`);

export const AcceptDiagnosticActionsDocument = graphql(`
  mutation AcceptDiagnosticActions($input: AcceptDiagnosticActionsInput!) {
    acceptDiagnosticActions(input: $input) {
      id
      title
    }
  }
`);

export const DiagnosticCohortDocument = graphql(`
  query DiagnosticCohort($filter: ImpactFilter) {
    diagnosticCohort(filter: $filter) {
      subjects
      baselines
      meanOverallGain
      dimensions {
        key
        subjects
        meanBaseline
        meanLatest
        meanGain
        label {
          fr
          ar
          en
        }
      }
      distribution {
        from
        to
        subjects
      }
    }
  }
`);

export const ImpactDiagnosticsDocument = graphql(`
  query ImpactDiagnostics($filter: ImpactFilter) {
    impactDiagnostics(filter: $filter) {
      overallGain
      cooperative {
        id
        name
        nameAr
      }
      venture {
        id
        title
      }
      baseline {
        id
        conductedOn
        overallScore
      }
      latest {
        id
        conductedOn
        overallScore
      }
    }
  }
`);

export const ArchiveDiagnosticGridDocument = graphql(`
  mutation ArchiveDiagnosticGrid($id: ID!, $version: Int!, $archived: Boolean!) {
    archiveDiagnosticGrid(id: $id, version: $version, archived: $archived) {
      id
      version
      archivedAt
    }
  }
`);

export const DiagnosticGridRevisionsDocument = graphql(`
  query DiagnosticGridRevisions($id: ID!) {
    diagnosticGrid(id: $id) {
      id
      revisions {
        id
        revision
        isCurrent
        inUse
        createdAt
        subjectKind
        name {
          fr
          ar
          en
        }
        dimensions {
          key
          weight
          label {
            fr
            ar
            en
          }
          questions {
            key
            kind
            weight
            target
            text {
              fr
              ar
              en
            }
            levels {
              fr
              ar
              en
            }
            suggestion {
              fr
              ar
              en
            }
          }
        }
      }
    }
  }
`);

export const RemoveDiagnosticEvidenceDocument = graphql(`
  mutation RemoveDiagnosticEvidence($id: ID!) {
    removeDiagnosticEvidence(id: $id)
  }
`);
