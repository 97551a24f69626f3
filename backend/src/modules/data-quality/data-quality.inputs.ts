import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsInt, IsUUID } from 'class-validator';

@InputType()
export class MergePeopleInput {
  @Field(() => ID, { description: 'The person who stays' })
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  keepId: string;

  @Field(() => ID, { description: 'The person merged into the kept one, then archived' })
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  mergeId: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  keepVersion: number;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  mergeVersion: number;
}

@InputType()
export class PersonPairInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  otherPersonId: string;
}
