import { Field, InputType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsEnum, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Trim, TrimUpper } from '../../../common/input';
import { PROVINCE_CODE, REGION_CODE } from '../codes';
import { ProvinceKind } from '../province.entity';

@InputType()
export class CreateProvinceInput {
  @Field({ description: '`<region code>-<1–6 letters or digits>`, e.g. `SN-DK-PIK`.' })
  @TrimUpper()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @Matches(PROVINCE_CODE, { message: ErrorReason.INVALID_VALUE })
  code: string;

  @Field({ description: 'An existing region of a country other than Morocco.' })
  @TrimUpper()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @Matches(REGION_CODE, { message: ErrorReason.INVALID_VALUE })
  regionCode: string;

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

  @Field(() => ProvinceKind)
  @IsEnum(ProvinceKind, { message: ErrorReason.INVALID_VALUE })
  kind: ProvinceKind;
}
