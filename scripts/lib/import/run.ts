/**
 * The import, start to finish, as a list of steps: read the spreadsheet and the
 * content, check the command and the header, parse this year's rows, resolve
 * every row to a measure (lineage for new plan years) or a status, re-validate
 * with the build's schemas and cross-collection validator, and write only when
 * nothing is wrong and no lineage decision is open. Each step adds to one list
 * of problems, and the run stops after the first step that finds any.
 */
import { apply, plannedChanges, type FileChange } from './apply.ts';
import { checkCommand, readInput, yearRows, type ImportContext, type ImportOptions } from './context.ts';
import { ProblemList, type ImportProblem } from './problems.ts';
import { resolveFollowUp } from './resolve-follow-up.ts';
import { resolvePlanRows } from './resolve-plan.ts';
import { revalidate } from './revalidate.ts';

export type { ImportOptions } from './context.ts';

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
  /** how the file was read: its text encoding, or xlsx */
  encoding: string | null;
}

export async function runImport(o: ImportOptions): Promise<ImportResult> {
  const problems = new ProblemList();
  const result: ImportResult = {
    problems: problems.items,
    changes: [],
    pending: 0,
    reviewFile: null,
    written: false,
    skipped: 0,
    rows: 0,
    encoding: null,
  };

  const input = await readInput(o, problems);
  if (!input) return result;
  result.encoding = input.table.encoding;
  const { plan, fallback } = checkCommand(o, input.table, input.snapshot, problems);
  const { rows, skipped } = yearRows(o.year, input.table, input.snapshot, problems);
  Object.assign(result, { rows: rows.length, skipped });
  if (problems.any || !plan) return result;

  const ctx: ImportContext = { options: o, snapshot: input.snapshot, plan, fallback, rows, problems };
  const draft = o.kind === 'plan' ? resolvePlanRows(ctx) : resolveFollowUp(ctx);
  if (problems.any) return result;
  revalidate(ctx, draft);
  if (problems.any) return result;
  const { changes, reviewFile } = plannedChanges(ctx, draft);
  if (problems.any) return result;

  Object.assign(result, { changes, reviewFile, pending: draft.pending });
  if (!o.dryRun) {
    apply(changes);
    result.written = changes.length > 0;
  }
  return result;
}
