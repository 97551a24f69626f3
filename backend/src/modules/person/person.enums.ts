import { registerEnumType } from '@nestjs/graphql';

export enum Gender {
  F = 'F',
  M = 'M',
}
export enum Area {
  RURAL = 'RURAL',
  URBAN = 'URBAN',
}
export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  MIDDLE_SCHOOL = 'MIDDLE_SCHOOL',
  HIGH_SCHOOL = 'HIGH_SCHOOL',
  HIGHER = 'HIGHER',
  VOCATIONAL = 'VOCATIONAL',
}
export enum PersonSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(Gender, { name: 'Gender' });
registerEnumType(Area, { name: 'Area', description: 'Rural or urban residence' });
registerEnumType(EducationLevel, { name: 'EducationLevel' });
registerEnumType(PersonSort, { name: 'PersonSort' });

/** How a consent was given, and by whom (permissions.md: consent). */
export enum ConsentChannel {
  PAPER = 'PAPER',
  ORAL = 'ORAL',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
}
export enum ConsentGiver {
  SELF = 'SELF',
  GUARDIAN = 'GUARDIAN',
  REPRESENTATIVE = 'REPRESENTATIVE',
}
registerEnumType(ConsentChannel, { name: 'ConsentChannel' });
registerEnumType(ConsentGiver, { name: 'ConsentGiver' });
