import { useMemo, useSyncExternalStore } from 'react';
import { outbox } from './deviceStore';
import type { OutboxEntry } from './outbox';

const subscribe = (listener: () => void) => outbox.subscribe(listener);
const snapshot = () => outbox.entries();

/** The outbox entries of one person, oldest first; re-renders when the outbox changes. */
export function useOutbox(userId: string): OutboxEntry[] {
  const all = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => all.filter((e) => e.userId === userId), [all, userId]);
}

/** The latest change waiting (or failed) per record, for screens that mark records. */
export function useOutboxBySubject(userId: string): Map<string, OutboxEntry> {
  const entries = useOutbox(userId);
  return useMemo(() => new Map(entries.map((e) => [e.subjectId, e])), [entries]);
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser believes it is connected. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
