import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboards of large organisations (docs/indicators.md, "Scale and freshness"): the whole
 * dashboard of an organisation, of each region and of each programme, computed by the same code as
 * the live figures by a scheduled job and kept here as JSON with the time it was computed. Written
 * only for organisations above a size (RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE); smaller ones stay live.
 */
export class ImpactSnapshots1764900000000 implements MigrationInterface {
  name = 'ImpactSnapshots1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE impact_snapshot (
        organization_id uuid NOT NULL,
        key text NOT NULL,
        computed_at timestamptz NOT NULL,
        seconds real NOT NULL,
        payload jsonb NOT NULL,
        CONSTRAINT impact_snapshot_pkey PRIMARY KEY (organization_id, key),
        CONSTRAINT impact_snapshot_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
        CONSTRAINT impact_snapshot_key_check CHECK (key ~ '^(organization|region:[A-Z0-9-]+|program:[0-9a-f-]{36})$')
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE impact_snapshot`);
  }
}
