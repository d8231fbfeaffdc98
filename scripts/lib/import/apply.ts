/**
 * The last steps: turn the draft into file changes (content, and the lineage
 * review file), then write them unless it is a dry run. Content waits until
 * every lineage decision is made; the review file is written in any case.
 *
 * Writing is all or nothing: every file goes to a temporary file beside it, and
 * only when all are written are they renamed over their targets (a rename within a
 * folder is atomic). A failure (a full disk, a quota) removes the temporary files
 * and puts back what was already renamed, so content/ is byte for byte as before.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Draft, ImportContext } from './context.ts';
import { readReview, reviewPath, reviewText, sameChange, sameFormula } from './review.ts';
import { normaliseWording } from './text.ts';
import { writeYaml } from './yaml-sync.ts';

export interface FileChange {
  file: string;
  /** null: the file is new */
  before: string | null;
  after: string;
}

/** Step 6: the files that would change, and the review file when there is one. */
export function plannedChanges(
  ctx: ImportContext,
  draft: Draft,
): { changes: FileChange[]; reviewFile: string | null } {
  const { options: o } = ctx;
  const files: FileChange[] = [];
  let reviewFile: string | null = null;
  if (draft.reviewRows.length || draft.changes.length || draft.formulas.length) {
    reviewFile = reviewPath(o.content, o.year);
    const before = existsSync(reviewFile) ? readFileSync(reviewFile, 'utf8') : null;
    const review = readReview(reviewFile);
    // Entries of rows imported earlier stay as the record of those decisions.
    const kept = (review?.rows ?? []).filter(
      (e) =>
        !draft.reviewRows.some(
          (r) => r.number === e.number && normaliseWording(r.text ?? '') === normaliseWording(e.text ?? ''),
        ),
    );
    const edits = [
      ...draft.changes,
      ...(review?.changes ?? []).filter((e) => !draft.changes.some((c) => sameChange(c, e))),
    ];
    const formulas = [
      ...draft.formulas,
      ...(review?.formulas ?? []).filter((e) => !draft.formulas.some((f) => sameFormula(f, e))),
    ];
    const after = reviewText(before, {
      plan_year: o.year,
      spreadsheet: basename(o.file),
      rows: [...draft.reviewRows, ...kept],
      ...(edits.length ? { changes: edits } : {}),
      ...(formulas.length ? { formulas } : {}),
    });
    if (after !== before) files.push({ file: reviewFile, before, after });
  }
  if (draft.pending === 0) {
    const content: FileChange[] = [];
    for (const d of draft.desired.values()) {
      const after = writeYaml(d.text, d.data, d.text === null ? d.head : undefined);
      if (after !== d.text) content.push({ file: d.file, before: d.text, after });
    }
    files.unshift(...content);
  }
  // A replacement character means text was damaged on its way in; it never reaches content/.
  for (const c of files)
    if (c.after.includes('\uFFFD') && !c.before?.includes('\uFFFD'))
      ctx.problems.general(
        '(file)',
        basename(c.file),
        'would contain the replacement character "\uFFFD" (damaged text): nothing is written',
      );
  return { changes: files, reviewFile };
}

/** The file operations `apply` uses; a test passes its own to simulate a failing disk. */
export interface FileOps {
  /** write the whole text and flush it to the disk */
  write(file: string, text: string): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
  /** create a folder and its parents; the first one created, or undefined */
  mkdir(dir: string): string | undefined;
}

export const diskOps: FileOps = {
  write(file, text) {
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
  remove: (file) => rmSync(file, { force: true }),
  mkdir: (dir) => mkdirSync(dir, { recursive: true }),
};

/** A write that failed: one line, naming the file; nothing was changed. */
export class WriteError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(`could not write it (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`);
    this.file = file;
  }
}

/** The temporary file a change is written to first: hidden, beside its target, never a content file. */
export const tempFileOf = (file: string) =>
  join(dirname(file), `.${basename(file)}.import-${process.pid}.tmp`);

/** Pattern of the temporary files, for the content check to report one an import left behind. */
export const TEMP_FILE = /^\..+\.import-\d+\.tmp$/;

/** Step 7: write the changes, all or nothing. */
export function apply(changes: FileChange[], ops: FileOps = diskOps): void {
  const madeDirs: string[] = [];
  const written: { temp: string; change: FileChange }[] = [];
  const renamed: FileChange[] = [];
  // SIGINT/SIGTERM wait until the files are in place or put back (the writing is synchronous,
  // so a handler runs only afterwards); the signal is then delivered as usual.
  const signals: NodeJS.Signals[] = [];
  const defer = (signal: NodeJS.Signals) => signals.push(signal);
  process.on('SIGINT', defer).on('SIGTERM', defer);
  let current = '';
  try {
    for (const change of changes) {
      current = change.file;
      const dir = dirname(change.file);
      if (!existsSync(dir)) {
        const made = ops.mkdir(dir);
        if (made) madeDirs.push(made);
      }
      const temp = tempFileOf(change.file);
      written.push({ temp, change });
      ops.write(temp, change.after);
    }
    for (const { temp, change } of written) {
      current = change.file;
      ops.rename(temp, change.file);
      renamed.push(change);
    }
  } catch (error) {
    // Put back what was renamed (its text before is known), then remove the rest. Each step
    // is tried on its own: the first failure is the one to report.
    const attempt = (step: () => void) => {
      try {
        step();
      } catch {
        // already gone, or the disk refuses that too
      }
    };
    for (const change of renamed.reverse())
      attempt(() => {
        if (change.before === null) ops.remove(change.file);
        else {
          const temp = tempFileOf(change.file);
          ops.write(temp, change.before);
          ops.rename(temp, change.file);
        }
      });
    for (const { temp } of written) attempt(() => ops.remove(temp));
    for (const dir of madeDirs.reverse()) attempt(() => rmSync(dir, { recursive: true, force: true }));
    throw new WriteError(current, error);
  } finally {
    process.off('SIGINT', defer).off('SIGTERM', defer);
    for (const signal of signals) process.kill(process.pid, signal);
  }
}
