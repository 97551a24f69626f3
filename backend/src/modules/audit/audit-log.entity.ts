import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the audit trail (append-only). Rows for record changes are written by the
 * `audit_row()` trigger in the same transaction as the change; events (sign-ins, national-ID
 * reveals, exports, imports, merges) by `recordAuditEvent`. `changes` maps a column to
 * `[before, after]`, sensitive values masked and secrets left out.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_subject_idx', ['subjectType', 'subjectId', 'seq'])
@Index('audit_log_organization_idx', ['organizationId', 'seq'])
@Index('audit_log_actor_idx', ['actorUserId', 'seq'])
export class AuditLog {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', name: 'seq', primaryKeyConstraintName: 'audit_log_pkey' })
  seq: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb' })
  changes: Record<string, [unknown, unknown]>;
}

/** A seal over consecutive audit rows: hash = sha256(prev_hash ‖ the rows' canonical text, in order). */
@Entity({ name: 'audit_seal' })
@Check('audit_seal_range_check', `to_seq >= from_seq`)
export class AuditSeal {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'audit_seal_pkey' })
  id: string;

  @Column({ name: 'from_seq', type: 'bigint' })
  fromSeq: string;

  @Column({ name: 'to_seq', type: 'bigint' })
  toSeq: string;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;

  @Column({ name: 'sealed_at', type: 'timestamptz', default: () => 'now()' })
  sealedAt: Date;
}
