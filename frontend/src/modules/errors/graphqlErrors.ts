import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode, ErrorReason } from '@rafiq/shared';

/** What the server says about an error, in machine-readable form (never its English message). */
export interface ApiProblem {
  code: ErrorCode | null;
  reason: ErrorReason | null;
  field: string | null;
}

const CODES = new Set<string>(Object.values(ErrorCode));
const REASONS = new Set<string>(Object.values(ErrorReason));

function asCode(value: unknown): ErrorCode | null {
  return typeof value === 'string' && CODES.has(value) ? (value as ErrorCode) : null;
}

function asReason(value: unknown): ErrorReason | null {
  return typeof value === 'string' && REASONS.has(value) ? (value as ErrorReason) : null;
}

/**
 * The `extensions` of every GraphQL error carried by an Apollo error. Network and server failures
 * (no GraphQL errors) give an empty list.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((item) => {
    const extensions = item.extensions ?? {};
    return {
      code: asCode(extensions['code']),
      reason: asReason(extensions['reason']),
      field: typeof extensions['field'] === 'string' ? extensions['field'] : null,
    };
  });
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiProblems(error).some((problem) => problem.code === code);
}
