import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Role } from '@rafiq/shared';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { ImpactFilter } from './dto/impact.inputs';

/** The enrolment figures the summary can give (docs/indicators.md). */
export interface SummaryFigures {
  refreshedAt: Date;
  beneficiaries: number;
  women: number;
  neet: number;
  rural: number;
  youth: number;
  regions: number;
  provinces: number;
  dropped: number;
}

const QUEUE = 'refresh-impact-summary';

/**
 * Recomputes the summary without blocking readers (CONCURRENTLY) and answers its refresh time.
 * Called by the scheduled job, the admin mutation, and after every import that wrote records, so
 * a programme's dashboard shows an imported register as soon as the import says it is done.
 */
export async function refreshImpactSummary(ds: DataSource): Promise<Date> {
  const cleared = await clearChangeMarks(ds);
  try {
    await ds.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY impact_enrolment_summary`);
  } catch (e) {
    // The marks were cleared for a refresh that did not happen: every organisation goes back to live figures.
    if (cleared) await ds.query(`UPDATE impact_summary_state SET dirty = true WHERE NOT dirty`).catch(() => undefined);
    throw e;
  }
  const [row] = await ds.query<Array<{ at: Date | null }>>(`SELECT max(refreshed_at) AS at FROM impact_enrolment_summary`);
  return row?.at ?? new Date();
}

/**
 * Clears the "changed since the last refresh" marks (migration 1764870000000) at a moment when no
 * writer that may have changed enrolments is still running (the lock conflicts with theirs), so
 * the refresh's snapshot that follows holds every change whose mark is cleared. NOWAIT and retried,
 * so new writers do not queue behind the refresh (but for at most 2 s on the last attempt). If
 * writers never pause (e.g. a long import), the marks stay and those organisations keep live
 * figures until a later refresh — slower, never wrong.
 */
async function clearChangeMarks(ds: DataSource, attempts = 10): Promise<boolean> {
  for (let i = 0; i <= attempts; i++) {
    const last = i === attempts;
    const done = await ds
      .transaction(async (m) => {
        // The last attempt waits (briefly) in the lock queue rather than give up.
        if (last) await m.query(`SET LOCAL lock_timeout = '2s'`);
        await m.query(`LOCK TABLE impact_summary_state IN SHARE ROW EXCLUSIVE MODE${last ? '' : ' NOWAIT'}`);
        await m.query(`UPDATE impact_summary_state SET dirty = false WHERE dirty`);
        return true;
      })
      .catch((e: { code?: string }) => {
        if (e.code === '55P03') return false; // lock_not_available
        throw e;
      });
    if (done) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const firstOfMonth = (d: string) => d.endsWith('-01');
const lastOfMonth = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).getUTCDate() === 1;

/**
 * The pre-aggregated enrolment summary (materialised view `impact_enrolment_summary`): refreshed
 * CONCURRENTLY every 5 minutes by a pg-boss job (and on demand, e.g. after an import), read by the
 * `impact` query for a programme when the filters fit its dimensions; anything else stays live.
 */
@Injectable()
export class ImpactSummaryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    const boss = new PgBoss({ connectionString: url, max: 1, application_name: 'rafiq-impact-jobs' });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue(QUEUE);
    await boss.schedule(QUEUE, '*/5 * * * *');
    await boss.work(QUEUE, async () => {
      await this.refresh();
    });
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => undefined);
  }

  /** Recomputes the summary without blocking readers. */
  refresh(): Promise<Date> {
    return refreshImpactSummary(this.dataSource);
  }

  /**
   * Can these filters be answered from the summary? One programme (rows add up to people only
   * within a programme), an admin or the programme's lead (checked in the query), whole months,
   * and no filter the summary does not carry (coach, value chain). Coaches stay live.
   */
  applies(actor: Actor, filter: ImpactFilter): boolean {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) return false;
    if (!filter.programId || filter.coachId || filter.valueChainId) return false;
    if (filter.from && !firstOfMonth(filter.from)) return false;
    if (filter.to && !lastOfMonth(filter.to)) return false;
    return true;
  }

  /** The enrolment figures from the summary, or null when it has never been refreshed or the organisation's records changed since. */
  async figures(actor: Actor, filter: ImpactFilter): Promise<SummaryFigures | null> {
    const conds = ['s.organization_id = $1', 's.program_id = $2'];
    const params: unknown[] = [actor.organizationId, filter.programId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conds.push(sql.replace('?', `$${params.length}`));
    };
    if (actor.role === Role.PROGRAM_LEAD)
      add('EXISTS (SELECT 1 FROM program_lead l WHERE l.program_id = s.program_id AND l.user_id = ?)', actor.userId);
    if (filter.cohortId) add('s.cohort_id = ?', filter.cohortId);
    if (filter.regionCode) add('s.region_code = ?', filter.regionCode);
    if (filter.provinceCode) add('s.province_code = ?', filter.provinceCode);
    if (filter.gender) add('s.gender = ?', filter.gender);
    if (filter.area) add('s.area = ?', filter.area);
    if (filter.neet !== undefined && filter.neet !== null) add('s.neet = ?', filter.neet);
    if (filter.from) add('s.month >= CAST(? AS date)', filter.from);
    if (filter.to) add('s.month <= CAST(? AS date)', filter.to);
    const [row] = await this.dataSource.query<Array<Record<string, string | Date | boolean | null>>>(
      `SELECT (SELECT max(refreshed_at) FROM impact_enrolment_summary) AS refreshed_at,
              coalesce((SELECT dirty FROM impact_summary_state WHERE organization_id = $1), false) AS changed,
              coalesce(sum(enrolments), 0) AS b,
              coalesce(sum(enrolments) FILTER (WHERE gender = 'F'), 0) AS w,
              coalesce(sum(enrolments) FILTER (WHERE neet IS TRUE), 0) AS n,
              coalesce(sum(enrolments) FILTER (WHERE area = 'RURAL'), 0) AS r,
              coalesce(sum(enrolments) FILTER (WHERE youth), 0) AS y,
              count(DISTINCT region_code) AS regions,
              count(DISTINCT province_code) AS provinces,
              coalesce(sum(enrolments) FILTER (WHERE status = 'DROPPED_OUT'), 0) AS d
         FROM impact_enrolment_summary s WHERE ${conds.join(' AND ')}`,
      params,
    );
    // Never refreshed, or records changed since: live figures, so a figure always equals its drill-down list.
    if (!row?.refreshed_at || row.changed === true) return null;
    const n = (k: string) => Number(row[k] ?? 0);
    return {
      refreshedAt: new Date(row.refreshed_at as string | Date),
      beneficiaries: n('b'),
      women: n('w'),
      neet: n('n'),
      rural: n('r'),
      youth: n('y'),
      regions: n('regions'),
      provinces: n('provinces'),
      dropped: n('d'),
    };
  }
}
