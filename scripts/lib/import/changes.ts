/**
 * Decisions a plan import leaves to a person, besides lineage: a row that would replace
 * the words content/ already attributes to a source (a measure's title or title kind, a
 * year's wording or wording kind), and a cell a spreadsheet would run as a formula. Each
 * becomes an entry of the review file; until the editor confirms it, nothing in content/
 * is written. Filling in a value content/ does not know yet (null) is not a change: the
 * content check verifies it as it verifies every quotation.
 */
import type { Raw } from './merge.ts';
import { sameChange, sameFormula, type ChangeEntry, type FormulaEntry, type Review } from './review.ts';
import type { RowValues } from './rows.ts';

type YearRaw = Raw & { year: number };

const known = (value: unknown): value is string | number => value !== null && value !== undefined;

/** What merging a row changed in what an existing measure states about its words. */
export function wordChanges(
  before: Raw,
  after: Raw,
  year: number,
): Omit<ChangeEntry, 'row' | 'measure' | 'confirmed'>[] {
  const changes: Omit<ChangeEntry, 'row' | 'measure' | 'confirmed'>[] = [];
  const compare = (field: string, a: unknown, b: unknown) => {
    if (known(a) && a !== b) changes.push({ field, before: String(a), after: String(b ?? '') });
  };
  compare('title', before.title, after.title);
  compare('titleKind', before.titleKind, after.titleKind);
  const entry = (m: Raw) => (m.years as YearRaw[] | undefined)?.find((y) => y.year === year);
  const was = entry(before);
  const now = entry(after);
  if (was) {
    compare(`${year} wording`, was.wording, now?.wording);
    compare(`${year} wordingKind`, was.wordingKind, now?.wordingKind);
  }
  return changes;
}

/** The review entries for a row's changes: confirmed when the review file already confirms the same change. */
export function changeEntries(
  review: Review | null,
  row: RowValues,
  measure: string,
  changes: Omit<ChangeEntry, 'row' | 'measure' | 'confirmed'>[],
): ChangeEntry[] {
  return changes.map((c) => {
    const entry = { row: row.line, measure, ...c };
    return {
      ...entry,
      confirmed: Boolean(review?.changes?.some((e) => e.confirmed && sameChange(e, entry))),
    };
  });
}

/** The review entries for a row's formula-like cells (`value`: the cell as it would be imported). */
export function formulaEntries(
  review: Review | null,
  row: RowValues,
  cellOf: (column: string) => string,
): FormulaEntry[] {
  return (row.formulas ?? []).map((column) => {
    const entry = { row: row.line, column, value: cellOf(column) };
    return {
      ...entry,
      confirmed: Boolean(review?.formulas?.some((e) => e.confirmed && sameFormula(e, entry))),
    };
  });
}
