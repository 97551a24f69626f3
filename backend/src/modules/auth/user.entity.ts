import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale, Role } from '@rafiq/shared';
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

/** A person who signs in: one organisation, one role. */
@ObjectType()
@Entity({ name: 'app_user' })
@Index('app_user_organization_id_idx', ['organizationId'])
@Check('app_user_role_check', `role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR')`)
@Check('app_user_locale_check', `locale IN ('ar', 'fr', 'en')`)
@Check('app_user_email_lower_check', `email = lower(btrim(email))`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'app_user_organization_id_fkey' })
  organization?: Organization;

  /** Stored lower-cased and trimmed; unique across Rafiq so that sign-in needs no organisation. */
  @Field()
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  /** argon2id hash; never selected unless asked for. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** The interface language she chose; null until she chooses (the app then follows her device). */
  @Field(() => Locale, { nullable: true })
  @Column({ type: 'text', nullable: true })
  locale: Locale | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
