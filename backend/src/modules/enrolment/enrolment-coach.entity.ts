import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Enrolment } from './enrolment.entity';

/** A coach assigned to an enrolment: what makes a person "assigned" to that coach. */
@Entity({ name: 'enrolment_coach' })
@Index('enrolment_coach_user_id_idx', ['userId'])
export class EnrolmentCoach {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid', primaryKeyConstraintName: 'enrolment_coach_pkey' })
  enrolmentId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'enrolment_coach_pkey' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'enrolment_coach_enrolment_id_fkey' })
  enrolment?: Enrolment;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enrolment_coach_user_id_fkey' })
  user?: User;
}
