/**
 * The first steps of an import, and what the later steps share: read the file
 * and the content, check the command line and the header against them, and
 * parse this year's rows. Each step adds what is wrong to the run's ProblemList.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { measureColumns } from '../../../src/lib/measure/rows.ts';
import type { Entry, Snapshot } from '../../../src/lib/site/snapshot.ts';
import type { measureSchema } from '../../../src/schemas/measures.ts';
import type { SourceRef } from '../../../src/schemas/source-ref.ts';
import { loadContent } from '../load-content.ts';
import type { Raw } from './merge.ts';
import type { ProblemList } from './problems.ts';
import { MAX_ROWS, readTable, type Table } from './read-table.ts';
import type { ChangeEntry, FormulaEntry, ReviewEntry } from './review.ts';
import { parseRow, type RowValues } from './rows.ts';
import { closest, normaliseWording } from './text.ts';
import { vocabulariesOf } from './vocabulary.ts';

export interface ImportOptions {
  file: string;
  year: number;
  kind: 'plan' | 'follow-up';
  /** id of the document (or reference) the spreadsheet comes from */
  source: string;
  anchor?: string;
  dryRun?: boolean;
  /** the content directory */
  content: string;
  /** lift the bounds on rows and new measures (MAX_ROWS, PLAN_CAPACITY): for a file known to be that large */
  force?: boolean;
}

/**
 * Measures one plan can hold: the largest plan so far states 60, so this is far above any real
 * plan and far below what makes the build slow. More rows for one year, or more new measures
 * from one import, are refused unless --force.
 */
export const PLAN_CAPACITY = 200;

type Measure = Entry<z.infer<typeof measureSchema>>;
type Plan = Snapshot['plans'][number];

/** What every step after the command check reads. */
export interface ImportContext {
  options: ImportOptions;
  snapshot: Snapshot;
  plan: Plan;
  /** the source of rows that name none: --source (and --anchor) */
  fallback: SourceRef;
  /** this year's rows, parsed and resolved to ids */
  rows: RowValues[];
  problems: ProblemList;
}

/** One content file as the import would leave it. */
export interface Desired {
  file: string;
  /** the file's text now; null: the file is new */
  text: string | null;
  data: Raw;
  /** a comment for the top of a new file */
  head?: string;
}

/** What resolving the rows produced: the files to write and where each change came from. */
export interface Draft {
  desired: Map<string, Desired>;
  /** file → the rows that changed it */
  origin: Map<string, RowValues[]>;
  /** measure id → the row that is that measure this year */
  taken: Map<string, number>;
  /** lineage entries for the review file (plan imports) */
  reviewRows: ReviewEntry[];
  /** changes to what content/ states about a measure's words, for the review file */
  changes: ChangeEntry[];
  /** formula-like cells, for the review file */
  formulas: FormulaEntry[];
  /** decisions (lineage, changes, formulas) that wait for the editor */
  pending: number;
}

export const emptyDraft = (): Draft => ({
  desired: new Map(),
  origin: new Map(),
  taken: new Map(),
  reviewRows: [],
  changes: [],
  formulas: [],
  pending: 0,
});

/** Step 1: the spreadsheet and the content it goes into; null when either cannot be read. */
export async function readInput(
  o: ImportOptions,
  problems: ProblemList,
): Promise<{ table: Table; snapshot: Snapshot } | null> {
  let table: Table;
  try {
    table = await readTable(o.file, { maxRows: o.force ? Infinity : MAX_ROWS });
  } catch (error) {
    problems.general('(file)', o.file, error instanceof Error ? error.message.split('\n')[0] : String(error));
    return null;
  }
  const loaded = loadContent(o.content);
  for (const p of loaded.problems) problems.general('(content)', p.file, `${p.field}: ${p.message}`);
  return problems.any ? null : { table, snapshot: loaded.snapshot };
}

/** Step 2: the command line and the header, checked against the content. */
export function checkCommand(
  o: ImportOptions,
  table: Table,
  snapshot: Snapshot,
  problems: ProblemList,
): { plan?: Plan; fallback: SourceRef } {
  const known: string[] = measureColumns.map((c) => c.name);
  // Not one known column: the wrong file (or no header), so one line rather than one per column.
  if (!table.columns.some((c) => known.includes(c))) {
    problems.general(
      '(file)',
      o.file,
      `no known column in the first row; expected the header of /data/measures.csv (${known.slice(0, 4).join(', ')}, …)`,
    );
    return { fallback: { document: o.source } };
  }
  for (const c of table.columns)
    if (!known.includes(c)) problems.general(c, '', 'unknown column', closest(c, known));
  const plan = snapshot.plans.find((p) => p.data.year === o.year);
  if (!plan)
    problems.general(
      '--year',
      String(o.year),
      'no plan for this year in plans.yaml (add the plan entry first)',
      closest(
        String(o.year),
        snapshot.plans.map((p) => p.id),
      ),
    );
  const documentIds = snapshot.documents.map((d) => d.id);
  const referenceIds = snapshot.references.map((r) => r.id);
  let fallback: SourceRef = { document: o.source };
  if (documentIds.includes(o.source))
    fallback = { document: o.source, ...(o.anchor ? { anchor: o.anchor } : {}) };
  else if (referenceIds.includes(o.source)) {
    fallback = { reference: o.source };
    if (o.anchor) problems.general('--anchor', o.anchor, 'an anchor only goes with a document');
  } else
    problems.general(
      '--source',
      o.source,
      'unknown document or reference',
      closest(o.source, [...documentIds, ...referenceIds]),
    );
  if (o.kind === 'follow-up' && !table.columns.includes('status'))
    problems.general('status', '', 'a follow-up import needs a status column');
  return { plan, fallback };
}

/**
 * Step 3: the rows of this plan year, parsed; rows of other years are counted and left out.
 * More rows for the year than a plan can hold is one problem, before any row is parsed.
 */
export function yearRows(
  year: number,
  table: Table,
  snapshot: Snapshot,
  problems: ProblemList,
  {
    force = false,
    file = '',
    kind = 'plan',
  }: { force?: boolean; file?: string; kind?: ImportOptions['kind'] } = {},
): { rows: RowValues[]; skipped: number } {
  const vocab = vocabulariesOf(snapshot);
  const ofOtherYear = (r: Table['rows'][number]) => {
    const cell = r.cells.plan_year;
    return Boolean(cell && /^\d{4}$/.test(cell) && Number(cell) !== year);
  };
  const mine = table.rows.filter((r) => !ofOtherYear(r));
  const skipped = table.rows.length - mine.length;
  if (!force && mine.length > PLAN_CAPACITY) {
    problems.general(
      '(file)',
      file,
      `${mine.length} rows for ${year}; a plan holds at most ${PLAN_CAPACITY} measures: is it the right file? (--force imports it anyway)`,
    );
    return { rows: [], skipped };
  }
  const rows: RowValues[] = [];
  for (const r of mine) {
    problems.registerRow(r.line, r.cells);
    const parsed = parseRow(r, snapshot, vocab);
    problems.add(parsed.problems);
    rows.push(parsed.values);
    // A plan import lists formula-like cells in its review file; a follow-up import has none, so it refuses them.
    if (kind === 'follow-up')
      for (const column of r.formulas ?? [])
        problems.row(
          r.line,
          column,
          'looks like a spreadsheet formula (starts with =, +, - or @); type an apostrophe first if it is text',
        );
  }
  return { rows, skipped };
}

/** The measure's entry for the import's plan year. */
export const entryOf = (ctx: ImportContext, m: Measure) =>
  m.data.years.find((y) => y.year === ctx.options.year);

/** Measures already in the import's plan year. */
export const measuresInYear = (ctx: ImportContext) => ctx.snapshot.measures.filter((m) => entryOf(ctx, m));

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b) && normaliseWording(a!) === normaliseWording(b!);

/** A measure already in this plan year that the row is (a re-import, a follow-up): by number, else by wording or title. */
export function findInYear(ctx: ImportContext, row: RowValues): Measure | undefined {
  const inYear = measuresInYear(ctx);
  return row.number
    ? inYear.find((m) => entryOf(ctx, m)!.number === row.number)
    : inYear.find(
        (m) => sameText(entryOf(ctx, m)!.wording, row.wording) || sameText(m.data.title, row.title),
      );
}

/** The text of content/<folder>/<id>.yaml, or null when there is no such file. */
export function rawText(ctx: ImportContext, folder: string, id: string): string | null {
  const file = join(ctx.options.content, folder, `${id}.yaml`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Record that a row is a measure this year; two rows cannot be the same measure. */
export function claim(ctx: ImportContext, draft: Draft, row: RowValues, measure: string): void {
  const other = draft.taken.get(measure);
  if (other !== undefined)
    ctx.problems.row(
      row.line,
      'measure_id',
      `row ${other} is already measure "${measure}" in ${ctx.options.year}`,
      undefined,
      measure,
    );
  draft.taken.set(measure, row.line);
}
