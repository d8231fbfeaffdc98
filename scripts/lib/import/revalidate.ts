/**
 * Step 5: the same checks as the build, on the content as the import would
 * leave it: each changed entry's schema, then the cross-collection validator
 * (only problems the import brings in). Each problem is reported against the
 * row and column it comes from, when there is one.
 */
import { basename, dirname } from 'node:path';
import type { z } from 'astro/zod';
import type { Entry, Snapshot } from '../../../src/lib/site/snapshot.ts';
import { formatProblem, validate, type Problem } from '../../../src/lib/site/validate.ts';
import { followUpSchema } from '../../../src/schemas/plans.ts';
import { measureSchema } from '../../../src/schemas/measures.ts';
import type { Draft, ImportContext } from './context.ts';
import type { Raw } from './merge.ts';

const COLUMN_OF: Record<string, string> = {
  title: 'title',
  titleKind: 'title_kind',
  confidence: 'confidence',
  caveat: 'confidence',
  years: 'plan_year',
  year: 'plan_year',
  number: 'number',
  wording: 'wording',
  wordingKind: 'wording_kind',
  area: 'area',
  districts: 'districts',
  responsible: 'responsible',
  note: 'comment',
  status: 'status',
  measure: 'measure_id',
};

/** The spreadsheet column a content field comes from ("years[1].source.anchor" → "source_anchor"). */
export function columnOf(field: string): string {
  const f = field.replace(/^(years|measures)\[\d+\]\.?/, '');
  if (f.startsWith('source'))
    return f.endsWith('anchor')
      ? 'source_anchor'
      : f.endsWith('reference')
        ? 'source_reference'
        : 'source_document';
  return (
    COLUMN_OF[f.split(/[.[]/)[0]] ??
    (field.startsWith('counts') || field.startsWith('total') ? 'status' : field)
  );
}

const issuePath = (path: PropertyKey[]) =>
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '');

/** Each desired file through its schema; the parsed entries replace or join the snapshot's. */
function parseDesired(ctx: ImportContext, draft: Draft): Snapshot {
  const next: Snapshot = {
    ...ctx.snapshot,
    measures: [...ctx.snapshot.measures],
    followUps: [...ctx.snapshot.followUps],
  };
  for (const [file, d] of draft.desired) {
    const isMeasure = dirname(file).endsWith('measures');
    const schema = (isMeasure ? measureSchema : followUpSchema) as z.ZodType;
    const parsed = schema.safeParse(d.data);
    const rowsHere = draft.origin.get(file) ?? [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issuePath(issue.path);
        const k = /^measures\[(\d+)\]/.exec(field);
        const measure = k ? ((d.data.measures as Raw[])[Number(k[1])]?.measure as string) : undefined;
        const row = isMeasure ? rowsHere[0] : rowsHere.find((r) => draft.taken.get(measure ?? '') === r.line);
        if (row) ctx.problems.row(row.line, columnOf(field), issue.message);
        else ctx.problems.general(columnOf(field), basename(file), `${field}: ${issue.message}`);
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
  return next;
}

export function revalidate(ctx: ImportContext, draft: Draft): void {
  const next = parseDesired(ctx, draft);
  if (ctx.problems.any) return;
  const seen = new Set(validate(ctx.snapshot).map(formatProblem));
  for (const p of validate(next).filter((p: Problem) => !seen.has(formatProblem(p)))) {
    const rowsHere = draft.origin.get(p.file) ?? [];
    const k = /^measures\[(\d+)\]/.exec(p.field);
    const measure = k
      ? next.followUps.find((f) => f.file === p.file)?.data.measures[Number(k[1])]?.measure
      : undefined;
    const row = k ? rowsHere.find((r) => draft.taken.get(measure ?? '') === r.line) : rowsHere[0];
    if (row && !p.field.startsWith('counts') && !p.field.startsWith('total'))
      ctx.problems.row(row.line, columnOf(p.field), p.message);
    else ctx.problems.general(columnOf(p.field), basename(p.file), `${p.field}: ${p.message}`);
  }
}
