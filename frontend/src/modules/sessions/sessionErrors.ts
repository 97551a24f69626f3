import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@rafiq/shared';

export interface Slot {
  startsAt: string;
  endsAt: string;
}

/** The coach's free slots proposed with a scheduling CONFLICT (empty list when there are none); null when the error is not a clash. */
export function clashSlots(error: unknown): Slot[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const ext = item.extensions ?? {};
    if (ext['code'] !== ErrorCode.CONFLICT) continue;
    if (!('clashStartsAt' in ext) && !('freeSlots' in ext) && !('clashingCoachId' in ext)) continue;
    const raw = Array.isArray(ext['freeSlots']) ? (ext['freeSlots'] as unknown[]) : [];
    return raw.flatMap((s) => {
      const slot = s as Partial<Slot> | null;
      return slot && typeof slot.startsAt === 'string' && typeof slot.endsAt === 'string'
        ? [{ startsAt: slot.startsAt, endsAt: slot.endsAt }]
        : [];
    });
  }
  return null;
}
