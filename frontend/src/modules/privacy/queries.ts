import { graphql } from '../../gql';

export const ConsentNoticeDocument = graphql(`
  query ConsentNotice {
    consentNotice {
      id
      version
      textAr
      textFr
      textEn
    }
  }
`);

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($id: ID!, $confirmation: String!) {
    erasePerson(id: $id, confirmation: $confirmation) {
      personId
      pseudonym
    }
  }
`);

export const PrivacySettingsDocument = graphql(`
  query PrivacySettings {
    consentNotices {
      id
      version
      textAr
      textFr
      textEn
      createdAt
    }
    complianceRecord {
      version
      hostingLocation
      updatedAt
      peopleWithNationalId
      nationalIdAuthorised
      processors {
        name
        purpose
        country
      }
      declarations {
        processing
        kind
        number
        grantedOn
      }
      retention {
        category
        years
      }
    }
    retentionRuns(first: 10) {
      id
      asOf
      ranAt
      pseudonymised
      rules {
        category
        years
        pseudonymised
      }
    }
  }
`);

export const PublishConsentNoticeDocument = graphql(`
  mutation PublishConsentNotice($input: ConsentNoticeInput!) {
    publishConsentNotice(input: $input) {
      id
      version
    }
  }
`);

export const UpdateComplianceRecordDocument = graphql(`
  mutation UpdateComplianceRecord($input: ComplianceRecordInput!) {
    updateComplianceRecord(input: $input) {
      version
      hostingLocation
      updatedAt
      nationalIdAuthorised
    }
  }
`);

export const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      id
      version
      birthDate
      nationalIdMasked
      phone
      provinceCode
      commune
      locality
      area
      educationLevel
      neet
      preferredLocale
      consentAt
      consentVersion
      consentChannel
      consentGivenBy
      consentWithdrawnOn
      consentWithdrawnChannel
    }
  }
`);
