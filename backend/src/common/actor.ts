import { Locale, Role } from '@rafiq/shared';

/**
 * The signed-in caller as every service sees it. Services scope every query by
 * `organizationId` and apply the role rules of permissions.md.
 */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  locale: Locale | null;
  sessionId: string;
  /**
   * Signed in, but two-factor sign-in is required of her role and not on yet: only her own
   * account, setting it up and signing out are open until she turns it on.
   */
  twoFactorPending?: boolean;
}

/** What the HTTP layer knows about a request before any resolver runs. */
export interface RequestAuth {
  actor: Actor | null;
  /** A session cookie was sent but is unknown, ended or expired. */
  expired: boolean;
  ip: string | null;
  userAgent: string | null;
}
