import { ArgsType, Field } from '@nestjs/graphql';
import { Locale } from '@rafiq/shared';
import { IsEnum } from 'class-validator';

@ArgsType()
export class SetLocaleArgs {
  @Field(() => Locale)
  @IsEnum(Locale, { message: 'INVALID_VALUE' })
  locale: Locale;
}
