import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type SpreadsheetKind = 'csv' | 'xlsx';

/** A file's rows as arrays of trimmed strings, read as a stream; `progress()` is the share of bytes read. */
export interface RowSource {
  rows: AsyncIterable<string[]>;
  progress: () => number;
}

/** XLSX files are ZIP archives (they start with "PK"); anything else is read as CSV. */
export async function detectKind(path: string, fileName = path): Promise<SpreadsheetKind> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    await handle.read(buf, 0, 4, 0);
    if (buf[0] === 0x50 && buf[1] === 0x4b) return 'xlsx';
  } finally {
    await handle.close();
  }
  return fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
}

/** Semicolon or comma: whichever appears more often in the first line (outside quotes). */
export async function detectDelimiter(path: string): Promise<',' | ';'> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    let inQuotes = false;
    let commas = 0;
    let semicolons = 0;
    for (const ch of text) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
      else if (!inQuotes && ch === ',') commas++;
      else if (!inQuotes && ch === ';') semicolons++;
    }
    return semicolons > commas ? ';' : ',';
  } finally {
    await handle.close();
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

async function* xlsxRows(stream: Readable): AsyncIterable<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let expected = 1;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      // Keep row numbers: blank rows the reader skips come back as empty rows.
      while (expected < row.number) {
        yield [];
        expected++;
      }
      const values = row.values as ExcelJS.CellValue[];
      const out: string[] = [];
      for (let i = 1; i < values.length; i++) out.push(cellText(values[i]).trim());
      yield out;
      expected++;
    }
    return; // the first sheet only
  }
}

async function* csvRows(stream: Readable, delimiter: string): AsyncIterable<string[]> {
  const parser = stream.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }),
  );
  for await (const record of parser as AsyncIterable<string[]>) yield record;
}

/** Opens a CSV (UTF-8, comma or semicolon, BOM or not) or XLSX (first sheet) file as a stream of rows. */
export async function openSpreadsheet(path: string, fileName?: string): Promise<RowSource & { kind: SpreadsheetKind }> {
  const kind = await detectKind(path, fileName);
  const size = (await stat(path)).size || 1;
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(counter);
  const rows = kind === 'xlsx' ? xlsxRows(stream) : csvRows(stream, await detectDelimiter(path));
  return { kind, rows, progress: () => Math.min(1, read / size) };
}
