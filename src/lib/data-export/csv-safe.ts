/**
 * CSV cells that a spreadsheet would run as a formula ("CSV injection"): Excel and
 * LibreOffice treat a cell starting with =, +, -, @, tab or carriage return as a
 * formula or a command. The export writes such a cell with a leading apostrophe (the
 * usual text prefix; spreadsheets show the cell as text), and the importer removes it
 * again, so export → import gives back the same text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text a spreadsheet would run as a formula or a command (what csvSafeCell guards against). */
export const looksLikeFormula = (value: string): boolean => FORMULA_START.test(value);

/** The cell as written to a CSV download: an apostrophe before a formula-like start. */
export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every cell of a row made safe (the row itself is not changed). */
export function csvSafeRow<T extends Record<string, string>>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvSafeCell(v)])) as T;
}

/**
 * A cell read from a spreadsheet: the apostrophe that csvSafeCell added (or that a
 * person typed to keep a formula-like text as text) is dropped; any other text is kept.
 */
export function csvUnsafeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
