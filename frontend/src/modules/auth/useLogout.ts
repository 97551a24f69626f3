import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { wipeDeviceData } from '../offline/deviceStore';
import { resetSession } from './resetSession';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session on the server, forgets the cached data (and the offline copies) and goes back to the sign-in page. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogoutDocument);
  const [failed, setFailed] = useState(false);

  const signOut = useCallback(async () => {
    setFailed(false);
    try {
      await mutate();
    } catch {
      setFailed(true);
      return;
    }
    // What was kept on this device for offline use (outbox included) leaves with the session.
    wipeDeviceData();
    await navigate('/login', { replace: true });
    await resetSession(client);
  }, [client, mutate, navigate]);

  return { signOut, loading, failed };
}
