/**
 * An inline word diff between two wordings of a measure, for <ins>/<del>
 * markup that reads correctly without colour. Word splitting comes from the
 * `diff` package (jsdiff), which keeps å, ä, ö inside words.
 */
import { diffWords } from 'diff';

export interface Segment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The segments that turn `before` into `after`, in reading order (a removal before the addition that replaces it). */
export function wordDiff(before: string, after: string): Segment[] {
  const segments: Segment[] = [];
  for (const change of diffWords(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = segments.at(-1);
    // jsdiff may split one run into several change objects; one <ins> per run reads better.
    if (last && last.kind === kind) last.text += change.value;
    else segments.push({ kind, text: change.value });
  }
  return segments;
}

/** True when the two wordings differ in more than whitespace. */
export function wordingChanged(before: string, after: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  return fold(before) !== fold(after);
}
