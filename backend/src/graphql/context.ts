import type { Request, Response } from 'express';
import { Actor, RequestAuth } from '../common/actor';
import { unauthenticated } from '../common/errors';
import { ErrorReason } from '@rafiq/shared';
import type { Loaders } from './loaders';

export interface GqlContext {
  req: Request & { auth?: RequestAuth };
  res: Response;
  auth: RequestAuth;
  loaders: Loaders;
}

/** The signed-in caller, or UNAUTHENTICATED (saying whether the session expired). */
export function requireActor(ctx: Pick<GqlContext, 'auth'>): Actor {
  if (!ctx.auth.actor) throw unauthenticated(ctx.auth.expired ? ErrorReason.SESSION_EXPIRED : ErrorReason.SIGN_IN_REQUIRED);
  return ctx.auth.actor;
}
