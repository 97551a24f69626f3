import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { outbox } from './deviceStore';
import { retryDelay } from './outbox';
import { sendEntry } from './sendEntry';

/**
 * Replays the signed-in person's outbox: at once, when the browser comes back online, when a change
 * is queued, and after a failed attempt with a growing delay (2 s, 4 s… up to 2 min). After any
 * change was confirmed, the agenda is fetched again.
 */
export function OutboxSync({ userId }: { userId: string }) {
  const client = useApolloClient();

  useEffect(() => {
    let stopped = false;
    let running = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = sendEntry(client);

    // Entries waiting for a refused creation (a person made offline) are not retried until it is resolved or discarded.
    const waiting = () => outbox.sendable(userId);

    const schedule = (delay: number) => {
      if (stopped || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void run();
      }, delay);
    };

    const run = async () => {
      if (stopped || running) return;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      outbox.reload(); // another tab may have added or sent changes
      if (!waiting().length || !navigator.onLine) return;
      running = true;
      try {
        const result = await outbox.flush(userId, send);
        if (stopped) return;
        if (result.sent) await client.refetchQueries({ include: ['Agenda'] }).catch(() => undefined);
      } finally {
        running = false;
      }
      const next = waiting()[0];
      if (next && !stopped) schedule(next.attempts ? retryDelay(next.attempts) : 0);
    };

    // Back online: the screens fetch again (they may show copies kept on the device), and the outbox replays.
    const onOnline = () => {
      void client.refetchQueries({ include: 'active' }).catch(() => undefined);
      void run();
    };
    // A change queued while we are idle (not during a replay, which reschedules itself).
    const unsubscribe = outbox.subscribe(() => {
      if (running || timer !== undefined) return;
      const next = waiting()[0];
      if (next) schedule(next.attempts ? retryDelay(next.attempts) : 0);
    });
    window.addEventListener('online', onOnline);
    void run();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('online', onOnline);
    };
  }, [client, userId]);

  return null;
}
