import { IMPORT_COLUMN_HEADERS, ImportColumn, ImportProblem, ImportRowError, mapImportHeaders, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { FieldCrypto, normalizeNationalId } from '../../common/crypto';
import { openSpreadsheet } from './spreadsheet-reader';
import { loadRefs, MAX_ERRORS, ParsedRow, parseRow } from './people-import.rows';
import { writeBatch } from './people-import.write';

/** Who imports: an organisation member (web) or the administration CLI (userId null, as ADMIN). */
export interface ImportContext {
  organizationId: string;
  userId: string | null;
  role: Role;
}

export interface PeopleImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** The user's corrections: file header → format column (or null to ignore it). */
  mapping?: Record<string, ImportColumn | null>;
  /** How many data rows to keep for a preview. */
  previewRows?: number;
  batchSize?: number;
  onProgress?: (progress: number, rows: number) => Promise<void>;
}

export interface PeopleImportResult {
  headers: string[];
  /** For each file column, the format column it feeds (null: ignored). */
  mapping: (ImportColumn | null)[];
  ignoredColumns: string[];
  preview: string[][];
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedRows: number;
  /** Problems, in row order (the first MAX_ERRORS). */
  errors: ImportRowError[];
  /** Whether the records were written (false for a dry run and for a refused file). */
  written: boolean;
}

/**
 * Imports people from a CSV or XLSX file (docs/import.md), streaming, in batches of set-based SQL,
 * in one transaction: every row is validated; if any row is refused nothing is written unless
 * `skipInvalid`; a dry run writes nothing. Matching makes a second run of the same file change nothing.
 */
export async function importPeople(
  ds: DataSource,
  ctx: ImportContext,
  crypto: FieldCrypto,
  path: string,
  fileName: string,
  options: PeopleImportOptions = {},
): Promise<PeopleImportResult> {
  const batchSize = options.batchSize ?? 1000;
  const result: PeopleImportResult = {
    headers: [],
    mapping: [],
    ignoredColumns: [],
    preview: [],
    totalRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejectedRows: 0,
    errors: [],
    written: false,
  };
  const addErrors = (errors: ImportRowError[]) => {
    for (const e of errors) if (result.errors.length < MAX_ERRORS) result.errors.push(e);
  };
  let source;
  try {
    source = await openSpreadsheet(path, fileName);
  } catch {
    addErrors([{ row: 1, column: '', reason: ImportProblem.UNREADABLE_FILE }]);
    return result;
  }
  const iterator = source.rows[Symbol.asyncIterator]();
  let first: IteratorResult<string[]>;
  try {
    first = await iterator.next();
  } catch {
    addErrors([{ row: 1, column: '', reason: ImportProblem.UNREADABLE_FILE }]);
    return result;
  }
  if (first.done || first.value.every((c) => !c)) {
    addErrors([{ row: 1, column: '', reason: ImportProblem.EMPTY_FILE }]);
    return result;
  }
  const headers = first.value.map((h) => h.trim());
  const mapping = mapImportHeaders(headers, options.mapping);
  result.headers = headers;
  result.mapping = mapping.columns;
  result.ignoredColumns = mapping.unknown.map((i) => headers[i]);
  if (mapping.missing.length) {
    addErrors(mapping.missing.map((c) => ({ row: 1, column: IMPORT_COLUMN_HEADERS[c][0], reason: ImportProblem.MISSING_COLUMN })));
  }

  const refs = await loadRefs(ds, ctx);
  const seenIds = new Set<string>();
  const idColumn = mapping.columns.indexOf('nationalId');
  const today = new Date().toISOString().slice(0, 10);
  const q = ds.createQueryRunner();
  await q.connect();
  let open = false;
  // The batch being written (see `flush`).
  let pending: Promise<void> = Promise.resolve();
  try {
    await q.startTransaction();
    open = true;
    // Writing stops at the first refused row unless the user asked for the valid rows only.
    const writing = () => open && (options.skipInvalid || result.errors.length === 0);
    let batch: ParsedRow[] = [];
    // The planner's statistics do not see this transaction's rows until ANALYZE: without it they keep
    // saying the organisation has next to no people, and each batch's lookups scan all it already has.
    // ANALYZE (it samples, and counts this transaction's own rows) after the first batch and whenever
    // the rows written have doubled since: 7 times for 100,000 rows.
    let written = 0;
    let analyzedAt = 0;
    // A batch is written while the next one is read and validated (Node's work and PostgreSQL's overlap);
    // writes stay one at a time, in file order, on the one transaction. Validation does not depend on
    // what the writes add (the programmes a row may name are known before the import starts).
    let failure: { error: unknown } | undefined;
    const settle = async () => {
      await pending;
      if (failure) throw failure.error;
    };
    const write = async (rows: ParsedRow[]) => {
      const counts = await writeBatch(q, ctx, crypto, refs, rows, today);
      result.created += counts.created;
      result.updated += counts.updated;
      result.unchanged += counts.unchanged;
      written += counts.created + counts.updated;
      if (written >= 1000 && written >= 2 * analyzedAt) {
        await q.query(`ANALYZE person`);
        analyzedAt = written;
      }
    };
    const flush = async () => {
      await settle();
      if (batch.length && writing()) {
        pending = write(batch).catch((error: unknown) => {
          failure = { error };
        });
      }
      batch = [];
      if (open && !writing()) {
        await settle();
        await q.rollbackTransaction();
        open = false;
      }
      await options.onProgress?.(source.progress(), result.totalRows);
    };
    let rowNumber = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      rowNumber++;
      const cells = next.value;
      if (cells.every((c) => !c)) continue;
      result.totalRows++;
      if (result.preview.length < (options.previewRows ?? 0)) result.preview.push(cells);
      if (mapping.missing.length) continue;
      const { row, errors } = parseRow(rowNumber, cells, mapping.columns, headers, refs, ctx, crypto);
      const rawId = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
      if (rawId) {
        // Two rows with one national ID: the later row is refused.
        const key = normalizeNationalId(rawId);
        if (seenIds.has(key)) errors.push({ row: rowNumber, column: headers[idColumn], reason: ImportProblem.DUPLICATE_NATIONAL_ID });
        else seenIds.add(key);
      }
      if (errors.length) {
        result.rejectedRows++;
        addErrors(errors);
      } else if (row && writing()) batch.push(row);
      if (batch.length >= batchSize || result.totalRows % batchSize === 0) await flush();
    }
    await flush();
    await settle();
    if (mapping.missing.length) result.rejectedRows = result.totalRows;
    if (result.totalRows === 0 && !mapping.missing.length) addErrors([{ row: 2, column: '', reason: ImportProblem.EMPTY_FILE }]);
    if (open) {
      if (options.dryRun || !writing()) await q.rollbackTransaction();
      else {
        await q.commitTransaction();
        result.written = true;
      }
      open = false;
    }
    if (result.errors.length && !options.skipInvalid) {
      result.created = result.updated = result.unchanged = 0;
    }
    return result;
  } finally {
    await pending;
    if (open) await q.rollbackTransaction();
    await q.release();
  }
}
