/** Values of `extensions.code` on GraphQL errors (contract.md). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Machine-readable reasons carried in `extensions.reason`, so that each client can show the
 * message in the user's language. The server's `message` is English.
 */
export enum ErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  THROTTLED = 'THROTTLED',
  REQUIRED = 'REQUIRED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_VALUE = 'INVALID_VALUE',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  NOT_FOUND = 'NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  DUPLICATE = 'DUPLICATE',
  ALREADY_APPEALED = 'ALREADY_APPEALED',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  /** A new password that is too common, repeats one character or contains the e-mail address. */
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  /** Without a recorded consent only name, region and programme may be stored. */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  /** An idempotency key sent again with another request than the one it was first used for. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The password was right; this account also needs a code from its authenticator app (or a recovery code). */
  TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED',
  /** A one-time code that is wrong, expired or already used. */
  INVALID_CODE = 'INVALID_CODE',
  /** Staff must turn two-factor sign-in on before doing anything else. */
  TWO_FACTOR_SETUP_REQUIRED = 'TWO_FACTOR_SETUP_REQUIRED',
  /** The organisation's last active admin cannot lose the ADMIN role nor be disabled. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** An admin cannot change her own role nor disable her own account. */
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  /** The person record is linked to another account already. */
  ALREADY_LINKED = 'ALREADY_LINKED',
}
