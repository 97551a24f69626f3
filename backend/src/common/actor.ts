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
}

/** What the HTTP layer knows about a request before any resolver runs. */
export interface RequestAuth {
  actor: Actor | null;
  /** A session cookie was sent but is unknown, ended or expired. */
  expired: boolean;
  ip: string | null;
  userAgent: string | null;
}
