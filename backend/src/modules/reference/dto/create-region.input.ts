import { Field, InputType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Trim, TrimUpper } from '../../../common/input';
import { COUNTRY_CODE, REGION_CODE } from '../codes';

@InputType()
export class CreateRegionInput {
  @Field({ description: 'ISO 3166-2 code, `<country>-<1–3 letters or digits>`, e.g. `SN-DK`.' })
  @TrimUpper()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @Matches(REGION_CODE, { message: ErrorReason.INVALID_VALUE })
  code: string;

  @Field({ description: 'ISO 3166-1 alpha-2, not `MA` (Morocco’s regions are fixed).' })
  @TrimUpper()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @Matches(COUNTRY_CODE, { message: ErrorReason.INVALID_VALUE })
  countryCode: string;

  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameFr: string;

  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameAr: string;
}
