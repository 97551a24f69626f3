import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { apiProblems } from './graphqlErrors';

export interface InputProblem<F extends string> {
  field: F;
  reason: ErrorReason;
}

/**
 * The BAD_USER_INPUT problems of a failed mutation that name one of `fields` (the server may name
 * them `input.x` or `x`), so that each is shown next to its field.
 */
export function inputProblems<F extends string>(error: unknown, fields: readonly F[]): InputProblem<F>[] {
  const known = new Set<string>(fields);
  return apiProblems(error).flatMap((problem) => {
    if (problem.code !== ErrorCode.BAD_USER_INPUT || !problem.field) return [];
    const field = problem.field.replace(/^input\./, '');
    return known.has(field) ? [{ field: field as F, reason: problem.reason ?? ErrorReason.INVALID_VALUE }] : [];
  });
}

export function isConflict(error: unknown): boolean {
  return apiProblems(error).some((problem) => problem.code === ErrorCode.CONFLICT);
}

export function isNotFound(error: unknown): boolean {
  return apiProblems(error).some((problem) => problem.code === ErrorCode.NOT_FOUND);
}

/** Which translated sentence describes a failure that is not about one field. */
export function failureKey(error: unknown): 'errors.notAllowed' | 'errors.notFound' | 'errors.generic' {
  const problems = apiProblems(error);
  if (problems.some((p) => p.code === ErrorCode.FORBIDDEN)) return 'errors.notAllowed';
  if (problems.some((p) => p.code === ErrorCode.NOT_FOUND)) return 'errors.notFound';
  return 'errors.generic';
}
