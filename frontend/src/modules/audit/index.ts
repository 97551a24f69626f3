export { AuditPage } from './AuditPage';
export { HistoryPanel } from './HistoryPanel';
export { readsAudit } from './permissions';
