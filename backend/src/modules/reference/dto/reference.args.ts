import { ArgsType, Field } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsOptional, Matches } from 'class-validator';
import { TrimUpper } from '../../../common/input';
import { COUNTRY_CODE, REGION_CODE } from '../codes';

@ArgsType()
export class RegionsArgs {
  @Field(() => String, {
    nullable: true,
    defaultValue: 'MA',
    description: "ISO 3166-1 alpha-2; Morocco's regions unless another country is asked for.",
  })
  @IsOptional()
  @TrimUpper()
  @Matches(COUNTRY_CODE, { message: ErrorReason.INVALID_VALUE })
  countryCode?: string | null;
}

@ArgsType()
export class ProvincesArgs {
  @Field(() => String, { nullable: true, description: 'Only this region’s provinces (e.g. `MA-09`).' })
  @IsOptional()
  @TrimUpper()
  @Matches(REGION_CODE, { message: ErrorReason.INVALID_VALUE })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this country’s provinces (ISO 3166-1 alpha-2, e.g. `MA`).' })
  @IsOptional()
  @TrimUpper()
  @Matches(COUNTRY_CODE, { message: ErrorReason.INVALID_VALUE })
  countryCode?: string | null;
}
