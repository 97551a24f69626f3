import type { ApolloClient } from '@apollo/client';

/**
 * Forgets everything fetched for the previous session. Active queries (notably `me`) are fetched
 * again, so every screen sees that nobody is signed in any more.
 */
export async function resetSession(client: ApolloClient): Promise<void> {
  try {
    await client.resetStore();
  } catch {
    // A refetch failed (offline…): the store is cleared all the same.
  }
}
