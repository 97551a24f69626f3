import { applyDecorators } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { IsInt, Max, Min, ValidateBy } from 'class-validator';
import { ValueTransformer } from 'typeorm';

/** The largest amount a numeric(14,2) column holds. */
export const MAX_MONEY = 999_999_999_999.99;

/** numeric(14,2) ↔ number: PostgreSQL returns numerics as strings; the API shows them as Float. */
export const moneyTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** An amount in MAD: a number ≥ 0 with at most 2 decimals. */
export const IsMoney = () =>
  applyDecorators(
    Max(MAX_MONEY, { message: ErrorReason.INVALID_VALUE }),
    Min(0, { message: ErrorReason.INVALID_VALUE }),
    ValidateBy({ name: 'isMoney', validator: { validate: isMoney } }, { message: ErrorReason.INVALID_VALUE }),
  );

/**
 * A finite number with at most 2 decimals. (class-validator's IsNumber with maxDecimalPlaces
 * throws on numbers written with an exponent, such as 6e-323, instead of refusing them.)
 */
export function isMoney(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value;
}

/** The largest count (jobs, members) an input may give. */
export const MAX_COUNT = 100_000;

/** A count: a whole number from 0 to MAX_COUNT. */
export const IsCount = () =>
  applyDecorators(
    Max(MAX_COUNT, { message: ErrorReason.INVALID_VALUE }),
    Min(0, { message: ErrorReason.INVALID_VALUE }),
    IsInt({ message: ErrorReason.INVALID_VALUE }),
  );
