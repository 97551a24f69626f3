type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * The network layer reports here when an operation answers UNAUTHENTICATED although the app
 * believed someone was signed in; the screen layer listens and sends the person to sign in again.
 */
export const sessionExpiry = {
  notify(): void {
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
