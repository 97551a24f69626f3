import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Person } from '../person/person.entity';
import { Cohort } from '../program/cohort.entity';
import { Program } from '../program/program.entity';

export enum EnrolmentStatus {
  APPLIED = 'APPLIED',
  SELECTED = 'SELECTED',
  ACTIVE = 'ACTIVE',
  GRADUATED = 'GRADUATED',
  DROPPED_OUT = 'DROPPED_OUT',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

/** A person in a programme (and optionally one of its cohorts), with her assigned coaches. */
@ObjectType()
@Entity({ name: 'enrolment' })
@Index('enrolment_person_program_key', ['programId', 'personId'], { unique: true })
@Index('enrolment_person_id_idx', ['personId'])
@Index('enrolment_cohort_id_idx', ['cohortId'])
@Check('enrolment_status_check', `status IN ('APPLIED', 'SELECTED', 'ACTIVE', 'GRADUATED', 'DROPPED_OUT')`)
@Check('enrolment_dropout_check', `status <> 'DROPPED_OUT' OR dropout_reason IS NOT NULL`)
export class Enrolment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'enrolment_program_id_fkey' })
  program?: Program;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'enrolment_cohort_id_fkey' })
  cohort?: Cohort;

  @Field(() => ID)
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'enrolment_person_id_fkey' })
  person?: Person;

  @Field(() => EnrolmentStatus)
  @Column({ type: 'text', default: EnrolmentStatus.APPLIED })
  status: EnrolmentStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'dropout_reason', type: 'text', nullable: true })
  dropoutReason: string | null;

  @Field()
  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
