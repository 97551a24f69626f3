import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../person/person.entity';
import { Cooperative } from './cooperative.entity';
import { MemberRole } from './cooperative.enums';

/** A person's membership of a cooperative, with her role; `until` set when she leaves. */
@ObjectType()
@Entity({ name: 'cooperative_member' })
@Index('cooperative_member_current_key', ['cooperativeId', 'personId'], { unique: true, where: 'until IS NULL' })
@Index('cooperative_member_person_id_idx', ['personId'])
@Check('cooperative_member_role_check', `role IN ('PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'MEMBER')`)
export class CooperativeMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => ID)
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'cooperative_member_cooperative_id_fkey' })
  cooperative?: Cooperative;

  @Field(() => ID)
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'cooperative_member_person_id_fkey' })
  person?: Person;

  @Field(() => MemberRole)
  @Column({ type: 'text', default: MemberRole.MEMBER })
  role: MemberRole;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  until: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
