import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Indicator } from '@rafiq/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Program } from './program.entity';

registerEnumType(Indicator, { name: 'Indicator', description: 'Indicators computed from the records (docs/indicators.md).' });

/** A programme's target for one indicator: a count, or a share between 0 and 1. */
@ObjectType()
@Entity({ name: 'program_target' })
@Index('program_target_indicator_key', ['programId', 'indicator'], { unique: true })
@Check('program_target_value_check', `target_value >= 0`)
export class ProgramTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'program_target_program_id_fkey' })
  program?: Program;

  @Field(() => Indicator)
  @Column({ type: 'text' })
  indicator: Indicator;

  @Field(() => Float)
  @Column({
    name: 'target_value',
    type: 'numeric',
    precision: 14,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  targetValue: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;
}
