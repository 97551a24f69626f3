import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Stage } from '@rafiq/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Program } from '../program/program.entity';

/** One item of a programme's checklist for reaching a stage (e.g. "business plan validated"). */
@ObjectType()
@Entity({ name: 'stage_criterion' })
@Index('stage_criterion_program_id_idx', ['programId', 'stage', 'position'])
export class StageCriterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'stage_criterion_program_id_fkey' })
  program?: Program;

  @Field(() => Stage, { description: 'The stage this criterion is needed to reach' })
  @Column({ type: 'text' })
  stage: Stage;

  @Field()
  @Column({ name: 'label_fr', type: 'text' })
  labelFr: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'label_ar', type: 'text', nullable: true })
  labelAr: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  position: number;
}
