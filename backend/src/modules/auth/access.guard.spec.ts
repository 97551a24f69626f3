import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@rafiq/shared';
import { AccessGuard } from './access.guard';
import { Allow, AllowSignedIn, Public } from './allow.decorator';

class Resolvers {
  noRule(): void {}
  @Public() open(): void {}
  @AllowSignedIn() signedIn(): void {}
  @Allow(Role.ADMIN) adminOnly(): void {}
}

function contextFor(handler: keyof Resolvers, role: Role | null): ExecutionContext {
  const actor = role ? { userId: 'u', organizationId: 'o', role, locale: 'fr', sessionId: 's' } : null;
  const gqlContext = { auth: { actor, expired: false, ip: null, userAgent: null } };
  return {
    getHandler: () => Resolvers.prototype[handler],
    getClass: () => Resolvers,
    getType: () => 'graphql',
    getArgs: () => [{}, {}, gqlContext, {}],
    getArgByIndex: (i: number) => [{}, {}, gqlContext, {}][i],
  } as unknown as ExecutionContext;
}

const guard = new AccessGuard(new Reflector());
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ALLOWED';
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('AccessGuard', () => {
  it('refuses a resolver that declares no rule, whoever calls it', () => {
    expect(codeOf(() => guard.canActivate(contextFor('noRule', Role.ADMIN)))).toBe('FORBIDDEN');
    expect(codeOf(() => guard.canActivate(contextFor('noRule', null)))).toBe('FORBIDDEN');
  });

  it('lets anyone through a public resolver', () => {
    expect(codeOf(() => guard.canActivate(contextFor('open', null)))).toBe('ALLOWED');
  });

  it('asks anonymous callers to sign in, and refuses the wrong role', () => {
    expect(codeOf(() => guard.canActivate(contextFor('signedIn', null)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => guard.canActivate(contextFor('signedIn', Role.ENTREPRENEUR)))).toBe('ALLOWED');
    expect(codeOf(() => guard.canActivate(contextFor('adminOnly', Role.ADMIN)))).toBe('ALLOWED');
    for (const role of [Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR]) {
      expect(codeOf(() => guard.canActivate(contextFor('adminOnly', role)))).toBe('FORBIDDEN');
    }
  });
});
