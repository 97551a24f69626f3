import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CoachingSession } from '../session/session.entity';

export enum Channel {
  IN_APP = 'IN_APP',
  SMS = 'SMS',
  WHATSAPP = 'WHATSAPP',
  EMAIL = 'EMAIL',
  LOG = 'LOG',
}
export enum NotificationKind {
  SESSION_TOMORROW = 'SESSION_TOMORROW',
  SESSION_IN_ONE_HOUR = 'SESSION_IN_ONE_HOUR',
  SESSION_TO_LOG = 'SESSION_TO_LOG',
  RESULTS_DUE = 'RESULTS_DUE',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  ABSENCES_IN_A_ROW = 'ABSENCES_IN_A_ROW',
  MENTOR_REQUEST = 'MENTOR_REQUEST',
  COMPLAINT_RECEIVED = 'COMPLAINT_RECEIVED',
  COMPLAINT_ASSIGNED = 'COMPLAINT_ASSIGNED',
  COMPLAINT_DECIDED = 'COMPLAINT_DECIDED',
  COMPLAINT_ESCALATED = 'COMPLAINT_ESCALATED',
}
export enum NotificationStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType()
@Entity({ name: 'notification' })
@Index('notification_dedupe_key', ['dedupeKey'], { unique: true })
@Index('notification_due_idx', ['status', 'sendAfter'])
@Index('notification_recipient_user_idx', ['recipientUserId', 'createdAt'])
@Check('notification_channel_check', `channel IN ('IN_APP', 'SMS', 'WHATSAPP', 'EMAIL', 'LOG')`)
@Check('notification_status_check', `status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')`)
@Check('notification_recipient_check', `recipient_user_id IS NOT NULL OR recipient_person_id IS NOT NULL`)
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ name: 'recipient_person_id', type: 'uuid', nullable: true })
  recipientPersonId: string | null;

  @Column({ type: 'text' })
  channel: Channel;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => CoachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'notification_session_id_fkey' })
  session?: CoachingSession;

  @Column({ type: 'text', default: 'fr' })
  locale: string;

  @Field({ description: "The message, in the recipient's language" })
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text', default: NotificationStatus.PENDING })
  status: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'send_after', type: 'timestamptz' })
  sendAfter: Date;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
