import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-aggregated enrolments for the impact dashboard at national scale (docs/indicators.md): one
 * row per organisation, programme, cohort, region, province, gender, area, NEET, youth, status and
 * month of enrolment. A person has at most one enrolment per programme, so within a programme the
 * rows add up to distinct people. Refreshed CONCURRENTLY by a pg-boss job (every 5 minutes) and on
 * demand; `refreshed_at` says how fresh it is.
 */
export class ImpactSummary1764400000000 implements MigrationInterface {
  name = 'ImpactSummary1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW impact_enrolment_summary AS
      SELECT e.organization_id, e.program_id, e.cohort_id, coalesce(e.cohort_id::text, '') AS cohort_key,
             p.region_code, p.province_code, coalesce(p.province_code, '') AS province_key,
             p.gender, p.area, coalesce(p.area, '') AS area_key, p.neet, coalesce(p.neet::text, '') AS neet_key,
             (p.birth_date IS NOT NULL AND date_part('year', age(e.enrolled_on, p.birth_date)) BETWEEN 15 AND 34) AS youth,
             e.status, date_trunc('month', e.enrolled_on)::date AS month,
             count(*)::int AS enrolments, now() AS refreshed_at
        FROM enrolment e JOIN person p ON p.id = e.person_id
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
      WITH DATA`);
    await q.query(`CREATE UNIQUE INDEX impact_enrolment_summary_key ON impact_enrolment_summary
                     (organization_id, program_id, cohort_key, region_code, province_key, gender, area_key, neet_key, youth, status, month)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP MATERIALIZED VIEW impact_enrolment_summary`);
  }
}
