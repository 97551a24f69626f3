import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which organisations changed since the impact summary was last refreshed (docs/indicators.md,
 * "Scale and freshness"). Statement-level triggers on `enrolment` (insert, update, delete) and on
 * `person` (an update of a column the summary groups by, for an enrolled person) mark the
 * organisation `dirty`; the refresh clears the marks before it takes its snapshot. The `impact`
 * query reads the summary only for an organisation that is not dirty, so a figure never disagrees
 * with its (live) drill-down list.
 *
 * Writers touch their organisation's row only when it is clean (the first change after a refresh);
 * every writer statement takes ROW EXCLUSIVE on the table, which the refresh's SHARE ROW EXCLUSIVE
 * lock waits for: a change made by a transaction still running when the marks are cleared is
 * either marked again afterwards or committed before the refresh's snapshot.
 */
export class ImpactSummaryFreshness1764870000000 implements MigrationInterface {
  name = 'ImpactSummaryFreshness1764870000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE impact_summary_state (
        organization_id uuid NOT NULL,
        dirty boolean NOT NULL DEFAULT true,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT impact_summary_state_pkey PRIMARY KEY (organization_id)
      )`);
    // Changes made before this migration are not known: every organisation starts dirty (live) until the next refresh.
    await q.query(`INSERT INTO impact_summary_state (organization_id) SELECT id FROM organization`);
    await q.query(`
      CREATE FUNCTION impact_summary_mark(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(array_length(orgs, 1), 0) = 0 THEN RETURN; END IF;
        INSERT INTO impact_summary_state (organization_id) SELECT DISTINCT unnest(orgs) ON CONFLICT DO NOTHING;
        UPDATE impact_summary_state SET dirty = true, changed_at = now() WHERE organization_id = ANY (orgs) AND NOT dirty;
      END $$`);
    await q.query(`
      CREATE FUNCTION impact_summary_enrolment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM impact_summary_mark(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
        ELSE
          PERFORM impact_summary_mark(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION impact_summary_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM impact_summary_mark(ARRAY(
          SELECT DISTINCT n.organization_id FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.region_code, n.province_code, n.gender, n.area, n.neet, n.birth_date, n.organization_id)
                 IS DISTINCT FROM (o.region_code, o.province_code, o.gender, o.area, o.neet, o.birth_date, o.organization_id)
             AND EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = n.id)));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER impact_summary_enrolment_insert AFTER INSERT ON enrolment
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION impact_summary_enrolment_changed()`);
    await q.query(`CREATE TRIGGER impact_summary_enrolment_update AFTER UPDATE ON enrolment
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION impact_summary_enrolment_changed()`);
    await q.query(`CREATE TRIGGER impact_summary_enrolment_delete AFTER DELETE ON enrolment
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION impact_summary_enrolment_changed()`);
    await q.query(`CREATE TRIGGER impact_summary_person_update AFTER UPDATE ON person
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION impact_summary_person_changed()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER impact_summary_person_update ON person`);
    await q.query(`DROP TRIGGER impact_summary_enrolment_delete ON enrolment`);
    await q.query(`DROP TRIGGER impact_summary_enrolment_update ON enrolment`);
    await q.query(`DROP TRIGGER impact_summary_enrolment_insert ON enrolment`);
    await q.query(`DROP FUNCTION impact_summary_person_changed()`);
    await q.query(`DROP FUNCTION impact_summary_enrolment_changed()`);
    await q.query(`DROP FUNCTION impact_summary_mark(uuid[])`);
    await q.query(`DROP TABLE impact_summary_state`);
  }
}
