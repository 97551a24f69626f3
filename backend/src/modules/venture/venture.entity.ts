import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Stage } from '@rafiq/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ValueChain } from '../value-chain/value-chain.entity';

registerEnumType(Stage, { name: 'Stage', description: 'IDEA → VALIDATION → STRUCTURING → LAUNCH → OPERATING → GROWING' });

/** The project being accompanied, owned by a person or by a cooperative. */
@ObjectType()
@Entity({ name: 'venture' })
@Index('venture_organization_id_idx', ['organizationId', 'stage'])
@Index('venture_owner_person_id_idx', ['ownerPersonId'])
@Index('venture_owner_cooperative_id_idx', ['ownerCooperativeId'])
@Index('venture_program_id_idx', ['programId'])
@Check('venture_owner_check', `(owner_person_id IS NULL) <> (owner_cooperative_id IS NULL)`)
@Check('venture_stage_check', `stage IN ('IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING')`)
export class Venture {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'venture_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'owner_person_id', type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_person_id', foreignKeyConstraintName: 'venture_owner_person_id_fkey' })
  ownerPerson?: Person;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'owner_cooperative_id', type: 'uuid', nullable: true })
  ownerCooperativeId: string | null;

  @ManyToOne(() => Cooperative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_cooperative_id', foreignKeyConstraintName: 'venture_owner_cooperative_id_fkey' })
  ownerCooperative?: Cooperative;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'venture_program_id_fkey' })
  program?: Program;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'value_chain_id', type: 'uuid', nullable: true })
  valueChainId: string | null;

  @ManyToOne(() => ValueChain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'value_chain_id', foreignKeyConstraintName: 'venture_value_chain_id_fkey' })
  valueChain?: ValueChain;

  @Field()
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'venture_region_code_fkey' })
  region?: Region;

  @Field(() => String, { nullable: true })
  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'venture_province_code_fkey' })
  province?: Province;

  @Field(() => Stage)
  @Column({ type: 'text', default: Stage.IDEA })
  stage: Stage;

  @Field({ description: 'When the venture entered its current stage' })
  @Column({ name: 'stage_since', type: 'timestamptz', default: () => 'now()' })
  stageSince: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
