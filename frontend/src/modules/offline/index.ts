export { AGENDA_SNAPSHOT_KEY, ME_SNAPSHOT_KEY, outbox, readSnapshot, saveSnapshot, wipeDeviceData, type Snapshot } from './deviceStore';
export { newIdempotencyKey, newTemporaryId, replaceId, type OutboxEntry } from './outbox';
export { CreatePersonMetOnSiteDocument, RecordVentureResultDocument, UpdateVentureFromOutboxDocument } from './fieldWritesApi';
export { isNetworkFailure } from './sendEntry';
export { OutboxSync } from './OutboxSync';
export { PendingBadge } from './PendingBadge';
export { SyncStatus } from './SyncStatus';
export { useOnline, useOutbox, useOutboxBySubject } from './useOutbox';
