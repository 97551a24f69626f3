import { MigrationInterface, QueryRunner } from 'typeorm';

/** Spreadsheet imports: who ran which file, when, its counts, progress and report of problems. */
export class ImportRuns1764300000000 implements MigrationInterface {
  name = 'ImportRuns1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_run (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid,
        kind text NOT NULL DEFAULT 'PEOPLE',
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'RUNNING',
        dry_run boolean NOT NULL DEFAULT false,
        skip_invalid boolean NOT NULL DEFAULT false,
        progress real NOT NULL DEFAULT 0,
        total_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        updated_count integer NOT NULL DEFAULT 0,
        unchanged_count integer NOT NULL DEFAULT 0,
        rejected_count integer NOT NULL DEFAULT 0,
        report jsonb NOT NULL DEFAULT '{}',
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT import_run_pkey PRIMARY KEY (id),
        CONSTRAINT import_run_kind_check CHECK (kind IN ('PEOPLE')),
        CONSTRAINT import_run_status_check CHECK (status IN ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED'))
      )`);
    await q.query(`CREATE INDEX import_run_organization_idx ON import_run (organization_id, started_at)`);
    await q.query(
      `ALTER TABLE import_run ADD CONSTRAINT import_run_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE import_run ADD CONSTRAINT import_run_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_run`);
  }
}
