import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { requestContext } from '../common/request-context';

/** Upper bounds (seconds) of the request latency histogram. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

type Labels = Record<string, string>;
const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (l: Labels) => {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${escape(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};

class Counter {
  private values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = labelText(labels);
    const v = this.values.get(k);
    if (v) v.value += by;
    else this.values.set(k, { labels, value: by });
  }
  render(): string[] {
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} counter`,
      ...[...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${v.value}`),
    ];
  }
}

class Histogram {
  private series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(labels: Labels, seconds: number): void {
    const k = labelText(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { labels, counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.counts[i] += 1;
    });
    s.sum += seconds;
    s.count += 1;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      BUCKETS.forEach((b, i) => lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: String(b) })} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${s.sum}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines;
  }
}

const gauge = (name: string, help: string, value: number, labels: Labels = {}) => [
  `# HELP ${name} ${help}`,
  `# TYPE ${name} gauge`,
  `${name}${labelText(labels)} ${value}`,
];

/** Which part of the app a path belongs to: a handful of values, never the raw path. */
function routeOf(path: string): string {
  const m = /^\/(graphql|health|metrics|calendar|api)(\/|$)/.exec(path);
  if (m) return `/${m[1]}`;
  return path.startsWith('/assets/') ? '/assets' : 'web';
}

/**
 * The app's own Prometheus metrics (text format 0.0.4): requests by route, method, status and
 * GraphQL operation, their latency, GraphQL errors by code, slow SQL statements, the database pool
 * and the process. No personal data and no free-form label values (operation names are capped).
 */
export class Metrics {
  private readonly started = Date.now();
  private readonly operations = new Set<string>();
  readonly requests = new Counter(
    'rafiq_http_requests_total',
    'HTTP requests answered, by route, method, status class and GraphQL operation',
  );
  readonly latency = new Histogram('rafiq_http_request_duration_seconds', 'Time to answer HTTP requests, by route and GraphQL operation');
  readonly graphqlErrors = new Counter('rafiq_graphql_errors_total', 'Errors in GraphQL answers, by code');
  readonly slowQueries = new Counter('rafiq_db_slow_queries_total', 'SQL statements slower than RAFIQ_SLOW_QUERY_MS');
  readonly queryErrors = new Counter('rafiq_db_query_errors_total', 'SQL statements that failed');

  constructor(private readonly dataSource?: DataSource) {}

  private operation(req: Request): string {
    const name = (req.body as { operationName?: unknown } | undefined)?.operationName;
    if (typeof name !== 'string' || !OPERATION_NAME.test(name)) return '';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Express middleware recording every request when it is answered (after requestScope). */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const start = process.hrtime.bigint();
      const store = requestContext.getStore();
      res.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const route = routeOf(req.originalUrl.split('?')[0]);
        const operation = route === '/graphql' ? this.operation(req) : '';
        this.requests.inc({ route, method: req.method, status: `${Math.floor(res.statusCode / 100)}xx`, operation });
        this.latency.observe({ route, operation }, seconds);
        for (const code of store?.graphqlErrors ?? []) this.graphqlErrors.inc({ code });
      });
      next();
    };
  }

  private pool(): { total: number; idle: number; waiting: number; max: number } | undefined {
    const driver = this.dataSource?.isInitialized
      ? (this.dataSource.driver as unknown as {
          master?: { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } };
        })
      : undefined;
    const p = driver?.master;
    return p ? { total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount, max: p.options?.max ?? 0 } : undefined;
  }

  render(): string {
    const pool = this.pool();
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    const lines = [
      ...this.requests.render(),
      ...this.latency.render(),
      ...this.graphqlErrors.render(),
      ...this.slowQueries.render(),
      ...this.queryErrors.render(),
      ...(pool
        ? [
            ...gauge('rafiq_db_pool_connections', 'Connections open in the database pool', pool.total),
            ...gauge('rafiq_db_pool_idle_connections', 'Idle connections in the database pool', pool.idle),
            ...gauge('rafiq_db_pool_waiting_requests', 'Queries waiting for a free connection', pool.waiting),
            ...gauge('rafiq_db_pool_max_connections', 'Size limit of the database pool', pool.max),
          ]
        : []),
      `# HELP rafiq_process_cpu_seconds_total CPU time used by the app process`,
      `# TYPE rafiq_process_cpu_seconds_total counter`,
      `rafiq_process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`,
      ...gauge('rafiq_process_resident_memory_bytes', 'Resident memory of the app process', mem.rss),
      ...gauge('rafiq_process_uptime_seconds', 'Seconds since the app started', (Date.now() - this.started) / 1000),
    ];
    return `${lines.join('\n')}\n`;
  }
}

/** The metrics of the running app, shared with the SQL logger (one app per process in production). */
let current: Metrics | undefined;
export const currentMetrics = () => current;
export function installMetrics(m: Metrics): void {
  current = m;
}
