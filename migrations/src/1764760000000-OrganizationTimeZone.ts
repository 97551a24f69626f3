import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's time zone (an IANA name, checked by the application), in which sessions,
 * working hours, recurring series, reminders and calendar feeds are read; and a version, since
 * admins now edit the organisation's settings. The table is already audited.
 */
export class OrganizationTimeZone1764760000000 implements MigrationInterface {
  name = 'OrganizationTimeZone1764760000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN time_zone text NOT NULL DEFAULT 'Africa/Casablanca'`);
    await q.query(`ALTER TABLE organization ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization DROP COLUMN version`);
    await q.query(`ALTER TABLE organization DROP COLUMN time_zone`);
  }
}
