/**
 * The import, start to finish, as a list of steps: read the spreadsheet and the
 * content, check the command and the header, parse this year's rows, resolve
 * every row to a measure (lineage for new plan years) or a status, re-validate
 * with the build's schemas and cross-collection validator, and write only when
 * nothing is wrong and no lineage decision is open. Each step adds to one list
 * of problems, and the run stops after the first step that finds any.
 */
import { apply, diskOps, plannedChanges, WriteError, type FileChange, type FileOps } from './apply.ts';
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

/** `ops`: how files are written (tests pass a failing one). */
export async function runImport(o: ImportOptions, ops: FileOps = diskOps): Promise<ImportResult> {
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
  const { rows, skipped } = yearRows(o.year, input.table, input.snapshot, problems, {
    force: o.force,
    file: o.file,
    kind: o.kind,
  });
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
    try {
      apply(changes, ops);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      problems.general('(file)', error.file, error.message);
      return result;
    }
    result.written = changes.length > 0;
  }
  return result;
}
