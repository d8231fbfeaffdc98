/**
 * Fuzzy text matching for the importer: folding for case- and accent-blind
 * lookups, slugs for new measure ids, and two distances — Levenshtein for the
 * closest match ("did you mean") on short vocabulary words (src/lib/text/closest.ts,
 * shared with the content check), bigram overlap (similarity) for comparing
 * measure wordings across plan years.
 */
import { fold } from '../../../src/lib/text/closest.ts';

export { closest, fold, levenshtein } from '../../../src/lib/text/closest.ts';

/** A measure id from a title: "Öppna upp kulturskolan för fler" → "oppna-upp-kulturskolan-for-fler". */
export function slugify(text: string, maxLength = 60): string {
  const words = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Text compared for lineage: folded, punctuation ignored. */
export function normaliseWording(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const t = ` ${normaliseWording(text)} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient on character bigrams: 1 = same words, 0 = nothing in common. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let sizeX = 0;
  let sizeY = 0;
  let shared = 0;
  for (const n of x.values()) sizeX += n;
  for (const n of y.values()) sizeY += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return sizeX + sizeY === 0 ? 0 : (2 * shared) / (sizeX + sizeY);
}
