import { applyDecorators } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';

/** Trims a string input (other values pass through for the validators to judge). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims a string input and upper-cases it (codes such as `SN-DK`). */
export const TrimUpper = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Trims an optional text input; an empty string becomes null (cleared). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/**
 * A field an update may leave out but not empty (a name, a title): absent is fine, an explicit null
 * is refused as REQUIRED naming the field (other validators judge any other value).
 */
export const NotNullIfGiven = () =>
  applyDecorators(
    ValidateIf((_: object, value: unknown) => value !== undefined),
    IsDefined({ message: ErrorReason.REQUIRED }),
  );
