import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsUUID, MaxLength } from 'class-validator';

@ObjectType({ description: 'Two-factor sign-in of the signed-in user.' })
export class TwoFactorStatus {
  @Field({ description: 'On: signing in asks for a code from the authenticator app (or a recovery code).' })
  enabled: boolean;

  @Field({ description: 'Required of her role on this deployment: it cannot be turned off, and nothing else opens until it is on.' })
  required: boolean;

  @Field(() => Int, { description: 'Unused recovery codes (each works once).' })
  recoveryCodesLeft: number;
}

@ObjectType({ description: 'What the authenticator app needs: scan the QR code, or type the secret.' })
export class TwoFactorSetup {
  @Field({ description: 'The shared secret (base32), to type into the app by hand.' })
  secret: string;

  @Field({ description: 'otpauth:// URI, as in the QR code.' })
  otpauthUri: string;

  @Field({ description: 'The QR code as an SVG document.' })
  qrSvg: string;
}

@ArgsType()
export class TwoFactorCodeArgs {
  @Field({ description: 'A 6-digit code from the authenticator app (or, where allowed, a recovery code).' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(20, { message: 'TOO_LONG' })
  code: string;
}

@ArgsType()
export class ResetTwoFactorArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'INVALID_VALUE' })
  userId: string;
}
