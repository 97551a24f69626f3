import { ErrorReason } from '@rafiq/shared';
import { applyDecorators } from '@nestjs/common';
import { IsISO8601, isISO8601, Matches } from 'class-validator';

/** Today's date as YYYY-MM-DD (UTC, as the rest of the backend). */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** A calendar date written YYYY-MM-DD (a real day: 2026-02-30 is refused). */
export const IsDay = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE }),
  );

/** The same check for a plain argument (not an input class). */
export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true });
