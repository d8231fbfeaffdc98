/**
 * Step 4 of a follow-up import: find each row's measure in the plan year (by
 * measure_id, number, wording or title), merge the statuses into the year's
 * follow-up, and check them against the counts the follow-up states.
 */
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  claim,
  emptyDraft,
  entryOf,
  findInYear,
  measuresInYear,
  rawText,
  type Draft,
  type ImportContext,
} from './context.ts';
import { mergeFollowUp, rowSource, type Assignment, type Raw } from './merge.ts';
import type { RowValues } from './rows.ts';
import { closest } from './text.ts';

/** Each row's measure and status; a row whose measure is not in the plan year is a problem. */
export function assignStatuses(ctx: ImportContext, draft: Draft): Assignment[] {
  const inYear = measuresInYear(ctx);
  const assignments: Assignment[] = [];
  for (const row of ctx.rows) {
    const m = row.measureId
      ? ctx.snapshot.measures.find((x) => x.id === row.measureId)
      : findInYear(ctx, row);
    if (!m || !entryOf(ctx, m)) {
      const column = row.measureId ? 'measure_id' : row.number ? 'number' : 'title';
      const options = row.measureId
        ? inYear.map((x) => x.id)
        : row.number
          ? inYear.flatMap((x) => entryOf(ctx, x)!.number ?? [])
          : inYear.flatMap((x) => x.data.title ?? []);
      ctx.problems.row(
        row.line,
        column,
        `no measure with this ${column.replace('_', ' ')} in the ${ctx.options.year} plan (import the plan first)`,
        closest(ctx.problems.cellOf(row.line, column), options),
      );
      continue;
    }
    claim(ctx, draft, row, m.id);
    if (row.status === undefined) continue;
    assignments.push({
      row,
      measure: m.id,
      status: row.status,
      source: rowSource(row, ctx.fallback) ?? ctx.fallback,
    });
  }
  return assignments;
}

interface FollowUpData {
  counts: Record<string, number> | null;
  total: number | null;
  measures: { measure: string; status: string }[];
}

/** Per-measure statuses must fit the counts and the total the follow-up states. */
export function checkCounts(ctx: ImportContext, f: FollowUpData, assignments: Assignment[]): void {
  const tally = new Map<string, number>();
  for (const s of f.measures ?? []) tally.set(s.status, (tally.get(s.status) ?? 0) + 1);
  const firstRow = (status: string): RowValues | undefined =>
    assignments.find((a) => a.status === status)?.row;
  if (f.counts)
    for (const [status, n] of tally)
      if (n > (f.counts[status] ?? 0)) {
        const row = firstRow(status);
        const message = `${n} measures would be "${status}", but the follow-up counts ${f.counts[status] ?? 0}`;
        if (row) ctx.problems.row(row.line, 'status', message, undefined, status);
        else ctx.problems.general('status', status, message);
      }
  const limit = f.total ?? ctx.plan.data.measureCount.value;
  if (limit !== null && (f.measures?.length ?? 0) > limit)
    ctx.problems.general(
      'status',
      '',
      `${f.measures.length} measures would have a status, but the follow-up covers ${limit}`,
    );
}

export function resolveFollowUp(ctx: ImportContext): Draft {
  const year = ctx.options.year;
  const draft = emptyDraft();
  const assignments = assignStatuses(ctx, draft);
  const text = rawText(ctx, 'follow-ups', String(year));
  // No follow-up file and no status to give: nothing to create.
  if (text === null && assignments.length === 0) return draft;
  const data = mergeFollowUp(
    text === null ? undefined : (parseYaml(text) as Raw),
    assignments,
    year,
    ctx.fallback,
  );
  const file = join(ctx.options.content, 'follow-ups', `${year}.yaml`);
  const head = ` Created by npm run import from ${basename(ctx.options.file)}. reportedOn, counts and total stay unknown until a source states them.`;
  draft.desired.set(file, { file, text, data, head });
  draft.origin.set(
    file,
    assignments.map((a) => a.row),
  );
  checkCounts(ctx, data as unknown as FollowUpData, assignments);
  return draft;
}
