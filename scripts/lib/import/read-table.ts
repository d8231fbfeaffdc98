/**
 * Reads a spreadsheet (CSV or XLSX) into header names and rows of text cells.
 * CSV: UTF-8 with or without BOM, `;` or `,` (decided by the header line, which
 * holds only column names). XLSX: the first worksheet, header in row 1, each
 * cell as the text Excel shows. Row numbers are the spreadsheet's own (header = 1).
 *
 * Bad files fail here with one line that says what is wrong: too large, not
 * text, empty, no data rows, or text already damaged (a replacement character).
 * Swedish Excel's plain "CSV (semikolonavgränsad)" is Windows-1252, not UTF-8:
 * bytes that are not valid UTF-8 are read as Windows-1252, and the table says
 * so (the command prints it). Decoding rather than refusing, because that is the
 * format Excel offers first, every Swedish letter exists in it, and Windows-1252
 * maps every byte to a character, so nothing is lost or replaced.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { csvUnsafeCell } from '../../../src/lib/data-export/csv-safe.ts';

export interface TableRow {
  /** the row number as the spreadsheet shows it (the header is row 1) */
  line: number;
  /** cell text by column name (trimmed; missing cells are "") */
  cells: Record<string, string>;
}

export type Encoding = 'utf-8' | 'windows-1252' | 'xlsx';

export interface Table {
  columns: string[];
  rows: TableRow[];
  /** how the file was read */
  encoding: Encoding;
}

/** Far above any plan's spreadsheet (a few hundred KB); refusing early keeps a wrong file out of memory. */
export const MAX_BYTES = 10 * 1024 * 1024;

function toTable(records: string[][], lines: number[], encoding: Encoding): Table {
  const [header = [], ...body] = records;
  const columns = header.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((record, i) => {
    if (record.every((c) => c.trim() === '')) return;
    const cells: Record<string, string> = {};
    columns.forEach((name, j) => {
      // The export's apostrophe before a formula-like cell (csv-safe.ts) is not part of the text.
      if (name) cells[name] = csvUnsafeCell((record[j] ?? '').trim()).trim();
    });
    rows.push({ line: lines[i + 1], cells });
  });
  return { columns: columns.filter(Boolean), rows, encoding };
}

/** The text of a CSV file: UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new Error(
      'the file is UTF-16 text ("Unicode text"); save it from Excel as "CSV UTF-8 (kommaavgränsad)"',
    );
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Control characters other than tab and line ends do not occur in a spreadsheet's text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function readCsv(text: string, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): Table {
  if (CONTROL.test(text))
    throw new Error(
      'not a CSV file: it contains control characters (binary data); export the spreadsheet as "CSV UTF-8" or .xlsx',
    );
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  // Row numbers as a spreadsheet program shows the file: one row per record, header = 1.
  return toTable(
    records,
    records.map((_, i) => i + 1),
    encoding,
  );
}

export async function readXlsx(file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`not a readable XLSX file, perhaps truncated or damaged (${reason})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [], encoding: 'xlsx' };
  const records: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    records.push(cells);
    lines.push(rowNumber);
  });
  return toTable(records, lines, 'xlsx');
}

/** A cell that already holds U+FFFD was damaged by an earlier conversion; its text cannot be trusted. */
function refuseDamaged(table: Table): void {
  for (const r of table.rows)
    for (const [column, value] of Object.entries(r.cells))
      if (value.includes('\uFFFD'))
        throw new Error(
          `row ${r.line}, column ${column} contains "\uFFFD", a character lost in an earlier conversion; correct the cell or save the file again as "CSV UTF-8"`,
        );
}

export async function readTable(file: string): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt') throw new Error('expected a .csv or .xlsx file');
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    throw new Error(
      `the file is ${(size / 1024 / 1024).toFixed(0)} MB; a plan's spreadsheet is far smaller (limit ${MAX_BYTES / 1024 / 1024} MB): is it the right file?`,
    );
  let table: Table;
  if (ext === '.xlsx') table = await readXlsx(file);
  else {
    const { text, encoding } = decodeCsv(readFileSync(file));
    table = readCsv(text, encoding);
  }
  if (table.columns.length === 0) throw new Error('the file is empty: no header row and no data rows');
  if (table.rows.length === 0) throw new Error('the file has a header row but no data rows');
  refuseDamaged(table);
  return table;
}
