import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { personVisibilitySql } from '../person/person.access';
import { ImpactFilter, ImpactPeopleMeasure } from './dto/impact.inputs';

/**
 * The record sets behind every indicator, as SQL with named parameters (docs/indicators.md).
 * Counts and drill-down lists are built from the same sets, so a list's total always equals
 * the figure. Scoping (permissions.md): an admin sees the organisation; a programme lead the
 * enrolments of the programmes she leads; a coach the people of her portfolio (person.access.ts).
 */
export interface ImpactScope {
  params: Record<string, unknown>;
  /** Enrolments counted as beneficiaries: the filters and the period on `enrolled_on`. Columns: id, person_id, program_id, status, enrolled_on, youth. */
  enrolments: string;
  /** The conditions of `enrolments` on the aliases `e` (enrolment) and `p` (its person). */
  enrolmentConds: string;
  /** People with a matching enrolment, whatever its date (for activity in the period: sessions, trainings, results). */
  population: string;
  /** `population`, or for an organisation-wide view every person of the organisation. */
  people: string;
  /** Cooperatives accompanied: a current member among the people (snapshot). */
  cooperatives: string;
  /** Ventures accompanied: owned by one of the people or by an accompanied cooperative. */
  ventures: string;
  /** Sessions delivered: DONE, started in the period, with one of the people or an accompanied cooperative. */
  sessions: string;
  /** The same sessions as a condition on the alias `s` of `coaching_session` (aggregates read the table once). */
  sessionConds: string;
  /** Follow-ups after graduation (not cancelled) of the matching enrolments, due in the period. Columns: id, months, status, still_operating, due_on. */
  followUps: string;
  /** The period as SQL conditions on a date or timestamp expression. */
  inPeriod: (expr: string) => string;
  orgWide: boolean;
}

export const YOUTH_SQL = (enrolledOn: string, birthDate: string) =>
  `(${birthDate} IS NOT NULL AND date_part('year', age(${enrolledOn}, ${birthDate})) BETWEEN 15 AND 34)`;

export function impactScope(actor: Actor, filter: ImpactFilter = {}): ImpactScope {
  const params: Record<string, unknown> = { iOrg: actor.organizationId, iMe: actor.userId };
  const conds = ['e.organization_id = :iOrg', 'p.organization_id = :iOrg'];
  if (filter.programId) {
    conds.push('e.program_id = :iProgram');
    params.iProgram = filter.programId;
  }
  if (filter.cohortId) {
    conds.push('e.cohort_id = :iCohort');
    params.iCohort = filter.cohortId;
  }
  if (filter.regionCode) {
    conds.push('p.region_code = :iRegion');
    params.iRegion = filter.regionCode;
  }
  if (filter.provinceCode) {
    conds.push('p.province_code = :iProvince');
    params.iProvince = filter.provinceCode;
  }
  if (filter.gender) {
    conds.push('p.gender = :iGender');
    params.iGender = filter.gender;
  }
  if (filter.area) {
    conds.push('p.area = :iArea');
    params.iArea = filter.area;
  }
  if (filter.neet !== undefined && filter.neet !== null) {
    conds.push('p.neet = :iNeet');
    params.iNeet = filter.neet;
  }
  if (filter.coachId) {
    conds.push('EXISTS (SELECT 1 FROM enrolment_coach ifc WHERE ifc.enrolment_id = e.id AND ifc.user_id = :iCoach)');
    params.iCoach = filter.coachId;
  }
  if (filter.valueChainId) {
    conds.push(`(EXISTS (SELECT 1 FROM venture ivp WHERE ivp.owner_person_id = p.id AND ivp.value_chain_id = :iVc)
                 OR EXISTS (SELECT 1 FROM cooperative_member ivm JOIN cooperative ivc ON ivc.id = ivm.cooperative_id
                             WHERE ivm.person_id = p.id AND ivm.until IS NULL AND ivc.value_chain_id = :iVc))`);
    params.iVc = filter.valueChainId;
  }
  // Follow-ups: the same filters; a coach counts those scheduled for her (as `followUpRates`), since a
  // graduated person leaves her portfolio once her follow-ups are recorded.
  const followUpConds = [...conds];
  if (actor.role === Role.PROGRAM_LEAD)
    followUpConds.push('EXISTS (SELECT 1 FROM program_lead ipl WHERE ipl.program_id = e.program_id AND ipl.user_id = :iMe)');
  else if (actor.role === Role.COACH) followUpConds.push('f.coach_user_id = :iMe');
  else if (actor.role !== Role.ADMIN) followUpConds.push('false');
  if (actor.role === Role.PROGRAM_LEAD) {
    conds.push('EXISTS (SELECT 1 FROM program_lead ipl WHERE ipl.program_id = e.program_id AND ipl.user_id = :iMe)');
  } else if (actor.role === Role.COACH) {
    const vis = personVisibilitySql(actor, 'p');
    conds.push(`(${vis.sql})`);
    Object.assign(params, vis.params);
  } else if (actor.role !== Role.ADMIN) {
    conds.push('false');
  }
  const inPeriod = (expr: string) => {
    const c: string[] = [];
    if (filter.from) c.push(`${expr} >= CAST(:iFrom AS date)`);
    if (filter.to) c.push(`${expr} < CAST(:iTo AS date) + 1`);
    return c.length ? c.join(' AND ') : 'true';
  };
  if (filter.from) params.iFrom = filter.from;
  if (filter.to) params.iTo = filter.to;

  const where = conds.join(' AND ');
  const enrolmentConds = `${where} AND ${inPeriod('e.enrolled_on')}`;
  const enrolments = `SELECT e.id, e.person_id, e.program_id, e.status, e.enrolled_on, ${YOUTH_SQL('e.enrolled_on', 'p.birth_date')} AS youth
                        FROM enrolment e JOIN person p ON p.id = e.person_id
                       WHERE ${enrolmentConds}`;
  const population = `SELECT e.person_id FROM enrolment e JOIN person p ON p.id = e.person_id WHERE ${where}`;
  const personDims =
    [
      filter.programId,
      filter.cohortId,
      filter.regionCode,
      filter.provinceCode,
      filter.gender,
      filter.area,
      filter.valueChainId,
      filter.coachId,
    ].some(Boolean) ||
    (filter.neet !== undefined && filter.neet !== null);
  // An admin without any filter on people sees the whole organisation's cooperatives, ventures and sessions,
  // including those of people not (yet) enrolled.
  const orgWide = actor.role === Role.ADMIN && !personDims;
  const cooperatives = orgWide
    ? `SELECT ic.id FROM cooperative ic WHERE ic.organization_id = :iOrg AND ic.archived_at IS NULL`
    : `SELECT ic.id FROM cooperative ic
        WHERE ic.organization_id = :iOrg AND ic.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM cooperative_member icm WHERE icm.cooperative_id = ic.id AND icm.until IS NULL AND icm.person_id IN (${population}))`;
  const vc = filter.valueChainId ? ' AND iv.value_chain_id = :iVc' : '';
  const ventures = orgWide
    ? `SELECT iv.id FROM venture iv WHERE iv.organization_id = :iOrg AND iv.archived_at IS NULL${vc}`
    : `SELECT iv.id FROM venture iv
        WHERE iv.organization_id = :iOrg AND iv.archived_at IS NULL${vc}
          AND (iv.owner_person_id IN (${population}) OR iv.owner_cooperative_id IN (${cooperatives}))`;
  const sessionCoach = filter.coachId
    ? ' AND EXISTS (SELECT 1 FROM session_coach isc WHERE isc.session_id = s.id AND isc.user_id = :iCoach)'
    : '';
  // Not organisation-wide: the sessions of the people (through their participations, by index) and of the
  // accompanied cooperatives, rather than testing every session of the organisation against both.
  const sessionConds = orgWide
    ? `s.organization_id = :iOrg AND s.status = 'DONE' AND ${inPeriod('s.starts_at')}${sessionCoach}`
    : `s.organization_id = :iOrg AND s.status = 'DONE' AND ${inPeriod('s.starts_at')}${sessionCoach}
          AND s.id IN (SELECT isp.session_id FROM session_participant isp WHERE isp.person_id IN (${population})
                       UNION SELECT ics.id FROM coaching_session ics WHERE ics.cooperative_id IN (${cooperatives}))`;
  const sessions = `SELECT s.id FROM coaching_session s WHERE ${sessionConds}`;
  const followUps = `SELECT f.id, f.months, f.status, f.still_operating, f.due_on FROM follow_up f
                       JOIN enrolment e ON e.id = f.enrolment_id JOIN person p ON p.id = e.person_id
                      WHERE f.organization_id = :iOrg AND f.status <> 'CANCELLED' AND ${followUpConds.join(' AND ')} AND ${inPeriod('f.due_on')}`;
  const people = orgWide ? `SELECT ip.id FROM person ip WHERE ip.organization_id = :iOrg` : population;
  return {
    params,
    enrolments,
    enrolmentConds,
    population,
    people,
    cooperatives,
    ventures,
    sessions,
    sessionConds,
    followUps,
    inPeriod,
    orgWide,
  };
}

/** The people behind a people indicator, as a condition on the person alias `p`. */
export function peopleMeasureSql(scope: ImpactScope, measure: ImpactPeopleMeasure): string {
  const beneficiary = `p.id IN (SELECT person_id FROM (${scope.enrolments}) ib)`;
  switch (measure) {
    case ImpactPeopleMeasure.BENEFICIARIES:
      return beneficiary;
    case ImpactPeopleMeasure.WOMEN:
      return `${beneficiary} AND p.gender = 'F'`;
    case ImpactPeopleMeasure.NEET:
      return `${beneficiary} AND p.neet IS TRUE`;
    case ImpactPeopleMeasure.RURAL:
      return `${beneficiary} AND p.area = 'RURAL'`;
    case ImpactPeopleMeasure.YOUTH:
      return `p.id IN (SELECT person_id FROM (${scope.enrolments}) ib WHERE ib.youth)`;
    case ImpactPeopleMeasure.DROPPED_OUT:
      return `p.id IN (SELECT person_id FROM (${scope.enrolments}) ib WHERE ib.status = 'DROPPED_OUT')`;
    case ImpactPeopleMeasure.COOPERATIVE_MEMBERS:
      return `p.id IN (${scope.people}) AND EXISTS (SELECT 1 FROM cooperative_member im WHERE im.person_id = p.id AND im.until IS NULL AND im.cooperative_id IN (${scope.cooperatives}))`;
    case ImpactPeopleMeasure.FIRST_ENROLLED:
      // The trend's beneficiaries of a period (byPeriod): her first matching enrolment is in it.
      return `p.id IN (SELECT person_id FROM (${scope.enrolments}) ib GROUP BY person_id
                        HAVING min(ib.enrolled_on) >= CAST(:iFirstFrom AS date) AND min(ib.enrolled_on) <= CAST(:iFirstTo AS date))`;
    case ImpactPeopleMeasure.PEOPLE_TRAINED:
      return `p.id IN (${scope.people}) AND EXISTS (SELECT 1 FROM session_participant itp JOIN coaching_session its ON its.id = itp.session_id
                                                   WHERE itp.person_id = p.id AND itp.attendance = 'PRESENT' AND its.kind = 'TRAINING'
                                                     AND its.status = 'DONE' AND ${scope.inPeriod('its.starts_at')})`;
  }
}
