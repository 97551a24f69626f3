import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GqlContext, requireActor } from '../../graphql/context';

/** The signed-in caller (the guard has already refused anonymous callers where a role is needed). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requireActor(GqlExecutionContext.create(context).getContext<GqlContext>()),
);
