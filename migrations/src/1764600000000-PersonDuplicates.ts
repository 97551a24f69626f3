import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data quality: a merged person keeps a pointer to the person she was merged into, and a pair
 * reviewed as "not a duplicate" is remembered so that it no longer shows (ids in ascending order).
 */
export class PersonDuplicates1764600000000 implements MigrationInterface {
  name = 'PersonDuplicates1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN merged_into_id uuid`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_merged_into_id_fkey FOREIGN KEY (merged_into_id) REFERENCES person(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE person_duplicate_dismissal (
        person_id uuid NOT NULL,
        other_person_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        dismissed_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_duplicate_dismissal_pkey PRIMARY KEY (person_id, other_person_id),
        CONSTRAINT person_duplicate_dismissal_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT person_duplicate_dismissal_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE,
        CONSTRAINT person_duplicate_dismissal_other_person_id_fkey FOREIGN KEY (other_person_id) REFERENCES person(id) ON DELETE CASCADE,
        CONSTRAINT person_duplicate_dismissal_dismissed_by_fkey FOREIGN KEY (dismissed_by) REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT person_duplicate_dismissal_order_check CHECK (person_id < other_person_id)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_duplicate_dismissal`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_merged_into_id_fkey`);
    await q.query(`ALTER TABLE person DROP COLUMN merged_into_id`);
  }
}
