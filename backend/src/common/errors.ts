import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { GraphQLError } from 'graphql';

/**
 * The one error type services throw. Its code becomes `extensions.code`; `reason` and `field`
 * let every client show a message in the user's own language.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { reason?: ErrorReason; field?: string; [k: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (reason: ErrorReason = ErrorReason.SIGN_IN_REQUIRED) =>
  new AppError(ErrorCode.UNAUTHENTICATED, reason === ErrorReason.SESSION_EXPIRED ? 'Your session has expired; sign in again' : 'Sign in first', { reason });

export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this', { reason: ErrorReason.NOT_ALLOWED });

export const notFound = (what = 'record') => new AppError(ErrorCode.NOT_FOUND, `No such ${what}`, { reason: ErrorReason.NOT_FOUND });

export const badInput = (field: string, reason: ErrorReason, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason });

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, { reason: ErrorReason.STALE_VERSION, ...extra });

export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, 'Too many attempts; try again later', {
    reason: ErrorReason.THROTTLED,
    retryAfterSeconds,
  });
