import { DataSource } from 'typeorm';
import { FieldCrypto } from '../../common/crypto';
import { requestContext } from '../../common/request-context';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { refreshImpactSummary } from '../impact/impact-summary.service';
import { ImportRunStatus } from './import-run.entity';
import { ImportContext, importPeople, PeopleImportOptions, PeopleImportResult } from './people-import.engine';

/** The report kept with a run: the first 1,000 problems. */
const KEPT_ERRORS = 1000;

/** Opens an import_run row (outside the import's transaction, so progress is visible while it runs). */
export async function openImportRun(ds: DataSource, ctx: ImportContext, fileName: string, options: PeopleImportOptions): Promise<string> {
  const [run] = await ds.query<{ id: string }[]>(
    `INSERT INTO import_run (organization_id, user_id, kind, file_name, dry_run, skip_invalid) VALUES ($1, $2, 'PEOPLE', $3, $4, $5) RETURNING id`,
    [ctx.organizationId, ctx.userId, fileName.slice(0, 255), !!options.dryRun, !!options.skipInvalid],
  );
  return run.id;
}

/** Runs an import people file under an open import_run row, recording progress, counts and problems. */
export async function runRecordedImport(
  ds: DataSource,
  ctx: ImportContext,
  crypto: FieldCrypto,
  runId: string,
  path: string,
  fileName: string,
  options: PeopleImportOptions,
): Promise<PeopleImportResult> {
  try {
    const result = await importPeople(ds, ctx, crypto, path, fileName, {
      ...options,
      onProgress: async (progress, rows) => {
        await ds.query(`UPDATE import_run SET progress = $2, total_rows = $3 WHERE id = $1`, [runId, progress, rows]);
        await options.onProgress?.(progress, rows);
      },
    });
    const status = result.errors.length && !options.skipInvalid ? ImportRunStatus.REJECTED : ImportRunStatus.SUCCEEDED;
    // The impact summary (docs/indicators.md) counts the new enrolments before the run reports it is done;
    // if the refresh fails, the scheduled one (every 5 minutes) catches up and the import still stands.
    if (result.written && result.created + result.updated > 0) await refreshImpactSummary(ds).catch(() => undefined);
    // The run's end and its audit event in one transaction: whoever sees the run finished sees it audited.
    await ds.transaction(async (m) => {
      await m.query(
        `UPDATE import_run SET status = $2, progress = 1, total_rows = $3, created_count = $4, updated_count = $5, unchanged_count = $6, rejected_count = $7,
              report = $8::jsonb, finished_at = now() WHERE id = $1`,
        [
          runId,
          status,
          result.totalRows,
          result.created,
          result.updated,
          result.unchanged,
          result.rejectedRows,
          JSON.stringify({ errors: result.errors.slice(0, KEPT_ERRORS), ignoredColumns: result.ignoredColumns }),
        ],
      );
      // The run may finish after its request: name the importing user explicitly. Counts only, no rows.
      await recordAuditEvent(m, {
        organizationId: ctx.organizationId,
        action: AuditAction.IMPORT,
        entity: 'import_run',
        entityId: runId,
        changes: {
          fileName: [null, fileName.slice(0, 255)],
          status: [null, status],
          dryRun: [null, !!options.dryRun],
          rows: [null, result.totalRows],
          created: [null, result.created],
          updated: [null, result.updated],
          unchanged: [null, result.unchanged],
          rejected: [null, result.rejectedRows],
        },
        actor: { userId: ctx.userId, role: ctx.userId ? ctx.role : 'SYSTEM', ip: requestContext.getStore()?.audit?.ip ?? null },
      });
    });
    return result;
  } catch (err) {
    await ds.query(`UPDATE import_run SET status = 'FAILED', finished_at = now() WHERE id = $1`, [runId]);
    throw err;
  }
}
