/**
 * The last steps: turn the draft into file changes (content, and the lineage
 * review file), then write them unless it is a dry run. Content waits until
 * every lineage decision is made; the review file is written in any case.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Draft, ImportContext } from './context.ts';
import { readReview, reviewPath, reviewText } from './review.ts';
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
  const changes: FileChange[] = [];
  let reviewFile: string | null = null;
  if (draft.reviewRows.length) {
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
    const after = reviewText(before, {
      plan_year: o.year,
      spreadsheet: basename(o.file),
      rows: [...draft.reviewRows, ...kept],
    });
    if (after !== before) changes.push({ file: reviewFile, before, after });
  }
  if (draft.pending === 0) {
    const content: FileChange[] = [];
    for (const d of draft.desired.values()) {
      const after = writeYaml(d.text, d.data, d.text === null ? d.head : undefined);
      if (after !== d.text) content.push({ file: d.file, before: d.text, after });
    }
    changes.unshift(...content);
  }
  // A replacement character means text was damaged on its way in; it never reaches content/.
  for (const c of changes)
    if (c.after.includes('\uFFFD') && !c.before?.includes('\uFFFD'))
      ctx.problems.general(
        '(file)',
        basename(c.file),
        'would contain the replacement character "\uFFFD" (damaged text): nothing is written',
      );
  return { changes, reviewFile };
}

/** Step 7: write the changes. */
export function apply(changes: FileChange[]): void {
  for (const c of changes) {
    mkdirSync(dirname(c.file), { recursive: true });
    writeFileSync(c.file, c.after);
  }
}
