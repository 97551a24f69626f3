import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enrolment, EnrolmentStatus } from './enrolment.entity';

/** One change of an enrolment's status: from, to, why, by whom, when. */
@ObjectType()
@Entity({ name: 'enrolment_status_change' })
@Index('enrolment_status_change_enrolment_id_idx', ['enrolmentId'])
export class EnrolmentStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'enrolment_status_change_enrolment_id_fkey' })
  enrolment?: Enrolment;

  @Field(() => EnrolmentStatus, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: EnrolmentStatus | null;

  @Field(() => EnrolmentStatus)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: EnrolmentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Field()
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
