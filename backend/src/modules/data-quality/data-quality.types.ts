import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { Person } from '../person/person.entity';

export enum DuplicateReason {
  SAME_NATIONAL_ID = 'SAME_NATIONAL_ID',
  SAME_PHONE = 'SAME_PHONE',
  SIMILAR_NAME_SAME_BIRTH_DATE = 'SIMILAR_NAME_SAME_BIRTH_DATE',
}
registerEnumType(DuplicateReason, { name: 'DuplicateReason', description: 'Why two people look like the same person' });

@ObjectType({ description: 'Two people who are likely the same person' })
export class PersonDuplicatePair {
  @Field(() => Person)
  person: Person;

  @Field(() => Person)
  other: Person;

  @Field(() => DuplicateReason, { description: 'The strongest reason found' })
  reason: DuplicateReason;

  @Field(() => Float, { description: 'Name similarity (0–1) for SIMILAR_NAME_SAME_BIRTH_DATE, 1 otherwise' })
  similarity: number;
}

@ObjectType()
export class PersonDuplicateConnection extends Connection(PersonDuplicatePair, 'PersonDuplicate') {}
