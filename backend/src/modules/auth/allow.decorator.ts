import { SetMetadata } from '@nestjs/common';
import { Role, ROLES } from '@rafiq/shared';

export const ACCESS_RULE = 'rafiq:access-rule';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Every query, mutation and field resolver declares who may call it. A resolver without a rule
 * answers FORBIDDEN (deny by default). Object-level checks (which record) live in the services.
 */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in user of any role. */
export const AllowSignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'roles', roles: ROLES } satisfies AccessRule);

/** Callable without signing in (sign-in itself, `me`). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
