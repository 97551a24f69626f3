import { Injectable } from '@nestjs/common';
import { ErrorReason, Indicator, isShareIndicator, Role, STAGES } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput } from '../../common/errors';
import { FollowUpRateRow } from '../follow-up/follow-up.service';
import { Gender } from '../person/person.enums';
import { SessionKind } from '../session/session.enums';
import { ImpactFilter, ImpactPeopleMeasure, PeriodGranularity } from './dto/impact.inputs';
import { ImpactSummaryService, SummaryFigures } from './impact-summary.service';
import { impactScope, ImpactScope, peopleMeasureSql, YOUTH_SQL } from './impact.sql';
import {
  CoachFigure,
  FigureSource,
  GenderFigure,
  Impact,
  KindFigure,
  PeriodFigure,
  ProgramFigure,
  ProvinceFigure,
  RegionFigure,
  StageFigure,
  TargetProgress,
} from './impact.types';

/** A share between 0 and 1, rounded to 4 decimals; 0 when there is nothing to divide by. */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

const DAY = 86_400_000;

/**
 * The period just before [from, to] of the same length: whole calendar months when the period is
 * made of whole months (April → March, a quarter → the previous quarter), else the same number of days.
 */
export function previousPeriod(from: string, to: string): [string, string] {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const dayAfterEnd = new Date(end.getTime() + DAY);
  if (start.getUTCDate() === 1 && dayAfterEnd.getUTCDate() === 1) {
    const months = (dayAfterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 + dayAfterEnd.getUTCMonth() - start.getUTCMonth();
    const prevStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1));
    return [prevStart.toISOString().slice(0, 10), new Date(start.getTime() - DAY).toISOString().slice(0, 10)];
  }
  const days = Math.round((end.getTime() - start.getTime()) / DAY) + 1;
  return [new Date(start.getTime() - days * DAY).toISOString().slice(0, 10), new Date(start.getTime() - DAY).toISOString().slice(0, 10)];
}

/** Aggregates shared by the fields of one `impact` request (the headline and its breakdowns). */
type Memo = Map<string, Promise<unknown>>;

function once<T>(memo: Memo | undefined, key: string, compute: () => Promise<T>): Promise<T> {
  if (!memo) return compute();
  let found = memo.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    memo.set(key, found);
  }
  return found;
}

/** A row of the people grouped by region, by province, by gender and in all (g_* = 1: not grouped by it). */
interface PeopleGroupRow {
  g_region: number | string;
  g_province: number | string;
  g_gender: number | string;
  region_code: string | null;
  province_code: string | null;
  gender: string | null;
  min_region: string | null;
  b: string;
  w: string;
  n: string;
  r: string;
  y: string;
  d: string;
}

interface SessionKindRow {
  g_kind: number | string;
  kind: string | null;
  n: string;
  h: string;
}

/** The SQL columns each headline field needs (fields not listed need none). */
const COLUMNS_OF: Record<string, string[]> = {
  beneficiaries: ['beneficiaries'],
  women: ['women'],
  womenShare: ['women', 'beneficiaries'],
  neet: ['neet'],
  neetShare: ['neet', 'beneficiaries'],
  rural: ['rural'],
  ruralShare: ['rural', 'beneficiaries'],
  youth: ['youth'],
  youthShare: ['youth', 'beneficiaries'],
  regionsCovered: ['regions'],
  provincesCovered: ['provinces'],
  droppedOut: ['dropped'],
  dropoutRate: ['dropped', 'beneficiaries'],
  cooperatives: ['cooperatives'],
  cooperativeMembers: ['members'],
  peopleTrained: ['trained'],
  sessionsDelivered: ['sessions'],
  sessionHours: ['hours'],
  ventures: ['ventures'],
  venturesOperating: ['operating'],
  venturesOperatingShare: ['operating', 'ventures'],
  revenue: ['revenue'],
  revenuePrevious: ['revenue_prev'],
  revenueGrowth: ['revenue', 'revenue_prev'],
  jobsCreated: ['jobs'],
  jobsWomen: ['jobs_women'],
  jobsYouth: ['jobs_youth'],
};

/** The caller's scope for a filter (a period must not end before it starts). */
export function validatedScope(actor: Actor, filter: ImpactFilter): ImpactScope {
  if (filter.from && filter.to && filter.from > filter.to)
    throw badInput('to', ErrorReason.INVALID_VALUE, 'The end of the period is before its start');
  return impactScope(actor, filter);
}

@Injectable()
export class ImpactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summary: ImpactSummaryService,
  ) {}

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [q, p] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query<T[]>(q, p);
  }

  private scope(actor: Actor, filter: ImpactFilter): ImpactScope {
    return validatedScope(actor, filter);
  }

  /**
   * The people behind the enrolment figures, in one statement read once per request: grouped by region,
   * by province and by gender, and in all (each person once, with whether one of her matching enrolments
   * is of a young person or dropped out). The headline figures and the breakdowns are read from it.
   */
  private peopleGroups(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<PeopleGroupRow[]> {
    return once(memo, 'people', () => {
      const s = this.scope(actor, filter);
      return this.query<PeopleGroupRow>(
        `WITH bp AS (SELECT p.region_code, p.province_code, p.gender, p.neet, p.area,
                            bool_or(${YOUTH_SQL('e.enrolled_on', 'p.birth_date')}) AS youth, bool_or(e.status = 'DROPPED_OUT') AS dropped
                       FROM enrolment e JOIN person p ON p.id = e.person_id
                      WHERE ${s.enrolmentConds} GROUP BY p.id)
         SELECT grouping(region_code) AS g_region, grouping(province_code) AS g_province, grouping(gender) AS g_gender,
                region_code, province_code, gender, min(region_code) AS min_region,
                count(*) AS b, count(*) FILTER (WHERE gender = 'F') AS w, count(*) FILTER (WHERE neet IS TRUE) AS n,
                count(*) FILTER (WHERE area = 'RURAL') AS r, count(*) FILTER (WHERE youth) AS y, count(*) FILTER (WHERE dropped) AS d
           FROM bp GROUP BY GROUPING SETS ((region_code), (province_code), (gender), ())
          ORDER BY region_code, province_code, gender`,
        s.params,
      );
    });
  }

  /** Sessions delivered and hours by kind and in all, in one statement read once per request. */
  private sessionKinds(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<SessionKindRow[]> {
    return once(memo, 'sessions', () => {
      const s = this.scope(actor, filter);
      return this.query<SessionKindRow>(
        `SELECT grouping(s.kind) AS g_kind, s.kind, count(*) AS n, coalesce(sum(extract(epoch FROM s.ends_at - s.starts_at)) / 3600, 0) AS h
           FROM coaching_session s WHERE ${s.sessionConds} GROUP BY GROUPING SETS ((s.kind), ())`,
        s.params,
      );
    });
  }

  /** The headline figures; only those `wanted` (GraphQL field names) when given. */
  async impact(actor: Actor, filter: ImpactFilter = {}, wanted?: ReadonlySet<string>, memo: Memo = new Map()): Promise<Impact> {
    const s = this.scope(actor, filter);
    const params: Record<string, unknown> = { ...s.params };
    let prev = 'NULL::numeric';
    if (filter.from && filter.to) {
      [params.iPrevFrom, params.iPrevTo] = previousPeriod(filter.from, filter.to);
      prev = `(SELECT coalesce(sum(r.revenue), 0) FROM economic_result r WHERE r.venture_id IN (SELECT id FROM vs)
                 AND r.period_start >= CAST(:iPrevFrom AS date) AND r.period_start <= CAST(:iPrevTo AS date))`;
    }
    const inResults = `r.venture_id IN (SELECT id FROM vs) AND ${s.inPeriod('r.period_start')}`;
    const columns: Array<[string, string]> = [
      ['cooperatives', `(SELECT count(*) FROM (${s.cooperatives}) c)`],
      [
        'members',
        `(SELECT count(*) FROM person p WHERE p.organization_id = :iOrg AND ${peopleMeasureSql(s, ImpactPeopleMeasure.COOPERATIVE_MEMBERS)})`,
      ],
      [
        'trained',
        `(SELECT count(*) FROM person p WHERE p.organization_id = :iOrg AND ${peopleMeasureSql(s, ImpactPeopleMeasure.PEOPLE_TRAINED)})`,
      ],
      ['ventures', `(SELECT count(*) FROM vs)`],
      ['operating', `(SELECT count(*) FROM venture v WHERE v.id IN (SELECT id FROM vs) AND v.stage IN ('OPERATING', 'GROWING'))`],
      ['revenue', `rs.revenue`],
      ['revenue_prev', prev],
      ['jobs', `rs.jobs`],
      ['jobs_women', `rs.jobs_women`],
      ['jobs_youth', `rs.jobs_youth`],
    ];
    const needed = wanted ? new Set([...wanted].flatMap((field) => COLUMNS_OF[field] ?? [])) : undefined;
    const needs = (...names: string[]) => !needed || names.some((n) => needed.has(n));
    const selected = columns.filter(([name]) => !needed || needed.has(name));
    const fromSummary: Promise<SummaryFigures | null> = this.summary.applies(actor, filter)
      ? this.summary.figures(actor, filter)
      : Promise.resolve(null);
    const liveSql = `WITH vs AS (${s.ventures})
       SELECT ${['now() AS as_of', ...selected.map(([name, sql]) => `${sql} AS ${name}`)].join(',\n              ')}
       ${
         needs('revenue', 'jobs', 'jobs_women', 'jobs_youth')
           ? `FROM (SELECT coalesce(sum(r.revenue), 0) AS revenue, coalesce(sum(r.jobs_total), 0) AS jobs,
                           coalesce(sum(r.jobs_women), 0) AS jobs_women, coalesce(sum(r.jobs_youth), 0) AS jobs_youth
                      FROM economic_result r WHERE ${inResults}) rs`
           : ''
       }`;
    const wantsPeople = needs('beneficiaries', 'women', 'neet', 'rural', 'youth', 'regions', 'provinces', 'dropped');
    const [summaryFigures, [live], sessions, groups] = await Promise.all([
      fromSummary,
      this.query<Record<string, string | number | null>>(liveSql, params),
      needs('sessions', 'hours') ? this.sessionKinds(actor, filter, memo) : Promise.resolve([] as SessionKindRow[]),
      wantsPeople && !this.summary.applies(actor, filter) ? this.peopleGroups(actor, filter, memo) : Promise.resolve(undefined),
    ]);
    let people: (PeopleGroupRow & { regions: number; provinces: number }) | undefined;
    if (!summaryFigures && wantsPeople) {
      const all = groups ?? (await this.peopleGroups(actor, filter, memo));
      const total = all.find((g) => num(g.g_region) && num(g.g_province) && num(g.g_gender));
      // Regions and provinces covered: the groups by region (by province) with a code, i.e. count(DISTINCT code).
      if (total)
        people = {
          ...total,
          regions: all.filter((g) => !num(g.g_region) && num(g.g_province) && g.region_code !== null).length,
          provinces: all.filter((g) => num(g.g_region) && !num(g.g_province) && g.province_code !== null).length,
        };
    }
    const total = sessions.find((k) => num(k.g_kind) === 1);
    const row: Record<string, string | number | null> = summaryFigures
      ? {
          ...live,
          beneficiaries: summaryFigures.beneficiaries,
          women: summaryFigures.women,
          neet: summaryFigures.neet,
          rural: summaryFigures.rural,
          youth: summaryFigures.youth,
          regions: summaryFigures.regions,
          provinces: summaryFigures.provinces,
          dropped: summaryFigures.dropped,
        }
      : {
          ...live,
          beneficiaries: people?.b ?? 0,
          women: people?.w ?? 0,
          neet: people?.n ?? 0,
          rural: people?.r ?? 0,
          youth: people?.y ?? 0,
          regions: people?.regions ?? 0,
          provinces: people?.provinces ?? 0,
          dropped: people?.d ?? 0,
        };
    row.sessions = total?.n ?? 0;
    row.hours = total?.h ?? 0;
    const b = num(row.beneficiaries);
    const revenue = Math.round(num(row.revenue) * 100) / 100;
    const revenuePrevious = row.revenue_prev === null ? null : Math.round(num(row.revenue_prev) * 100) / 100;
    const ventures = num(row.ventures);
    const impact = new Impact();
    Object.assign(impact, {
      actor,
      filter,
      memo,
      asOf: (summaryFigures?.refreshedAt ?? new Date(live.as_of as unknown as string)).toISOString(),
      liveAsOf: new Date(live.as_of as unknown as string).toISOString(),
      source: summaryFigures ? FigureSource.SUMMARY : FigureSource.LIVE,
      beneficiaries: b,
      women: num(row.women),
      womenShare: share(num(row.women), b),
      neet: num(row.neet),
      neetShare: share(num(row.neet), b),
      rural: num(row.rural),
      ruralShare: share(num(row.rural), b),
      youth: num(row.youth),
      youthShare: share(num(row.youth), b),
      regionsCovered: num(row.regions),
      provincesCovered: num(row.provinces),
      cooperatives: num(row.cooperatives),
      cooperativeMembers: num(row.members),
      sessionsDelivered: num(row.sessions),
      sessionHours: Math.round(num(row.hours) * 100) / 100,
      peopleTrained: num(row.trained),
      ventures,
      venturesOperating: num(row.operating),
      venturesOperatingShare: share(num(row.operating), ventures),
      revenue,
      revenuePrevious,
      revenueGrowth: revenuePrevious ? Math.round(((revenue - revenuePrevious) / revenuePrevious) * 10_000) / 10_000 : null,
      jobsCreated: num(row.jobs),
      jobsWomen: num(row.jobs_women),
      jobsYouth: num(row.jobs_youth),
      droppedOut: num(row.dropped),
      dropoutRate: share(num(row.dropped), b),
    });
    return impact;
  }

  async byRegion(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<RegionFigure[]> {
    const rows = (await this.peopleGroups(actor, filter, memo)).filter((g) => !num(g.g_region) && num(g.g_province));
    return rows.map((r) => ({
      regionCode: r.region_code as string,
      beneficiaries: num(r.b),
      women: num(r.w),
      neet: num(r.n),
      rural: num(r.r),
    }));
  }

  async byProvince(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<ProvinceFigure[]> {
    const rows = (await this.peopleGroups(actor, filter, memo)).filter(
      (g) => num(g.g_region) && !num(g.g_province) && g.province_code !== null,
    );
    return rows.map((r) => ({
      provinceCode: r.province_code as string,
      regionCode: r.min_region as string,
      beneficiaries: num(r.b),
      women: num(r.w),
    }));
  }

  async byProgram(actor: Actor, filter: ImpactFilter): Promise<ProgramFigure[]> {
    const s = this.scope(actor, filter);
    const rows = await this.query<Record<string, string>>(
      // A person has at most one enrolment per programme (enrolment_person_program_key): within a
      // programme, enrolments are distinct people, and counting rows needs no sort.
      `SELECT be.program_id, pr.name, count(*) AS b,
              count(*) FILTER (WHERE p.gender = 'F') AS w,
              count(*) FILTER (WHERE be.status = 'DROPPED_OUT') AS d
         FROM (${s.enrolments}) be JOIN person p ON p.id = be.person_id JOIN program pr ON pr.id = be.program_id
        GROUP BY be.program_id, pr.name ORDER BY pr.name`,
      s.params,
    );
    return rows.map((r) => ({
      programId: r.program_id,
      programName: r.name,
      beneficiaries: num(r.b),
      women: num(r.w),
      droppedOut: num(r.d),
    }));
  }

  async byGender(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<GenderFigure[]> {
    const rows = (await this.peopleGroups(actor, filter, memo)).filter((g) => num(g.g_region) && num(g.g_province) && !num(g.g_gender));
    return [Gender.F, Gender.M].map((gender) => ({ gender, beneficiaries: num(rows.find((r) => r.gender === (gender as string))?.b) }));
  }

  async byStage(actor: Actor, filter: ImpactFilter): Promise<StageFigure[]> {
    const s = this.scope(actor, filter);
    const ranks = STAGES.map((st, i) => `WHEN '${st}' THEN ${i}`).join(' ');
    const rank = (e: string) => `(CASE ${e} ${ranks} END)`;
    const [counts, medians] = await Promise.all([
      this.query<Record<string, string>>(
        `SELECT v.stage, count(*) AS now_at,
                greatest(${rank('v.stage')}, coalesce((SELECT max(${rank('c.to_stage')}) FROM venture_stage_change c WHERE c.venture_id = v.id), 0)) AS top
           FROM venture v WHERE v.id IN (${s.ventures}) GROUP BY v.id, v.stage`,
        s.params,
      ),
      this.query<Record<string, string>>(
        `SELECT to_stage AS stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median
           FROM (SELECT c.to_stage, lead(c.changed_on) OVER (PARTITION BY c.venture_id ORDER BY c.changed_on, c.created_at) - c.changed_on AS days
                   FROM venture_stage_change c WHERE c.venture_id IN (${s.ventures})) t
          WHERE days IS NOT NULL GROUP BY to_stage`,
        s.params,
      ),
    ]);
    const reached = STAGES.map((_, i) => counts.filter((c) => num(c.top) >= i).length);
    return STAGES.map((stage, i) => ({
      stage,
      ventures: counts.filter((c) => c.stage === (stage as string)).length,
      reached: reached[i],
      conversionFromPrevious: i > 0 && reached[i - 1] > 0 ? share(reached[i], reached[i - 1]) : null,
      medianDays: medians.find((m) => m.stage === (stage as string))
        ? num(medians.find((m) => m.stage === (stage as string))?.median)
        : null,
    }));
  }

  async byKind(actor: Actor, filter: ImpactFilter, memo?: Memo): Promise<KindFigure[]> {
    const rows = (await this.sessionKinds(actor, filter, memo)).filter((k) => !num(k.g_kind));
    return Object.values(SessionKind).map((kind) => {
      const r = rows.find((x) => x.kind === (kind as string));
      return { kind, sessions: num(r?.n), hours: Math.round(num(r?.h) * 100) / 100 };
    });
  }

  async byCoach(actor: Actor, filter: ImpactFilter): Promise<CoachFigure[]> {
    const s = this.scope(actor, filter);
    const rows = await this.query<Record<string, string>>(
      `SELECT sc.user_id, u.display_name, count(*) AS n, coalesce(sum(extract(epoch FROM cs.ends_at - cs.starts_at)) / 3600, 0) AS h
         FROM coaching_session cs JOIN session_coach sc ON sc.session_id = cs.id JOIN app_user u ON u.id = sc.user_id
        WHERE cs.id IN (${s.sessions}) GROUP BY sc.user_id, u.display_name ORDER BY n DESC, u.display_name`,
      s.params,
    );
    return rows.map((r) => ({
      coachId: r.user_id,
      displayName: r.display_name,
      sessions: num(r.n),
      hours: Math.round(num(r.h) * 100) / 100,
    }));
  }

  async byPeriod(actor: Actor, filter: ImpactFilter, granularity: PeriodGranularity): Promise<PeriodFigure[]> {
    const s = this.scope(actor, filter);
    const unit = { [PeriodGranularity.MONTH]: 'month', [PeriodGranularity.QUARTER]: 'quarter', [PeriodGranularity.YEAR]: 'year' }[
      granularity
    ];
    const rows = await this.query<Record<string, string>>(
      `SELECT to_char(period, 'YYYY-MM-DD') AS period, sum(b) AS b, sum(n) AS n FROM (
         SELECT date_trunc('${unit}', first_on) AS period, count(*) AS b, 0 AS n
           FROM (SELECT person_id, min(enrolled_on) AS first_on FROM (${s.enrolments}) be GROUP BY person_id) f GROUP BY 1
         UNION ALL
         SELECT date_trunc('${unit}', cs.starts_at) AS period, 0 AS b, count(*) AS n
           FROM coaching_session cs WHERE cs.id IN (${s.sessions}) GROUP BY 1
       ) t GROUP BY period ORDER BY period`,
      s.params,
    );
    return rows.map((r) => ({ period: r.period, beneficiaries: num(r.b), sessionsDelivered: num(r.n) }));
  }

  /**
   * Survival after graduation at 6 and 12 months (the `followUpRates` figures, over the impact scope and
   * filters): of the follow-ups recorded, the share whose activity still operates; null when none is recorded.
   */
  async survival(actor: Actor, filter: ImpactFilter): Promise<FollowUpRateRow[]> {
    const s = this.scope(actor, filter);
    const rows = await this.query<Record<string, string>>(
      `SELECT f.months, count(*) FILTER (WHERE f.status = 'DUE') AS due,
              count(*) FILTER (WHERE f.status = 'DUE' AND f.due_on < CURRENT_DATE) AS overdue,
              count(*) FILTER (WHERE f.status = 'DONE') AS recorded,
              count(*) FILTER (WHERE f.status = 'DONE' AND f.still_operating IS TRUE) AS operating
         FROM (${s.followUps}) f GROUP BY f.months`,
      s.params,
    );
    return [6, 12].map((months) => {
      const r = rows.find((x) => num(x.months) === months);
      const recorded = num(r?.recorded);
      const operating = num(r?.operating);
      return {
        months,
        due: num(r?.due),
        overdue: num(r?.overdue),
        recorded,
        stillOperating: operating,
        survivalRate: recorded ? share(operating, recorded) : null,
      };
    });
  }

  /** Programme targets with the actual figure for the whole programme and the expected pace today. */
  async targets(actor: Actor, filter: ImpactFilter, today = new Date()): Promise<TargetProgress[]> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) return [];
    const params: Record<string, unknown> = { tOrg: actor.organizationId, tMe: actor.userId };
    const conds = ['t.organization_id = :tOrg', 'pr.archived_at IS NULL'];
    if (filter.programId) {
      conds.push('t.program_id = :tProgram');
      params.tProgram = filter.programId;
    }
    if (actor.role === Role.PROGRAM_LEAD)
      conds.push('EXISTS (SELECT 1 FROM program_lead tl WHERE tl.program_id = t.program_id AND tl.user_id = :tMe)');
    const rows = await this.query<Record<string, string | null>>(
      `SELECT t.program_id, pr.name, t.indicator, t.target_value, t.due_on::text AS due_on, pr.starts_on::text AS starts_on, pr.ends_on::text AS ends_on
         FROM program_target t JOIN program pr ON pr.id = t.program_id WHERE ${conds.join(' AND ')} ORDER BY pr.name, t.indicator`,
      params,
    );
    const actuals = new Map<string, Impact>();
    for (const programId of [...new Set(rows.map((r) => r.program_id as string))])
      actuals.set(programId, await this.impact(actor, { programId }));
    return rows.map((r) => {
      const indicator = r.indicator as Indicator;
      const target = num(r.target_value);
      const actual = indicatorValue(actuals.get(r.program_id as string) as Impact, indicator);
      const end = r.due_on ?? r.ends_on;
      let expected: number | null = null;
      if (isShareIndicator(indicator)) expected = target;
      else if (r.starts_on && end) {
        const start = Date.parse(`${r.starts_on}T00:00:00Z`);
        const stop = Date.parse(`${end}T00:00:00Z`);
        const elapsed = stop > start ? Math.min(1, Math.max(0, (today.getTime() - start) / (stop - start))) : 1;
        expected = Math.round(target * elapsed * 100) / 100;
      }
      const lowerIsBetter = indicator === Indicator.DROPOUT_RATE;
      return {
        programId: r.program_id as string,
        programName: r.name as string,
        indicator,
        target,
        actual,
        progress: actual === null || target === 0 ? null : Math.round((actual / target) * 10_000) / 10_000,
        expected,
        onPace: actual === null || expected === null ? null : lowerIsBetter ? actual <= expected : actual >= expected,
        dueOn: r.due_on,
      };
    });
  }
}

/** The value of a programme indicator in computed figures (null when not computed yet). */
export function indicatorValue(impact: Impact, indicator: Indicator): number | null {
  const map: Record<Indicator, number | null> = {
    [Indicator.BENEFICIARIES]: impact.beneficiaries,
    [Indicator.WOMEN]: impact.women,
    [Indicator.WOMEN_SHARE]: impact.womenShare,
    [Indicator.NEET]: impact.neet,
    [Indicator.NEET_SHARE]: impact.neetShare,
    [Indicator.RURAL_SHARE]: impact.ruralShare,
    [Indicator.YOUTH_SHARE]: impact.youthShare,
    [Indicator.REGIONS_COVERED]: impact.regionsCovered,
    [Indicator.COOPERATIVES]: impact.cooperatives,
    [Indicator.COOPERATIVE_MEMBERS]: impact.cooperativeMembers,
    [Indicator.SESSIONS_DELIVERED]: impact.sessionsDelivered,
    [Indicator.PEOPLE_TRAINED]: impact.peopleTrained,
    [Indicator.VENTURES_OPERATING_SHARE]: impact.venturesOperatingShare,
    [Indicator.JOBS_CREATED]: impact.jobsCreated,
    [Indicator.DROPOUT_RATE]: impact.dropoutRate,
  };
  return map[indicator] ?? null;
}
