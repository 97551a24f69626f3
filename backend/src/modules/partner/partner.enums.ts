import { registerEnumType } from '@nestjs/graphql';

export enum PartnerKind {
  FUNDER = 'FUNDER',
  IMPLEMENTING_PARTNER = 'IMPLEMENTING_PARTNER',
  INCUBATOR = 'INCUBATOR',
  TRAINING_CENTRE = 'TRAINING_CENTRE',
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  OTHER = 'OTHER',
}
registerEnumType(PartnerKind, { name: 'PartnerKind', description: 'What a partner does for the programmes.' });

export enum PartnerSort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
}
registerEnumType(PartnerSort, { name: 'PartnerSort', description: 'Order of a list of partners (ties broken by id).' });
