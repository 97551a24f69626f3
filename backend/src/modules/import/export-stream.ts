import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';

export type ExportFormat = 'csv' | 'xlsx';
export type Cell = string | number | null;

/** Pages through a list service's own (access-scoped) query, 100 rows at a time. */
export async function* pagesOf<T>(
  list: (page: { first: number; after?: string }) => Promise<{
    edges: { node: T }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  }>,
): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const page = await list({ first: 100, after });
    yield page.edges.map((e) => e.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/**
 * Streams rows as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX (exceljs streaming writer) to
 * the response, then records an EXPORT event in the audit trail: which list, the format, the filters and
 * the number of rows — never the rows themselves.
 */
export async function streamExport<T>(opts: {
  res: Response;
  ds: DataSource;
  actor: Actor;
  list: string;
  entity: string;
  format: ExportFormat;
  sheetName: string;
  headers: string[];
  filters: object;
  pages: AsyncIterable<T[]>;
  rows: (items: T[]) => Promise<Cell[][]> | Cell[][];
}): Promise<void> {
  const { res, format, list } = opts;
  let count = 0;
  res.setHeader('Cache-Control', 'no-store');
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${list}.csv"`);
    res.write('\uFEFF');
    const csv = stringify({ delimiter: ',' });
    csv.pipe(res);
    csv.write(opts.headers);
    for await (const items of opts.pages)
      for (const r of await opts.rows(items)) {
        count++;
        if (!csv.write(r)) await new Promise((done) => csv.once('drain', done));
      }
    csv.end();
  } else {
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${list}.xlsx"`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet(opts.sheetName);
    sheet.addRow(opts.headers).commit();
    for await (const items of opts.pages)
      for (const r of await opts.rows(items)) {
        count++;
        sheet.addRow(r).commit();
      }
    sheet.commit();
    await workbook.commit();
  }
  const filters = Object.fromEntries(Object.entries(opts.filters).filter(([, v]) => v !== undefined && v !== null));
  await recordAuditEvent(opts.ds, {
    organizationId: opts.actor.organizationId,
    action: AuditAction.EXPORT,
    entity: opts.entity,
    changes: { list: [null, list], format: [null, format], filters: [null, filters], rows: [null, count] },
  });
}
