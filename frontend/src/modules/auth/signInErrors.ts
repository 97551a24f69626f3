import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { apiProblems } from '../errors';

export type SignInAlert = 'invalidCredentials' | 'throttled' | 'generic';
export type SignInFieldError = 'emailRequired' | 'emailInvalid' | 'passwordRequired' | 'tooLong';

export type SignInProblem =
  | { kind: 'alert'; alert: SignInAlert }
  | { kind: 'field'; field: 'email' | 'password'; error: SignInFieldError }
  /** The password was right and the account has two-factor sign-in: ask for the code. */
  | { kind: 'codeRequired' }
  | { kind: 'codeInvalid' };

/** Turns a failed `login` into what the form shows, from the error's code and reason only. */
export function classifySignInError(error: unknown): SignInProblem {
  const problems = apiProblems(error);
  if (problems.some((p) => p.code === ErrorCode.TOO_MANY_REQUESTS || p.reason === ErrorReason.THROTTLED)) {
    return { kind: 'alert', alert: 'throttled' };
  }
  if (problems.some((p) => p.reason === ErrorReason.TWO_FACTOR_REQUIRED)) return { kind: 'codeRequired' };
  if (problems.some((p) => p.reason === ErrorReason.INVALID_CODE)) return { kind: 'codeInvalid' };
  if (problems.some((p) => p.reason === ErrorReason.INVALID_CREDENTIALS || p.code === ErrorCode.UNAUTHENTICATED)) {
    return { kind: 'alert', alert: 'invalidCredentials' };
  }
  const input = problems.find((p) => p.code === ErrorCode.BAD_USER_INPUT && (p.field === 'email' || p.field === 'password'));
  if (input) {
    const field = input.field === 'password' ? 'password' : 'email';
    if (input.reason === ErrorReason.TOO_LONG) return { kind: 'field', field, error: 'tooLong' };
    if (field === 'password') return { kind: 'field', field, error: 'passwordRequired' };
    return { kind: 'field', field, error: input.reason === ErrorReason.REQUIRED ? 'emailRequired' : 'emailInvalid' };
  }
  return { kind: 'alert', alert: 'generic' };
}

// A pragmatic check (one "@", something on each side, a dot in the domain): the server decides.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface SignInValues {
  email: string;
  password: string;
}

/** Client-side checks before anything is sent. */
export function validateSignIn({ email, password }: SignInValues): Partial<Record<keyof SignInValues, SignInFieldError>> {
  const errors: Partial<Record<keyof SignInValues, SignInFieldError>> = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'emailRequired';
  else if (!EMAIL_PATTERN.test(trimmed)) errors.email = 'emailInvalid';
  else if (trimmed.length > 254) errors.email = 'tooLong';
  if (!password) errors.password = 'passwordRequired';
  else if (password.length > 1024) errors.password = 'tooLong';
  return errors;
}
