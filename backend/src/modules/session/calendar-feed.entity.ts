import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';

/** A coach's private calendar feed: only the token's hash is stored; a new token revokes the old. */
@Entity({ name: 'calendar_feed' })
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'calendar_feed_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feed_user_id_fkey' })
  user?: User;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Index('calendar_feed_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** The token itself, encrypted, so that the coach's profile can show the URL again. */
  @Column({ name: 'token_encrypted', type: 'text', select: false })
  tokenEncrypted: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
