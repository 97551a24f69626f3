import type { LegalForm, MemberRole } from '../../gql/graphql';

export const LEGAL_FORMS: readonly LegalForm[] = ['COOPERATIVE', 'ASSOCIATION', 'GIE', 'AUTO_ENTREPRENEUR', 'COMPANY'];
export const MEMBER_ROLES: readonly MemberRole[] = ['PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'MEMBER'];
