/**
 * The import, start to finish: read the spreadsheet, resolve every row to a
 * measure (lineage for new plan years), merge into the content in memory,
 * validate with the build's schemas and cross-collection validator, and write
 * only when nothing is wrong and no lineage decision is open.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { measureColumns } from '../../../src/lib/measure-rows.ts';
import { statusRow } from '../../../src/lib/measures.ts';
import type { Entry, Snapshot } from '../../../src/lib/snapshot.ts';
import { formatProblem, validate, type Problem } from '../../../src/lib/validate.ts';
import { followUpSchema } from '../../../src/schemas/plans.ts';
import { measureSchema } from '../../../src/schemas/measures.ts';
import type { SourceRef } from '../../../src/schemas/source-ref.ts';
import { loadContent } from '../load-content.ts';
import { suggestLineage } from './lineage.ts';
import { mergeFollowUp, mergeMeasure, rowSource, type Assignment, type Raw } from './merge.ts';
import type { ImportProblem } from './problems.ts';
import { readTable, type TableRow } from './read-table.ts';
import { findEntry, readReview, reviewPath, reviewText, rowText, type ReviewEntry } from './review.ts';
import { parseRow, type RowValues } from './rows.ts';
import { closest, normaliseWording, slugify } from './text.ts';
import { vocabulariesOf } from './vocabulary.ts';
import { writeYaml } from './yaml-sync.ts';

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
}

export interface FileChange {
  file: string;
  /** null: the file is new */
  before: string | null;
  after: string;
}

export interface ImportResult {
  problems: ImportProblem[];
  /** files that change (written unless dry run or problems) */
  changes: FileChange[];
  /** rows whose lineage waits for the editor */
  pending: number;
  reviewFile: string | null;
  written: boolean;
  /** rows for other plan years, left out */
  skipped: number;
  /** rows of this year */
  rows: number;
}

const COLUMN_OF: Record<string, string> = {
  title: 'title', titleKind: 'title_kind', confidence: 'confidence', caveat: 'confidence', years: 'plan_year', year: 'plan_year',
  number: 'number', wording: 'wording', wordingKind: 'wording_kind', area: 'area', districts: 'districts',
  responsible: 'responsible', note: 'comment', status: 'status', measure: 'measure_id',
};

/** The spreadsheet column a content field comes from ("years[1].source.anchor" → "source_anchor"). */
function columnOf(field: string): string {
  const f = field.replace(/^(years|measures)\[\d+\]\.?/, '');
  if (f.startsWith('source')) return f.endsWith('anchor') ? 'source_anchor' : f.endsWith('reference') ? 'source_reference' : 'source_document';
  return COLUMN_OF[f.split(/[.[]/)[0]] ?? (field.startsWith('counts') || field.startsWith('total') ? 'status' : field);
}

const issuePath = (path: PropertyKey[]) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');

export async function runImport(o: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { problems: [], changes: [], pending: 0, reviewFile: null, written: false, skipped: 0, rows: 0 };
  const problems = result.problems;
  const fail = (column: string, value: string, message: string, suggestion?: string) => problems.push({ row: null, column, value, message, suggestion });

  let table;
  try {
    table = await readTable(o.file);
  } catch (error) {
    fail('(file)', o.file, error instanceof Error ? error.message.split('\n')[0] : String(error));
    return result;
  }
  const loaded = loadContent(o.content);
  if (loaded.problems.length) {
    for (const p of loaded.problems) fail('(content)', p.file, `${p.field}: ${p.message}`);
    return result;
  }
  const snapshot = loaded.snapshot;

  // The command and the header.
  const known: string[] = measureColumns.map((c) => c.name);
  for (const c of table.columns) if (!known.includes(c)) fail(c, '', 'unknown column', closest(c, known));
  const plan = snapshot.plans.find((p) => p.data.year === o.year);
  if (!plan) fail('--year', String(o.year), 'no plan for this year in plans.yaml (add the plan entry first)', closest(String(o.year), snapshot.plans.map((p) => p.id)));
  const documentIds = snapshot.documents.map((d) => d.id);
  const referenceIds = snapshot.references.map((r) => r.id);
  let fallback: SourceRef = { document: o.source };
  if (documentIds.includes(o.source)) fallback = { document: o.source, ...(o.anchor ? { anchor: o.anchor } : {}) };
  else if (referenceIds.includes(o.source)) {
    fallback = { reference: o.source };
    if (o.anchor) fail('--anchor', o.anchor, 'an anchor only goes with a document');
  } else fail('--source', o.source, 'unknown document or reference', closest(o.source, [...documentIds, ...referenceIds]));
  if (o.kind === 'follow-up' && !table.columns.includes('status')) fail('status', '', 'a follow-up import needs a status column');

  // Rows of this year, parsed and resolved to ids.
  const vocab = vocabulariesOf(snapshot);
  const cellsOf = new Map<number, TableRow['cells']>();
  const rows: RowValues[] = [];
  for (const r of table.rows) {
    const year = r.cells.plan_year;
    if (year && /^\d{4}$/.test(year) && Number(year) !== o.year) {
      result.skipped++;
      continue;
    }
    cellsOf.set(r.line, r.cells);
    const parsed = parseRow(r, snapshot, vocab);
    problems.push(...parsed.problems);
    rows.push(parsed.values);
  }
  result.rows = rows.length;
  const rowProblem = (row: RowValues, column: string, message: string, suggestion?: string, value?: string) =>
    problems.push({ row: row.line, column, value: value ?? cellsOf.get(row.line)?.[column] ?? '', message, suggestion });
  if (problems.length || !plan) return result;

  const year = o.year;
  const entryOf = (m: Entry<z.infer<typeof measureSchema>>) => m.data.years.find((y) => y.year === year);
  const inYear = snapshot.measures.filter((m) => entryOf(m));
  const sameText = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b) && normaliseWording(a!) === normaliseWording(b!);
  /** A measure already in this plan year that the row is (re-import, follow-up). */
  const findInYear = (row: RowValues) =>
    row.number
      ? inYear.find((m) => entryOf(m)!.number === row.number)
      : inYear.find((m) => sameText(entryOf(m)!.wording, row.wording) || sameText(m.data.title, row.title));
  const rawText = (id: string, folder: string) => {
    const file = join(o.content, folder, `${id}.yaml`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };

  const origin = new Map<string, RowValues[]>(); // file → rows that changed it
  const desired = new Map<string, { file: string; text: string | null; data: Raw; head?: string }>();
  const taken = new Map<string, number>();
  const claim = (row: RowValues, measure: string) => {
    const other = taken.get(measure);
    if (other !== undefined) rowProblem(row, 'measure_id', `row ${other} is already measure "${measure}" in ${year}`, undefined, measure);
    taken.set(measure, row.line);
  };
  const reviewFile = reviewPath(o.content, year);
  const review = o.kind === 'plan' ? readReview(reviewFile) : null;
  const reviewRows: ReviewEntry[] = [];

  if (o.kind === 'plan') {
    const ids = new Set(snapshot.measures.map((m) => m.id));
    const newId = (row: RowValues) => {
      const base = slugify(rowText(row) ?? '') || `atgard-${year}-${(row.number ?? String(row.line)).replace(/\D+/g, '-')}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = n === 2 && !ids.has(`${base}-${year}`) ? `${base}-${year}` : `${base}-${n}`;
      ids.add(id);
      return id;
    };
    // First the rows whose measure is settled, then open decisions take the best candidate left.
    const decided: { row: RowValues; measure?: string; entry?: ReviewEntry }[] = [];
    for (const row of rows) {
      if (!row.number && !row.measureId && !rowText(row)) {
        rowProblem(row, 'number', 'a row needs a number, a title, a wording or a measure_id');
        continue;
      }
      const measure = row.measureId ?? findInYear(row)?.id;
      if (measure) {
        decided.push({ row, measure });
        continue;
      }
      const suggestions = suggestLineage(row, snapshot, year);
      const exact = suggestions.find((s) => s.confidence === 'exact');
      const earlier = findEntry(review, row);
      const fresh = earlier?.new_id ?? newId(row);
      const settled = earlier?.confirmed ? earlier.measure_id : exact ? exact.measure : suggestions.length === 0 ? fresh : undefined;
      const entry: ReviewEntry = { row: row.line, number: row.number ?? null, text: rowText(row), measure_id: settled ?? '', confirmed: settled !== undefined, new_id: fresh, suggestions };
      if (settled !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(settled)))
        rowProblem(row, 'measure_id', `the review file gives "${settled}", which is not an id (lowercase a-z, digits and hyphens)`, slugify(String(settled)), String(settled));
      reviewRows.push(entry);
      decided.push({ row, measure: settled, entry });
    }
    const claimed = new Set(decided.flatMap((d) => d.measure ?? []));
    for (const d of decided.filter((x) => x.measure === undefined)) {
      const entry = d.entry!;
      const earlier = findEntry(review, d.row)?.measure_id;
      const pick = [earlier, ...entry.suggestions.map((s) => s.measure)].find((id) => id && !claimed.has(id)) ?? entry.new_id;
      claimed.add(pick);
      entry.measure_id = pick;
      d.measure = pick;
      result.pending++;
    }
    for (const { row, measure: id } of decided) {
      const measure = id!;
      claim(row, measure);
      const existing = snapshot.measures.find((m) => m.id === measure);
      const text = rawText(measure, 'measures');
      const data = mergeMeasure(text === null ? undefined : (parseYaml(text) as Raw), row, year, fallback);
      if (!existing && row.confidence === undefined && !(rowSource(row, fallback) ?? fallback).document)
        rowProblem(row, 'confidence', 'a new measure from a non-municipal source needs a confidence (high, medium, low)');
      const file = join(o.content, 'measures', `${measure}.yaml`);
      desired.set(file, { file, text, data });
      origin.set(file, [row]);
      // Statuses come from follow-ups, with the follow-up as their source.
      const current = statusRow(snapshot.followUps.find((f) => f.data.planYear === year), measure)?.status;
      if (row.status !== undefined && row.status !== current)
        rowProblem(row, 'status', `a plan import does not set statuses (now: ${current ?? 'none'}); import the follow-up with --kind follow-up --source <its document>`);
    }
    const count = plan.data.measureCount.value;
    const total = new Set([...inYear.map((m) => m.id), ...taken.keys()]).size;
    if (count !== null && total > count) fail('plan_year', String(year), `the ${year} plan would have ${total} measures, but its source states ${count}`);
  } else {
    const assignments: Assignment[] = [];
    for (const row of rows) {
      const m = row.measureId ? snapshot.measures.find((x) => x.id === row.measureId) : findInYear(row);
      if (!m || !entryOf(m)) {
        const column = row.measureId ? 'measure_id' : row.number ? 'number' : 'title';
        const options = row.measureId ? inYear.map((x) => x.id) : row.number ? inYear.flatMap((x) => entryOf(x)!.number ?? []) : inYear.flatMap((x) => x.data.title ?? []);
        rowProblem(row, column, `no measure with this ${column.replace('_', ' ')} in the ${year} plan (import the plan first)`, closest(cellsOf.get(row.line)?.[column] ?? '', options));
        continue;
      }
      claim(row, m.id);
      if (row.status === undefined) continue;
      assignments.push({ row, measure: m.id, status: row.status, source: rowSource(row, fallback) ?? fallback });
    }
    const text = rawText(String(year), 'follow-ups');
    if (text === null && assignments.length === 0) return result;
    const data = mergeFollowUp(text === null ? undefined : (parseYaml(text) as Raw), assignments, year, fallback);
    const file = join(o.content, 'follow-ups', `${year}.yaml`);
    const head = ` Created by npm run import from ${basename(o.file)}. reportedOn, counts and total stay unknown until a source states them.`;
    desired.set(file, { file, text, data, head });
    origin.set(file, assignments.map((a) => a.row));
    // Per-measure statuses must fit the counts the follow-up states.
    const f = data as { counts: Record<string, number> | null; total: number | null; measures: { measure: string; status: string }[] };
    const tally = new Map<string, number>();
    for (const s of f.measures ?? []) tally.set(s.status, (tally.get(s.status) ?? 0) + 1);
    const firstRow = (status: string) => assignments.find((a) => a.status === status)?.row;
    if (f.counts)
      for (const [status, n] of tally)
        if (n > (f.counts[status] ?? 0)) {
          const row = firstRow(status);
          const message = `${n} measures would be "${status}", but the follow-up counts ${f.counts[status] ?? 0}`;
          if (row) rowProblem(row, 'status', message, undefined, status);
          else fail('status', status, message);
        }
    const limit = f.total ?? plan.data.measureCount.value;
    if (limit !== null && (f.measures?.length ?? 0) > limit) fail('status', '', `${f.measures.length} measures would have a status, but the follow-up covers ${limit}`);
  }
  if (problems.length) return result;

  // The same checks as the build: each entry's schema, then the cross-collection validator.
  const next: Snapshot = { ...snapshot, measures: [...snapshot.measures], followUps: [...snapshot.followUps] };
  for (const [file, d] of desired) {
    const isMeasure = dirname(file).endsWith('measures');
    const schema = (isMeasure ? measureSchema : followUpSchema) as z.ZodType;
    const parsed = schema.safeParse(d.data);
    const rowsHere = origin.get(file) ?? [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issuePath(issue.path);
        const k = /^measures\[(\d+)\]/.exec(field);
        const measure = k ? ((d.data.measures as Raw[])[Number(k[1])]?.measure as string) : undefined;
        const row = isMeasure ? rowsHere[0] : rowsHere.find((r) => taken.get(measure ?? '') === r.line);
        if (row) rowProblem(row, columnOf(field), issue.message);
        else fail(columnOf(field), basename(file), `${field}: ${issue.message}`);
      }
      continue;
    }
    const id = basename(file, '.yaml');
    const list = (isMeasure ? next.measures : next.followUps) as Entry<unknown>[];
    const at = list.findIndex((e) => e.id === id);
    const entry = { id, file, data: parsed.data };
    if (at >= 0) list[at] = entry;
    else list.push(entry);
  }
  if (problems.length) return result;
  const seen = new Set(validate(snapshot).map(formatProblem));
  for (const p of validate(next).filter((p: Problem) => !seen.has(formatProblem(p)))) {
    const rowsHere = origin.get(p.file) ?? [];
    const k = /^measures\[(\d+)\]/.exec(p.field);
    const measure = k ? next.followUps.find((f) => f.file === p.file)?.data.measures[Number(k[1])]?.measure : undefined;
    const row = k ? rowsHere.find((r) => taken.get(measure ?? '') === r.line) : rowsHere[0];
    if (row && !p.field.startsWith('counts') && !p.field.startsWith('total')) rowProblem(row, columnOf(p.field), p.message);
    else fail(columnOf(p.field), basename(p.file), `${p.field}: ${p.message}`);
  }
  if (problems.length) return result;

  // What would change.
  const contentChanges: FileChange[] = [];
  for (const d of desired.values()) {
    const after = writeYaml(d.text, d.data, d.text === null ? d.head : undefined);
    if (after !== d.text) contentChanges.push({ file: d.file, before: d.text, after });
  }
  if (reviewRows.length) {
    const before = existsSync(reviewFile) ? readFileSync(reviewFile, 'utf8') : null;
    // Entries of rows imported earlier stay as the record of those decisions.
    const kept = (review?.rows ?? []).filter((e) => !reviewRows.some((r) => r.number === e.number && normaliseWording(r.text ?? '') === normaliseWording(e.text ?? '')));
    const after = reviewText(before, { plan_year: year, spreadsheet: basename(o.file), rows: [...reviewRows, ...kept] });
    result.reviewFile = reviewFile;
    if (after !== before) result.changes.push({ file: reviewFile, before, after });
  }
  // Content waits until every lineage decision is made.
  if (result.pending === 0) result.changes.unshift(...contentChanges);
  if (!o.dryRun) {
    for (const c of result.changes) {
      mkdirSync(dirname(c.file), { recursive: true });
      writeFileSync(c.file, c.after);
    }
    result.written = result.changes.length > 0;
  }
  return result;
}
