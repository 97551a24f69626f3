import { registerEnumType } from '@nestjs/graphql';

export enum LegalForm {
  COOPERATIVE = 'COOPERATIVE',
  ASSOCIATION = 'ASSOCIATION',
  GIE = 'GIE',
  AUTO_ENTREPRENEUR = 'AUTO_ENTREPRENEUR',
  COMPANY = 'COMPANY',
}
export enum MemberRole {
  PRESIDENT = 'PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  TREASURER = 'TREASURER',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}
registerEnumType(LegalForm, { name: 'LegalForm' });
registerEnumType(MemberRole, { name: 'MemberRole' });
