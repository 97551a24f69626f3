import { QueryFailedError } from 'typeorm';

/** The constraint a statement violated when it failed on a unique index (SQLSTATE 23505), else undefined. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return driverError?.code === '23505' ? (driverError.constraint ?? '') : undefined;
}
