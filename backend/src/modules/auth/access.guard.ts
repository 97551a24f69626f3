import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden } from '../../common/errors';
import { GqlContext, requireActor } from '../../graphql/context';
import { ACCESS_RULE, AccessRule } from './allow.decorator';

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
    return true;
  }
}
