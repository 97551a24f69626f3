// Measuring helpers: CPU time of processes from /proc/<pid>/stat, statement counts from
// pg_stat_statements, a closed-loop driver for the bare `pg` floor, percentiles.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of a process, in ms. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0; // the process ended (a PostgreSQL backend that closed): its time is lost, a small under-count
  }
}

/** The postmaster and every process it started (backends, writer, checkpointer…). */
export function postgresPids(postmasterPid) {
  const pids = [postmasterPid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) pids.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return pids;
}

/** CPU of each PostgreSQL process now. */
export function postgresCpuSnapshot(postmasterPid) {
  return new Map(postgresPids(postmasterPid).map((pid) => [pid, cpuMs(pid)]));
}

/** CPU PostgreSQL used since the snapshot (backends that exited in between are not counted: a small under-count). */
export function postgresCpuSince(postmasterPid, before) {
  let sum = 0;
  for (const pid of postgresPids(postmasterPid)) sum += Math.max(0, cpuMs(pid) - (before.get(pid) ?? 0));
  return sum;
}

export async function resetStatements(pool) {
  await pool.query('SELECT pg_stat_statements_reset()');
}

/** Statements executed since the last reset, except the benchmark's own bookkeeping. */
export async function countStatements(pool) {
  const { rows } = await pool.query(
    `SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements
      WHERE query NOT ILIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return Number(rows[0].n);
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `connections` clients each running `once(client, i)` in a loop for `seconds`. */
export async function closedLoop(pool, connections, seconds, once) {
  const latencies = [];
  let errors = 0;
  let i = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          const t = process.hrtime.bigint();
          try {
            await once(client, i++);
          } catch (err) {
            errors++;
            if (errors === 1) process.stderr.write(`  floor error: ${err.message}\n`);
          }
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      } finally {
        client.release();
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
  };
}
