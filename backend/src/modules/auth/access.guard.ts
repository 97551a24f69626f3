import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { GraphQLResolveInfo } from 'graphql';
import { AppError, forbidden } from '../../common/errors';
import { GqlContext, requireActor } from '../../graphql/context';
import { ACCESS_RULE, AccessRule } from './allow.decorator';

/**
 * What a user whose role requires two-factor sign-in may do before she has turned it on: read
 * and sign out of her own account, choose her language and password, and set it up.
 */
export const OPEN_BEFORE_TWO_FACTOR = new Set([
  'me',
  'logout',
  'setMyLocale',
  'changePassword',
  'signOutEverywhere',
  'beginTwoFactorSetup',
  'confirmTwoFactorSetup',
]);

/**
 * The one authorisation gate. Registered globally and for field resolvers too; it reads the
 * rule declared with @Allow / @AllowSignedIn / @Public and refuses everything else.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw forbidden();
    if (rule.kind === 'public') return true;
    if (context.getType<string>() !== 'graphql') throw forbidden();
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    const actor = requireActor(ctx);
    if (!rule.roles.includes(actor.role)) throw forbidden();
    if (actor.twoFactorPending) {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
      if (root && !OPEN_BEFORE_TWO_FACTOR.has(info.fieldName))
        throw new AppError(ErrorCode.FORBIDDEN, 'Turn two-factor sign-in on first', { reason: ErrorReason.TWO_FACTOR_SETUP_REQUIRED });
    }
    return true;
  }
}
