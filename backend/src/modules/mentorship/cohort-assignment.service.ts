import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { balanceCohort, BalanceCoach, BalancedAssignment, BalancePerson, travelBetween } from './cohort-balance';
import { AssignCohortCoachesInput } from './dto/cohort-assignment.inputs';

/** Hours a week one assignee takes (as for mentor suggestions): capacity in people = weekly hours. */
const HOURS_PER_PERSON = 1;

export interface CoachLoadRow {
  coachId: string;
  capacity: number | null;
  loadBefore: number;
  loadAfter: number;
}

export interface CohortPlan {
  cohortId: string;
  assignments: BalancedAssignment[];
  unassignedPersonIds: string[];
  loads: CoachLoadRow[];
}

/**
 * A programme lead assigns coaches to a whole cohort in one go: a preview balances the coaches'
 * load against their capacity and keeps travel short (same province, then same region); the lead
 * confirms and every assignment is written in one transaction.
 */
@Injectable()
export class CohortAssignmentService {
  constructor(private readonly dataSource: DataSource) {}

  /** Admins, and the leads of the cohort's programme. */
  private async assertLeads(actor: Actor, cohortId: string, m: EntityManager): Promise<void> {
    const rows: Array<{ lead: boolean }> = await m.query(
      `SELECT EXISTS (SELECT 1 FROM program_lead pl WHERE pl.program_id = c.program_id AND pl.user_id = $3) AS lead
         FROM cohort c WHERE c.id = $1 AND c.organization_id = $2`,
      [cohortId, actor.organizationId, actor.userId],
    );
    if (!rows.length) throw notFound('cohort');
    if (actor.role === Role.ADMIN) return;
    if (actor.role === Role.PROGRAM_LEAD && rows[0].lead) return;
    if (actor.role === Role.PROGRAM_LEAD) throw notFound('cohort');
    throw forbidden();
  }

  private async coaches(actor: Actor, m: EntityManager): Promise<BalanceCoach[]> {
    const rows: Array<{
      id: string;
      name: string;
      capacity: number | null;
      load: number;
      provinces: string[] | null;
      regions: string[] | null;
    }> = await m.query(
      `SELECT u.id, u.display_name AS name, cp.weekly_capacity_hours AS capacity, cp.province_codes AS provinces, cp.region_codes AS regions,
              ((SELECT count(*) FROM mentorship ms WHERE ms.mentor_user_id = u.id AND ms.status = 'ACTIVE')
               + (SELECT count(*) FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE ec.user_id = u.id AND e.status IN ('SELECTED', 'ACTIVE')))::int AS load
         FROM app_user u LEFT JOIN coach_profile cp ON cp.user_id = u.id
        WHERE u.organization_id = $1 AND u.role = 'COACH' AND u.disabled_at IS NULL
        ORDER BY u.display_name, u.id`,
      [actor.organizationId],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      capacity: r.capacity === null ? null : Math.floor(r.capacity / HOURS_PER_PERSON),
      load: r.load,
      provinceCodes: r.provinces ?? [],
      regionCodes: r.regions ?? [],
    }));
  }

  /** People of the cohort still waiting for a coach (applied, selected or active, no coach yet). */
  private async waiting(actor: Actor, cohortId: string, m: EntityManager): Promise<BalancePerson[]> {
    const rows: Array<{ enrolment_id: string; person_id: string; region_code: string; province_code: string | null }> = await m.query(
      `SELECT e.id AS enrolment_id, p.id AS person_id, p.region_code, p.province_code
         FROM enrolment e JOIN person p ON p.id = e.person_id
        WHERE e.cohort_id = $1 AND e.organization_id = $2 AND e.status IN ('APPLIED', 'SELECTED', 'ACTIVE') AND p.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM enrolment_coach ec WHERE ec.enrolment_id = e.id)
        ORDER BY p.id`,
      [cohortId, actor.organizationId],
    );
    return rows.map((r) => ({
      enrolmentId: r.enrolment_id,
      personId: r.person_id,
      regionCode: r.region_code,
      provinceCode: r.province_code,
    }));
  }

  private loads(coaches: BalanceCoach[], assignments: Array<{ coachId: string }>): CoachLoadRow[] {
    return coaches.map((c) => ({
      coachId: c.id,
      capacity: c.capacity,
      loadBefore: c.load,
      loadAfter: c.load + assignments.filter((a) => a.coachId === c.id).length,
    }));
  }

  async preview(actor: Actor, cohortId: string): Promise<CohortPlan> {
    const m = this.dataSource.manager;
    await this.assertLeads(actor, cohortId, m);
    const coaches = await this.coaches(actor, m);
    const { assignments, unassigned } = balanceCohort(await this.waiting(actor, cohortId, m), coaches);
    return { cohortId, assignments, unassignedPersonIds: unassigned.map((p) => p.personId), loads: this.loads(coaches, assignments) };
  }

  /** Writes the confirmed assignments, all or nothing; people who got a coach meanwhile make it refuse. */
  async assign(actor: Actor, input: AssignCohortCoachesInput): Promise<CohortPlan> {
    return this.dataSource.transaction(async (m) => {
      await this.assertLeads(actor, input.cohortId, m);
      // One assignment run per cohort at a time.
      await m.query(`SELECT id FROM cohort WHERE id = $1 FOR UPDATE`, [input.cohortId]);
      const waiting = new Map((await this.waiting(actor, input.cohortId, m)).map((p) => [p.enrolmentId, p]));
      const coaches = await this.coaches(actor, m);
      const known = new Map(coaches.map((c) => [c.id, c]));
      const seen = new Set<string>();
      input.assignments.forEach((a, i) => {
        if (!waiting.has(a.enrolmentId) || seen.has(a.enrolmentId))
          throw badInput(`assignments.${i}.enrolmentId`, ErrorReason.INVALID_VALUE, 'Not waiting for a coach in this cohort');
        if (!known.has(a.coachId)) throw badInput(`assignments.${i}.coachId`, ErrorReason.INVALID_VALUE, 'Unknown coach');
        seen.add(a.enrolmentId);
      });
      await m.query(
        `INSERT INTO enrolment_coach (enrolment_id, user_id, organization_id) SELECT x.e, x.u, $3 FROM unnest($1::uuid[], $2::uuid[]) AS x(e, u)`,
        [input.assignments.map((a) => a.enrolmentId), input.assignments.map((a) => a.coachId), actor.organizationId],
      );
      const done = input.assignments.map((a) => {
        const p = waiting.get(a.enrolmentId)!;
        const c = known.get(a.coachId)!;
        return { enrolmentId: a.enrolmentId, personId: p.personId, coachId: a.coachId, travel: travelBetween(p, c) };
      });
      return {
        cohortId: input.cohortId,
        assignments: done,
        unassignedPersonIds: [...waiting.values()].filter((p) => !seen.has(p.enrolmentId)).map((p) => p.personId),
        loads: this.loads(coaches, done),
      };
    });
  }
}
