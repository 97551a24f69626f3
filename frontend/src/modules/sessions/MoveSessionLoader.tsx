import { useQuery } from '@apollo/client/react';
import { RescheduleModal } from './RescheduleModal';
import { SessionDocument } from './sessionsApi';

/** The reschedule form for a session known by id (the keyboard alternative to dragging in the calendar). */
export function MoveSessionLoader({ id, onClose }: { id: string; onClose: () => void }) {
  const { data, refetch } = useQuery(SessionDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data?.session) return null;
  return <RescheduleModal session={data.session} opened onClose={onClose} onReload={() => refetch()} />;
}
