import type { Locale } from '@rafiq/shared';
import type { AgendaSessionFragment } from '../../gql/graphql';
import { displayName } from '../people/personName';

type Participant = AgendaSessionFragment['participants'][number];

/** A participant's name in the reader's script (Arabic names in the Arabic interface), or null when she may not be seen. */
export function participantName(participant: Participant, locale: Locale): string | null {
  return participant.person ? displayName(participant.person, locale).primary : null;
}
