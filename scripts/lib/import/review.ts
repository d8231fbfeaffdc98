/**
 * The lineage review file, <content>/imports/<year>-plan-review.yaml: one
 * entry per imported row that is not yet in the plan year, with the proposed
 * measure id and the candidates. The editor checks `measure_id` (an existing
 * id continues that measure, a new id creates one) and sets `confirmed: true`;
 * the next run of the same import applies confirmed entries. Entries are found
 * again by number and text, not by row, so the spreadsheet may be re-sorted.
 *
 * Two more kinds of decision wait here, because a spreadsheet must never change
 * what the site says a source said without a person confirming it: `changes`, a
 * title, title kind, wording or wording kind that content/ already states and the
 * row would replace; and `formulas`, cells a spreadsheet would run as a formula
 * (=, +, -, @ first), imported as text only once confirmed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Suggestion } from './lineage.ts';
import type { RowValues } from './rows.ts';
import { normaliseWording } from './text.ts';
import { writeYaml } from './yaml-sync.ts';

export interface ReviewEntry {
  /** spreadsheet row, for orientation only */
  row: number;
  number: string | null;
  /** the row's title, or its wording when it has no title */
  text: string | null;
  /** the measure this row becomes part of: an existing id (continue) or a new one (create) */
  measure_id: string;
  /** true once the editor (or an exact match) has settled measure_id */
  confirmed: boolean;
  /** the id a new measure would get */
  new_id: string;
  suggestions: Suggestion[];
}

/** A row that would replace what content/ states about a measure's words. */
export interface ChangeEntry {
  row: number;
  measure: string;
  /** "title", "titleKind", or "<year> wording", "<year> wordingKind" */
  field: string;
  /** what content/ says now */
  before: string;
  /** what the row says */
  after: string;
  /** true once the editor has checked the new text against its source */
  confirmed: boolean;
}

/** A cell that looks like a spreadsheet formula: imported as text once confirmed. */
export interface FormulaEntry {
  row: number;
  column: string;
  value: string;
  confirmed: boolean;
}

export interface Review {
  plan_year: number;
  spreadsheet: string;
  rows: ReviewEntry[];
  changes?: ChangeEntry[];
  formulas?: FormulaEntry[];
}

export const reviewHelp = ` Lineage review for an import (npm run import). For each row below:
 - measure_id: an existing measure id = this row continues that measure;
   any other id (e.g. the new_id) = a new measure with that id.
 - confirmed: set to true when measure_id is right.
 Then run the same import command again: confirmed rows are imported;
 nothing is written to content/ while a row is unconfirmed.
 Suggestions: exact = same number and wording (linked automatically),
 high/medium/low = how alike the number and wording are.
 changes: the row would replace a title, title kind, wording or wording
   kind that content/ states now; check the new text against its source and
   set confirmed: true, or correct the spreadsheet.
 formulas: cells a spreadsheet would run as a formula; set confirmed: true
   if the value is meant as text.`;

export function reviewPath(dir: string, year: number): string {
  return join(dir, 'imports', `${year}-plan-review.yaml`);
}

export function readReview(file: string): Review | null {
  if (!existsSync(file)) return null;
  const data = parse(readFileSync(file, 'utf8')) as Review | null;
  return data && Array.isArray(data.rows) ? data : null;
}

export const rowText = (row: Pick<RowValues, 'title' | 'wording'>) => row.title ?? row.wording ?? null;

const key = (number: string | null | undefined, text: string | null | undefined) =>
  `${number ?? ''}|${normaliseWording(text ?? '')}`;

export function findEntry(review: Review | null, row: RowValues): ReviewEntry | undefined {
  return review?.rows.find((e) => key(e.number, e.text) === key(row.number, rowText(row)));
}

export const sameChange = (
  a: Omit<ChangeEntry, 'row' | 'confirmed'>,
  b: Omit<ChangeEntry, 'row' | 'confirmed'>,
) => a.measure === b.measure && a.field === b.field && a.before === b.before && a.after === b.after;

export const sameFormula = (
  a: Omit<FormulaEntry, 'row' | 'confirmed'>,
  b: Omit<FormulaEntry, 'row' | 'confirmed'>,
) => a.column === b.column && a.value === b.value;

/** The review as text; an existing file is kept as the editor left it when its data is the same. */
export function reviewText(existing: string | null, review: Review): string {
  return writeYaml(existing, review, reviewHelp);
}
