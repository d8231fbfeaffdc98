/**
 * Reads a spreadsheet (CSV or XLSX) into header names and rows of text cells.
 * CSV: UTF-8 with or without BOM, `;` or `,` (decided by the header line, which
 * holds only column names). XLSX: the first worksheet, header in row 1, each
 * cell as the text Excel shows. Row numbers are the spreadsheet's own (header = 1).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { csvUnsafeCell } from '../../../src/lib/csv-safe.ts';

export interface TableRow {
  /** the row number as the spreadsheet shows it (the header is row 1) */
  line: number;
  /** cell text by column name (trimmed; missing cells are "") */
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

function toTable(records: string[][], lines: number[]): Table {
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
  return { columns: columns.filter(Boolean), rows };
}

export function readCsv(text: string): Table {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  // Row numbers as a spreadsheet program shows the file: one row per record, header = 1.
  return toTable(
    records,
    records.map((_, i) => i + 1),
  );
}

export async function readXlsx(file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  const records: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    records.push(cells);
    lines.push(rowNumber);
  });
  return toTable(records, lines);
}

export async function readTable(file: string): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt') return readCsv(readFileSync(file, 'utf8'));
  throw new Error(`${file}: expected a .csv or .xlsx file`);
}
