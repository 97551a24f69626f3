import type { NextFunction, Request, Response } from 'express';
import { RequestAuth } from '../../common/actor';
import { readSessionToken } from './session-cookie';
import { SessionStore } from './session-store';

/** Works out who is calling, once per request, before GraphQL runs. */
export function sessionMiddleware(sessions: SessionStore) {
  return (req: Request & { auth?: RequestAuth }, _res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    const base = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
    if (!token || token.length > 200) {
      req.auth = { actor: null, expired: Boolean(token), ...base };
      next();
      return;
    }
    sessions.resolve(token).then(
      (actor) => {
        req.auth = { actor, expired: !actor, ...base };
        next();
      },
      (err: unknown) => next(err),
    );
  };
}
