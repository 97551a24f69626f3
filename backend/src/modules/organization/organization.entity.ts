import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The tenant: a lab, an agency's provincial office, a partner incubator. */
@ObjectType()
@Entity({ name: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index('organization_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'IANA time zone in which sessions, working hours, series, reminders and calendar feeds are read' })
  @Column({ name: 'time_zone', type: 'text', default: 'Africa/Casablanca' })
  timeZone: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
