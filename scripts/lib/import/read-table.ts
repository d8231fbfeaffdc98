/**
 * Reads a spreadsheet (CSV or XLSX) into header names and rows of text cells.
 * CSV: UTF-8 with or without BOM, `;` or `,` (decided by the header line, which
 * holds only column names). XLSX: the first worksheet, header in row 1, each
 * cell as the text Excel shows. Row numbers are the spreadsheet's own (header = 1).
 *
 * Bad files fail here with one line that says what is wrong: too large, not
 * text, empty, no data rows, or text already damaged (a replacement character).
 * Size is bounded before anything is parsed: the file's bytes, its rows (counted
 * from line ends, or from an .xlsx sheet's row tags), and an .xlsx file's inflated
 * size (read from its ZIP directory, zip-directory.ts), so a wrong or hostile file
 * is refused without filling memory.
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
import { csvUnsafeCell, looksLikeFormula } from '../../../src/lib/data-export/csv-safe.ts';
import { isZipError, zipDirectory, zipEntryBytes } from './zip-directory.ts';

export interface TableRow {
  /** the row number as the spreadsheet shows it (the header is row 1) */
  line: number;
  /** cell text by column name (trimmed; missing cells are "") */
  cells: Record<string, string>;
  /** columns whose cell a spreadsheet would run as a formula (an .xlsx formula, or text starting with =, +, -, @) */
  formulas?: string[];
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

/**
 * Rows a spreadsheet may have: every plan year's measures at once (the export of all years has a
 * few hundred), far below what makes the import and the build slow. `--force` lifts it.
 */
export const MAX_ROWS = 2000;

/** What an .xlsx may inflate to, all its parts together: a plan's workbook is well under 1 MB. */
export const MAX_INFLATED = 20 * 1024 * 1024;

export interface ReadLimits {
  /** refuse a file with more data rows than this (Infinity with --force) */
  maxRows: number;
}

const tooManyRows = (rows: number, limits: ReadLimits) =>
  new Error(
    `the file has ${rows} rows; a plan has a few dozen measures (limit ${limits.maxRows} rows): is it the right file? (--force imports it anyway)`,
  );

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A cell as read: its text, and whether a spreadsheet would run it as a formula. */
interface RawCell {
  text: string;
  formula?: boolean;
}

function toTable(records: (string | RawCell)[][], lines: number[], encoding: Encoding): Table {
  const [header = [], ...body] = records.map((r) =>
    r.map((c): RawCell => (typeof c === 'string' ? { text: c } : c)),
  );
  const columns = header.map((h) => h.text.trim());
  const rows: TableRow[] = [];
  body.forEach((record, i) => {
    if (record.every((c) => c.text.trim() === '')) return;
    const cells: Record<string, string> = {};
    const formulas: string[] = [];
    columns.forEach((name, j) => {
      if (!name) return;
      const raw = (record[j]?.text ?? '').trim();
      // The export's apostrophe before a formula-like cell (csv-safe.ts) is not part of the text,
      // and marks the cell as text; without it, a formula-like cell is flagged for review.
      cells[name] = csvUnsafeCell(raw).trim();
      if (record[j]?.formula || looksLikeFormula(raw)) formulas.push(name);
    });
    rows.push({ line: lines[i + 1], cells, ...(formulas.length ? { formulas } : {}) });
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

export function readCsv(
  text: string,
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
  limits: ReadLimits = { maxRows: MAX_ROWS },
): Table {
  // Counted before parsing (the text is at most MAX_BYTES): lines bound the rows from above.
  const dataLines = text.split('\n').filter((l) => l.trim() !== '').length - 1;
  if (dataLines > limits.maxRows) throw tooManyRows(dataLines, limits);
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

const unreadable = (error: unknown) =>
  new Error(
    `not a readable XLSX file, perhaps truncated or damaged (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
  );

/**
 * Before ExcelJS reads anything: the inflated size of every part, from the ZIP directory,
 * then each part inflated once with that size as a hard limit (a directory may lie), and
 * each sheet's rows counted from its row tags.
 */
export function checkXlsxSize(bytes: Buffer, limits: ReadLimits): void {
  let entries;
  try {
    entries = zipDirectory(bytes);
  } catch (error) {
    throw isZipError(error) ? unreadable(error) : error;
  }
  const inflated = entries.reduce((n, e) => n + e.size, 0);
  if (inflated > MAX_INFLATED)
    throw new Error(
      `the spreadsheet inflates to ${mb(inflated)} (limit ${mb(MAX_INFLATED)}); a plan's spreadsheet is far smaller: is it the right file?`,
    );
  for (const entry of entries) {
    let part: Buffer;
    try {
      part = zipEntryBytes(bytes, entry);
    } catch (error) {
      throw isZipError(error) ? unreadable(error) : error;
    }
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const rows = part.toString('latin1').match(/<row[\s>]/g)?.length ?? 0;
    // The header row is not a data row.
    if (rows - 1 > limits.maxRows) throw tooManyRows(rows - 1, limits);
  }
}

export async function readXlsx(file: string, limits: ReadLimits = { maxRows: MAX_ROWS }): Promise<Table> {
  const bytes = readFileSync(file);
  checkXlsxSize(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(error);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [], encoding: 'xlsx' };
  const records: RawCell[][] = [];
  const lines: number[] = [];
  // Read once: ExcelJS computes columnCount over every row each time it is asked, so asking
  // inside the row loop made reading quadratic (8,000 rows took 69 s).
  const columnCount = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cells.push({ text: cell.text ?? '', formula: cell.type === ExcelJS.ValueType.Formula });
    }
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

export async function readTable(file: string, limits: ReadLimits = { maxRows: MAX_ROWS }): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt') throw new Error('expected a .csv or .xlsx file');
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    throw new Error(
      `the file is ${mb(size)}; a plan's spreadsheet is far smaller (limit ${mb(MAX_BYTES)}): is it the right file?`,
    );
  let table: Table;
  if (ext === '.xlsx') table = await readXlsx(file, limits);
  else {
    const { text, encoding } = decodeCsv(readFileSync(file));
    table = readCsv(text, encoding, limits);
  }
  if (table.columns.length === 0) throw new Error('the file is empty: no header row and no data rows');
  if (table.rows.length === 0) throw new Error('the file has a header row but no data rows');
  refuseDamaged(table);
  return table;
}
