/**
 * Step 4 of a plan import: decide which measure each row is. A row already in
 * the plan year, or with a measure_id, is settled; any other row gets lineage
 * suggestions, and only an exact match, a confirmed review entry or a row that
 * nothing resembles is settled without the editor. Open rows still get their
 * best free candidate, so the review file can show the whole plan. A row that
 * would replace a measure's title or wording, and a formula-like cell, also
 * wait for the editor (changes.ts).
 */
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { statusRow } from '../../../src/lib/measure/measures.ts';
import { slug } from '../../../src/schemas/keys.ts';
import {
  claim,
  emptyDraft,
  findInYear,
  measuresInYear,
  rawText,
  type Draft,
  type ImportContext,
} from './context.ts';
import { changeEntries, formulaEntries, wordChanges } from './changes.ts';
import { suggestLineage } from './lineage.ts';
import { mergeMeasure, rowSource, type Raw } from './merge.ts';
import { findEntry, readReview, reviewPath, rowText, type Review, type ReviewEntry } from './review.ts';
import type { RowValues } from './rows.ts';
import { slugify } from './text.ts';

/** A new measure's id from the row's text, made unique against the ids taken so far. */
function newIdMaker(ctx: ImportContext): (row: RowValues) => string {
  const year = ctx.options.year;
  const ids = new Set(ctx.snapshot.measures.map((m) => m.id));
  return (row) => {
    const base =
      slugify(rowText(row) ?? '') ||
      `atgard-${year}-${(row.number ?? String(row.line)).replace(/\D+/g, '-')}`;
    let id = base;
    for (let n = 2; ids.has(id); n++)
      id = n === 2 && !ids.has(`${base}-${year}`) ? `${base}-${year}` : `${base}-${n}`;
    ids.add(id);
    return id;
  };
}

interface Decision {
  row: RowValues;
  /** undefined: the editor has not decided yet */
  measure?: string;
  entry?: ReviewEntry;
}

/** Each row's measure as far as it is settled, with a review entry for every row not yet in the year. */
export function decideLineage(ctx: ImportContext, review: Review | null): Decision[] {
  const newId = newIdMaker(ctx);
  const decided: Decision[] = [];
  for (const row of ctx.rows) {
    if (!row.number && !row.measureId && !rowText(row)) {
      ctx.problems.row(row.line, 'number', 'a row needs a number, a title, a wording or a measure_id');
      continue;
    }
    const measure = row.measureId ?? findInYear(ctx, row)?.id;
    if (measure) {
      decided.push({ row, measure });
      continue;
    }
    const suggestions = suggestLineage(row, ctx.snapshot, ctx.options.year);
    const exact = suggestions.find((s) => s.confidence === 'exact');
    const earlier = findEntry(review, row);
    const fresh = earlier?.new_id ?? newId(row);
    const settled = earlier?.confirmed
      ? earlier.measure_id
      : exact
        ? exact.measure
        : suggestions.length === 0
          ? fresh
          : undefined;
    const entry: ReviewEntry = {
      row: row.line,
      number: row.number ?? null,
      text: rowText(row),
      measure_id: settled ?? '',
      confirmed: settled !== undefined,
      new_id: fresh,
      suggestions,
    };
    if (settled !== undefined && !slug.safeParse(String(settled)).success)
      ctx.problems.row(
        row.line,
        'measure_id',
        `the review file gives "${settled}", which is not an id (lowercase a-z, digits and hyphens)`,
        slugify(String(settled)),
        String(settled),
      );
    decided.push({ row, measure: settled, entry });
  }
  return decided;
}

/** Open rows take the editor's earlier choice or the best suggestion no other row has; they count as pending. */
export function proposeOpen(decided: Decision[], review: Review | null): number {
  const claimed = new Set(decided.flatMap((d) => d.measure ?? []));
  let pending = 0;
  for (const d of decided.filter((x) => x.measure === undefined)) {
    const entry = d.entry!;
    const earlier = findEntry(review, d.row)?.measure_id;
    const pick =
      [earlier, ...entry.suggestions.map((s) => s.measure)].find((id) => id && !claimed.has(id)) ??
      entry.new_id;
    claimed.add(pick);
    entry.measure_id = pick;
    d.measure = pick;
    pending++;
  }
  return pending;
}

export function resolvePlanRows(ctx: ImportContext): Draft {
  const { options: o, snapshot, plan, problems } = ctx;
  const year = o.year;
  const draft = emptyDraft();
  const review = readReview(reviewPath(o.content, year));
  const decided = decideLineage(ctx, review);
  draft.pending = proposeOpen(decided, review);
  draft.reviewRows = decided.flatMap((d) => d.entry ?? []);
  for (const { row, measure: id } of decided) {
    const measure = id!;
    claim(ctx, draft, row, measure);
    const existing = snapshot.measures.find((m) => m.id === measure);
    const text = rawText(ctx, 'measures', measure);
    const before = text === null ? undefined : (parseYaml(text) as Raw);
    const data = mergeMeasure(before, row, year, ctx.fallback);
    const changes = before ? changeEntries(review, row, measure, wordChanges(before, data, year)) : [];
    const formulas = formulaEntries(review, row, (column) => problems.cellOf(row.line, column));
    draft.changes.push(...changes);
    draft.formulas.push(...formulas);
    draft.pending += [...changes, ...formulas].filter((d) => !d.confirmed).length;
    if (!existing && row.confidence === undefined && !(rowSource(row, ctx.fallback) ?? ctx.fallback).document)
      problems.row(
        row.line,
        'confidence',
        'a new measure from a non-municipal source needs a confidence (high, medium, low)',
      );
    const file = join(o.content, 'measures', `${measure}.yaml`);
    draft.desired.set(file, { file, text, data });
    draft.origin.set(file, [row]);
    // Statuses come from follow-ups, with the follow-up as their source.
    const current = statusRow(
      snapshot.followUps.find((f) => f.data.planYear === year),
      measure,
    )?.status;
    if (row.status !== undefined && row.status !== current)
      problems.row(
        row.line,
        'status',
        `a plan import does not set statuses (now: ${current ?? 'none'}); import the follow-up with --kind follow-up --source <its document>`,
      );
  }
  const count = plan.data.measureCount.value;
  const total = new Set([...measuresInYear(ctx).map((m) => m.id), ...draft.taken.keys()]).size;
  if (count !== null && total > count)
    problems.general(
      'plan_year',
      String(year),
      `the ${year} plan would have ${total} measures, but its source states ${count}`,
    );
  return draft;
}
