import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { JobsService } from '../notification/jobs.service';
import { ImpactFilter, PeriodGranularity } from './dto/impact.inputs';
import { ImpactService } from './impact.service';
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

/** A whole dashboard as the live code computed it (everything the `impact` query answers without arguments). */
export interface ImpactSnapshot {
  figures: Record<string, unknown>;
  byRegion: RegionFigure[];
  byProvince: ProvinceFigure[];
  byProgram: ProgramFigure[];
  byGender: GenderFigure[];
  byStage: StageFigure[];
  byKind: KindFigure[];
  byCoach: CoachFigure[];
  byPeriod: Record<PeriodGranularity, PeriodFigure[]>;
  targets: TargetProgress[];
  survival: Awaited<ReturnType<ImpactService['survival']>>;
}

/** Any filter at all: a snapshot answers the organisation as a whole only. */
const FILTERS: Array<keyof ImpactFilter> = [
  'programId',
  'cohortId',
  'regionCode',
  'provinceCode',
  'gender',
  'area',
  'neet',
  'coachId',
  'valueChainId',
  'from',
  'to',
];

/** The months' figures added up by quarter or by year (periods as YYYY-MM-DD, first day). */
export function rollUp(months: PeriodFigure[], unit: 'quarter' | 'year'): PeriodFigure[] {
  const out = new Map<string, PeriodFigure>();
  for (const m of months) {
    const year = m.period.slice(0, 4);
    const month = Number(m.period.slice(5, 7));
    const period = unit === 'year' ? `${year}-01-01` : `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    const p = out.get(period) ?? { period, beneficiaries: 0, sessionsDelivered: 0 };
    p.beneficiaries += m.beneficiaries;
    p.sessionsDelivered += m.sessionsDelivered;
    out.set(period, p);
  }
  return [...out.values()].sort((x, y) => x.period.localeCompare(y.period));
}

/** A snapshot older than this (three missed refreshes) is not used: the dashboard goes back to live figures. */
const MAX_AGE_MINUTES = 15;

/**
 * Dashboards of large organisations (docs/indicators.md, "Scale and freshness"). Computed live, the
 * dashboard of an organisation of 1.5 million people takes seconds; a scheduled job (every 5 minutes,
 * once across app instances) computes the organisation's whole dashboard with the live code and keeps
 * it with its time, and the `impact` query answers an admin's unfiltered dashboard from it (`source: SUMMARY`, `asOf` = when it was computed, shown on the dashboard). Only
 * organisations with at least RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE people get snapshots: smaller ones
 * are answered live, exactly, at every request. Drill-down lists are always live.
 */
@Injectable()
export class ImpactSnapshotService {
  private readonly log = new Logger('ImpactSnapshots');
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly impact: ImpactService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'impactSnapshotMinPeople'>,
  ) {}

  /**
   * The snapshot key for these filters, or null when a snapshot cannot answer them: an admin's
   * dashboard of the whole organisation. A region's or a programme's dashboard computed live costs
   * more than the organisation's at national scale (its people are found through sub-queries: 73 s
   * for one region against 42 s for the organisation, benchmark of December 2026), so snapshots of
   * every region and programme would not fit in the 5-minute refresh on a small server; those views
   * stay live (docs/indicators.md).
   */
  static keyOf(actor: Actor, filter: ImpactFilter): string | null {
    if (actor.role !== Role.ADMIN) return null;
    if (FILTERS.some((k) => filter[k] !== undefined && filter[k] !== null)) return null;
    return 'organization';
  }

  /** The dashboard from a fresh snapshot, or null (compute it live). */
  async read(actor: Actor, filter: ImpactFilter): Promise<Impact | null> {
    const key = ImpactSnapshotService.keyOf(actor, filter);
    if (!key) return null;
    const rows = await this.dataSource.query<Array<{ computed_at: Date; payload: ImpactSnapshot }>>(
      `SELECT s.computed_at, s.payload FROM impact_snapshot s
        WHERE s.organization_id = $1 AND s.key = $2 AND s.computed_at > now() - make_interval(mins => ${MAX_AGE_MINUTES})`,
      [actor.organizationId, key],
    );
    const row = rows[0];
    if (!row) return null;
    const asOf = new Date(row.computed_at).toISOString();
    const impact = Object.assign(new Impact(), row.payload.figures, {
      actor,
      filter,
      memo: new Map(),
      asOf,
      liveAsOf: asOf,
      source: FigureSource.SUMMARY,
      snapshot: row.payload,
    });
    return impact;
  }

  /** Computes the dashboard of one key with the live code, as an admin of the organisation. */
  private async compute(organizationId: string, filter: ImpactFilter): Promise<ImpactSnapshot> {
    const actor: Actor = {
      userId: '00000000-0000-4000-8000-000000000000',
      organizationId,
      role: Role.ADMIN,
      locale: null,
      sessionId: 'snapshot',
    };
    const memo = new Map<string, Promise<unknown>>();
    const impact = await this.impact.impact(actor, filter, undefined, memo);
    const { actor: _a, filter: _f, memo: _m, ...figures } = impact;
    const [byRegion, byProvince, byProgram, byGender, byStage, byKind, byCoach, month, targets, survival] = await Promise.all([
      this.impact.byRegion(actor, filter, memo),
      this.impact.byProvince(actor, filter, memo),
      this.impact.byProgram(actor, filter),
      this.impact.byGender(actor, filter, memo),
      this.impact.byStage(actor, filter),
      this.impact.byKind(actor, filter, memo),
      this.impact.byCoach(actor, filter),
      this.impact.byPeriod(actor, filter, PeriodGranularity.MONTH),
      this.impact.targets(actor, filter),
      this.impact.survival(actor, filter),
    ]);
    return {
      figures,
      byRegion,
      byProvince,
      byProgram,
      byGender,
      byStage,
      byKind,
      byCoach,
      // Quarters and years add up their months (a person counts in the month, hence the quarter and year, of her first enrolment).
      byPeriod: {
        [PeriodGranularity.MONTH]: month,
        [PeriodGranularity.QUARTER]: rollUp(month, 'quarter'),
        [PeriodGranularity.YEAR]: rollUp(month, 'year'),
      },
      targets,
      survival,
    };
  }

  /**
   * Recomputes the snapshots of one organisation if it is large enough (else removes any it had);
   * answers how many were written. Each snapshot is written on its own: readers see every key
   * either at its previous or at its new time, never a half-written one.
   */
  async refreshOrganization(organizationId: string): Promise<number> {
    const [{ people }] = await this.dataSource.query<Array<{ people: string }>>(
      `SELECT count(*) AS people FROM person WHERE organization_id = $1`,
      [organizationId],
    );
    if (Number(people) < this.config.impactSnapshotMinPeople) {
      await this.dataSource.query(`DELETE FROM impact_snapshot WHERE organization_id = $1`, [organizationId]);
      return 0;
    }
    const keys: Array<[string, ImpactFilter]> = [['organization', {}]];
    for (const [key, filter] of keys) {
      const started = Date.now();
      const payload = await this.compute(organizationId, filter);
      await this.dataSource.query(
        `INSERT INTO impact_snapshot (organization_id, key, computed_at, seconds, payload)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id, key) DO UPDATE SET computed_at = excluded.computed_at, seconds = excluded.seconds, payload = excluded.payload`,
        [organizationId, key, new Date(started), (Date.now() - started) / 1000, JSON.stringify(payload)],
      );
    }
    // Keys no longer computed.
    await this.dataSource.query(`DELETE FROM impact_snapshot WHERE organization_id = $1 AND NOT (key = ANY ($2))`, [
      organizationId,
      keys.map(([k]) => k),
    ]);
    return keys.length;
  }

  /** Every organisation (the scheduled job); one run at a time in this process. */
  refreshAll(): Promise<number> {
    this.running ??= (async () => {
      try {
        const started = Date.now();
        let written = 0;
        const orgs = await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM organization ORDER BY id`);
        for (const { id } of orgs) written += await this.refreshOrganization(id);
        if (written) this.log.log(`impact snapshots: ${written} computed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return written;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

/** Every 5 minutes, once across app instances (pg-boss): the snapshots of every large organisation. */
@Injectable()
export class ImpactSnapshotJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly snapshots: ImpactSnapshotService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('refresh-impact-snapshots', '*/5 * * * *', () => this.snapshots.refreshAll());
  }
}
