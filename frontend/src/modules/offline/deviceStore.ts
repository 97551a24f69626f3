import { Outbox, OUTBOX_STORAGE_KEY, type OutboxStorage } from './outbox';

/** Keys of everything this module keeps on the device (wiped on sign-out). */
export const AGENDA_SNAPSHOT_KEY = 'rafiq.offline.agenda.v1';

const memory = new Map<string, string>();
const memoryStorage: OutboxStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

function deviceStorage(): OutboxStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // Storage disabled: memory only.
  }
  return memoryStorage;
}

/** This device's outbox (one per tab, kept in localStorage and shared with the other tabs). */
export const outbox = new Outbox(deviceStorage());

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === OUTBOX_STORAGE_KEY) outbox.reload();
  });
}

export function readDeviceItem(key: string): string | null {
  try {
    return deviceStorage().getItem(key);
  } catch {
    return null;
  }
}

export function writeDeviceItem(key: string, value: string): void {
  try {
    deviceStorage().setItem(key, value);
  } catch {
    // Full or refused: the data simply is not kept offline.
  }
}

/** Signing out: the outbox and every copy of data kept for offline use leave the device. */
export function wipeDeviceData(): void {
  outbox.clear();
  try {
    deviceStorage().removeItem(AGENDA_SNAPSHOT_KEY);
    deviceStorage().removeItem(ME_SNAPSHOT_KEY);
  } catch {
    // Nothing stored.
  }
}

/** The signed-in person, kept so that the app opens offline (wiped on sign-out). */
export const ME_SNAPSHOT_KEY = 'rafiq.offline.me.v1';

export interface Snapshot<T> {
  userId: string;
  /** When the server gave this data. */
  asOf: string;
  data: T;
}

/** Keeps a copy of data fetched for `userId`, for reading offline. */
export function saveSnapshot<T>(key: string, userId: string, data: T, now: Date = new Date()): void {
  const snapshot: Snapshot<T> = { userId, asOf: now.toISOString(), data };
  writeDeviceItem(key, JSON.stringify(snapshot));
}

/** The copy kept for `userId` (another person's copy is never returned). */
export function readSnapshot<T>(key: string, userId?: string): Snapshot<T> | null {
  const raw = readDeviceItem(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Snapshot<T>;
    if (typeof parsed?.userId !== 'string' || typeof parsed.asOf !== 'string' || !parsed.data) return null;
    if (userId !== undefined && parsed.userId !== userId) return null;
    return parsed;
  } catch {
    return null;
  }
}
