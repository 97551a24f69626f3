import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { resetSession } from './resetSession';
import { sessionExpiry } from './sessionExpiry';

export const SESSION_EXPIRED_PATH = '/login?expired=1';

/** When the session turns out to have expired: forget the cached data and go to the sign-in page. */
export function SessionExpiryWatcher() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const handling = useRef(false);

  useEffect(
    () =>
      sessionExpiry.subscribe(() => {
        if (handling.current) return;
        handling.current = true;
        void resetSession(client)
          .then(() => navigate(SESSION_EXPIRED_PATH, { replace: true }))
          .finally(() => {
            handling.current = false;
          });
      }),
    [client, navigate],
  );

  return null;
}
