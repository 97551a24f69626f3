import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@rafiq/shared';
import { MeDocument, sessionExpiry } from '../modules/auth';
import { hasErrorCode } from '../modules/errors';
import { createCache } from './cachePolicies';

/** Operations whose UNAUTHENTICATED answer is expected and does not mean "session expired". */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Logout']);

/** `transport` replaces the HTTP link (tests). */
export function createApolloClient({ transport }: { transport?: ApolloLink } = {}): ApolloClient {
  const cache = createCache();

  // Any operation answering UNAUTHENTICATED while we believed someone was signed in means the
  // session has expired (or was revoked): the app resets and asks to sign in again.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) return;
    const known = cache.readQuery({ query: MeDocument });
    if (known?.me) sessionExpiry.notify();
  });

  // Same-origin JSON POSTs (Apollo Server's CSRF prevention accepts them); the session is an
  // httpOnly cookie, sent automatically.
  const httpLink = transport ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({ cache, link: ApolloLink.from([sessionLink, httpLink]) });
}
