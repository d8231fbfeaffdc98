/** Corrections as the pages need them: the ones on a page, by the anchor of the corrected fact. */
import type { Correction } from '../site/build-site.ts';

export function correctionsOn(
  corrections: Correction[],
  page: string,
): Map<string, { id: string; date: string }> {
  const byAnchor = new Map<string, { id: string; date: string }>();
  // Newest first in the input; the newest correction of a fact is the one shown beside it.
  for (const c of corrections)
    if (c.data.page === page && !byAnchor.has(c.data.fact))
      byAnchor.set(c.data.fact, { id: c.id, date: c.data.date });
  return byAnchor;
}
