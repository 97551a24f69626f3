import type { NextFunction, Request, Response } from 'express';
import { RequestAuth } from '../../common/actor';
import { requestContext } from '../../common/request-context';
import { readSessionToken } from './session-cookie';
import { SessionStore } from './session-store';

/** Works out who is calling, once per request, before GraphQL runs. */
export function sessionMiddleware(sessions: SessionStore) {
  return (req: Request & { auth?: RequestAuth }, _res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    const base = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
    const store = requestContext.getStore();
    if (store) store.audit = { userId: null, organizationId: null, role: 'ANONYMOUS', ip: base.ip };
    if (!token || token.length > 200) {
      req.auth = { actor: null, expired: Boolean(token), ...base };
      next();
      return;
    }
    sessions.resolve(token).then(
      (resolved) => {
        // Files and exports (every route but GraphQL) stay shut until the two-factor sign-in her role requires is on.
        const actor = resolved?.twoFactorPending && req.path !== '/graphql' ? null : resolved;
        req.auth = { actor, expired: !resolved, ...base };
        if (store && actor) store.audit = { userId: actor.userId, organizationId: actor.organizationId, role: actor.role, ip: base.ip };
        next();
      },
      (err: unknown) => next(err),
    );
  };
}
