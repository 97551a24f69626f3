import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SIGN_OUT = 'SIGN_OUT',
  REVEAL_NATIONAL_ID = 'REVEAL_NATIONAL_ID',
  EXPORT = 'EXPORT',
  IMPORT = 'IMPORT',
  MERGE = 'MERGE',
  /** A person erased (pseudonymised), on request or by the retention schedule. */
  ERASE = 'ERASE',
  /** A person's data produced for her (JSON or PDF). */
  ACCESS_REQUEST = 'ACCESS_REQUEST',
  /** A retention run: what it pseudonymised. */
  RETENTION = 'RETENTION',
}

export interface AuditEvent {
  organizationId: string | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Never raw personal data: counts, masked values, file names, filters. */
  changes?: Record<string, [unknown, unknown]>;
  /** Defaults to the current request's identity. */
  actor?: { userId: string | null; role: string; ip: string | null };
}

/**
 * Writes an event to the audit trail — in the caller's transaction when given its manager, so
 * that the event and what it describes commit (or fail) together.
 */
export async function recordAuditEvent(db: EntityManager | DataSource, event: AuditEvent): Promise<void> {
  const store = requestContext.getStore();
  const who = event.actor ?? store?.audit;
  await db.query(
    `INSERT INTO audit_log (organization_id, actor_user_id, actor_role, ip, request_id, action, entity, entity_id, subject_type, subject_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
    [
      event.organizationId,
      who?.userId ?? null,
      who?.role ?? 'SYSTEM',
      who?.ip ?? null,
      store?.requestId ?? null,
      event.action,
      event.entity,
      event.entityId ?? null,
      event.subjectType ?? null,
      event.subjectId ?? null,
      JSON.stringify(event.changes ?? {}),
    ],
  );
}
