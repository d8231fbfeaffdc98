/**
 * Lineage: which existing measure a row of a new plan year continues. A
 * measure keeps its id across years even when it is renumbered or reworded,
 * so the importer proposes candidates (same number in the earlier plan,
 * similar wording) with a confidence, and the editor confirms them in a review
 * file. Only an exact number-and-wording match is linked without asking.
 */
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import type { RowValues } from './rows.ts';
import { normaliseWording, similarity } from './text.ts';

export type LinkConfidence = 'exact' | 'high' | 'medium' | 'low';

export interface Suggestion {
  measure: string;
  confidence: LinkConfidence;
  /** 0–1 for ranking: text similarity, raised by the same number, lowered by another area */
  score: number;
  /** in words, for the review file */
  reason: string;
}

/** Below this text similarity a measure with another number is not proposed. */
const MIN_SIMILARITY = 0.5;

export function suggestLineage(
  row: RowValues,
  snapshot: Pick<Snapshot, 'measures'>,
  year: number,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const m of snapshot.measures) {
    if (m.data.years.some((y) => y.year === year)) continue; // already has this year's entry
    const earlier = m.data.years.filter((y) => y.year < year).sort((a, b) => b.year - a.year)[0];
    if (!earlier) continue;
    const sameNumber = Boolean(row.number) && earlier.number === row.number;
    const pairs: [string | undefined | null, string | undefined | null][] = [
      [row.wording, earlier.wording],
      [row.title, m.data.title],
      [row.wording, m.data.title],
      [row.title, earlier.wording],
    ];
    const comparable = pairs.filter(([a, b]) => a && b);
    const sim = Math.max(0, ...comparable.map(([a, b]) => similarity(a!, b!)));
    const sameWording =
      row.wording && earlier.wording
        ? normaliseWording(row.wording) === normaliseWording(earlier.wording)
        : !row.wording &&
          Boolean(row.title && m.data.title) &&
          normaliseWording(row.title!) === normaliseWording(m.data.title!);
    if (!sameNumber && sim < MIN_SIMILARITY) continue;
    // A measure rarely changes development area; a candidate from another area ranks lower.
    const otherArea = Boolean(row.area && earlier.area && row.area !== earlier.area);
    const confidence: LinkConfidence =
      sameNumber && sameWording
        ? 'exact'
        : sim >= 0.8 || (sameNumber && sim >= 0.5)
          ? 'high'
          : sim >= 0.6 || sameNumber
            ? 'medium'
            : 'low';
    const percent = `${Math.round(sim * 100)} %`;
    const reason = [
      sameNumber
        ? `same number ${row.number} in ${earlier.year}`
        : `was ${earlier.number ?? 'unnumbered'} in ${earlier.year}`,
      sameWording
        ? 'same wording'
        : comparable.length
          ? `wording ${percent} alike`
          : 'no title or wording to compare',
      ...(otherArea ? [`area was ${earlier.area}`] : []),
    ].join('; ');
    // The same number alone outranks a loose textual likeness.
    const score = (sameNumber ? 0.5 + 0.5 * sim : 0.9 * sim) * (otherArea ? 0.8 : 1);
    suggestions.push({
      measure: m.id,
      confidence: otherArea && confidence === 'high' ? 'medium' : confidence,
      score: Math.round(score * 100) / 100,
      reason,
    });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.measure.localeCompare(b.measure)).slice(0, 3);
}
