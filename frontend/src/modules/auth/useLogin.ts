import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { MeDocument } from './useMe';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!, $code: String) {
    login(email: $email, password: $password, code: $code) {
      ...CurrentUserFields
    }
  }
`);

/** Signs in; on success the signed-in user is written where `me` is read, so the whole app follows. */
export function useLogin() {
  const [mutate, { loading }] = useMutation(LoginDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: data.login } });
    },
  });
  const signIn = useCallback(
    async (email: string, password: string, code?: string) => {
      // The code only when two-factor sign-in asked for it.
      const { data } = await mutate({ variables: code ? { email, password, code } : { email, password } });
      return data?.login ?? null;
    },
    [mutate],
  );
  return { signIn, loading };
}
