import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../person/person.entity';
import { Attendance } from './session.enums';
import { CoachingSession } from './session.entity';

/** A person taking part in a session, with her attendance once it is logged. */
@ObjectType('SessionParticipant')
@Entity({ name: 'session_participant' })
@Index('session_participant_person_id_idx', ['personId'])
@Check('session_participant_waitlist_check', `waitlisted = (waitlist_rank IS NOT NULL)`)
@Check('session_participant_attendance_check', `attendance IS NULL OR attendance IN ('PRESENT', 'EXCUSED', 'ABSENT')`)
export class SessionParticipant {
  @Field(() => ID)
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'session_participant_pkey' })
  sessionId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'session_participant_pkey' })
  personId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => Attendance, { nullable: true })
  @Column({ type: 'text', nullable: true })
  attendance: Attendance | null;

  @Field(() => Date, { nullable: true, description: 'When she confirmed she will come' })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  waitlisted: boolean;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list (1 = next to get a seat); null when seated' })
  @Column({ name: 'waitlist_rank', type: 'integer', nullable: true })
  waitlistRank: number | null;

  @ManyToOne(() => CoachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_participant_session_id_fkey' })
  session?: CoachingSession;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'session_participant_person_id_fkey' })
  person?: Person;
}
