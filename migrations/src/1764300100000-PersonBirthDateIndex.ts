import { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports match people by name and birth date: an index lookup per row instead of a scan. */
export class PersonBirthDateIndex1764300100000 implements MigrationInterface {
  name = 'PersonBirthDateIndex1764300100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX person_birth_date_idx ON person (organization_id, birth_date)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_birth_date_idx`);
  }
}
