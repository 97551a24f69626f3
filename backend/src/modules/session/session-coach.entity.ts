import { Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { CoachingSession } from './session.entity';

/** A coach of a session, holding its time range: two blocking ranges of one coach cannot overlap. */
@Entity({ name: 'session_coach' })
@Index('session_coach_user_id_idx', ['userId'])
@Exclusion('session_coach_no_overlap', `USING gist ("user_id" WITH =, "during" WITH &&) WHERE (blocking)`)
export class SessionCoach {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'session_coach_pkey' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'session_coach_pkey' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** `[startsAt, endsAt)` */
  @Column({ type: 'tstzrange' })
  during: string;

  @Column({ type: 'boolean', default: true })
  blocking: boolean;

  @ManyToOne(() => CoachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_coach_session_id_fkey' })
  session?: CoachingSession;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'session_coach_user_id_fkey' })
  user?: User;
}
