import type { CookieOptions, Request, Response } from 'express';

/**
 * Over HTTPS the cookie is `__Host-` prefixed and Secure (bound to this host, path /);
 * over plain HTTP (localhost, tests) it is the same cookie without those two.
 */
export const COOKIE_SECURE = '__Host-rafiq_session';
export const COOKIE_PLAIN = 'rafiq_session';

export function readSessionToken(req: Request): string | undefined {
  const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
  return (req.secure ? cookies[COOKIE_SECURE] : undefined) ?? cookies[COOKIE_PLAIN];
}

function options(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(req.secure ? COOKIE_SECURE : COOKIE_PLAIN, token, { ...options(req), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(req.secure ? COOKIE_SECURE : COOKIE_PLAIN, options(req));
}
