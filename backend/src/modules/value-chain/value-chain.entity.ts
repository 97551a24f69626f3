import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { Organization } from '../organization/organization.entity';

/** A value chain or sector (filière) of one organisation: argan, saffron, weaving… Editable by admins. */
@ObjectType()
@Entity({ name: 'value_chain' })
// Unique (organization_id, lower(name_fr)) among live rows: an expression index the migration owns.
@Index('value_chain_organization_id_name_fr_key', { synchronize: false })
@Check('value_chain_name_fr_check', `btrim(name_fr) <> ''`)
@Check('value_chain_name_ar_check', `btrim(name_ar) <> ''`)
export class ValueChain {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'value_chain_organization_id_fkey' })
  organization?: Organization;

  @Field()
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  /** Archived value chains stay on the records that use them but are not offered for new ones. */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with an update: a stale version answers CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
