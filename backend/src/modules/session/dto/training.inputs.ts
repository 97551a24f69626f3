import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class AddParticipantsInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId: string;

  @Field(() => [ID], { description: 'People to add; beyond the capacity they join the waiting list, in this order' })
  @IsArray()
  @ArrayMinSize(1, { message: ErrorReason.REQUIRED })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  personIds: string[];
}

@InputType()
export class RemoveParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;
}

@InputType()
export class SetCapacityInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Int, { nullable: true, description: 'Places available; null for no limit' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(1000, { message: ErrorReason.INVALID_VALUE })
  capacity?: number | null;
}
