/**
 * "Did you mean": the closest of a list of valid values to a mistyped one, by edit
 * distance on folded text (case and å/ä/ö ignored). The content check suggests it for an
 * unknown id or word, the importer for a spreadsheet cell.
 */

/** Lowercase, accents removed (å→a, ö→o, é→e), whitespace folded. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

/** The option closest to `value` by edit distance on folded text, if it is close enough to be a likely typo. */
export function closest(value: string, options: Iterable<string>): string | undefined {
  const v = fold(value);
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const distance = levenshtein(v, fold(option));
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(2, Math.ceil(v.length / 2)) ? best.option : undefined;
}
