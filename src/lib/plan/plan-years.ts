/** Per plan year: how complete Insyn's record is, and what its follow-up says. */
import { measuresInPlan } from '../measure/measures.ts';
import type { Plan, Site } from '../site/build-site.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { contentText, listText, type PageLang } from '../text/content-text.ts';

export interface Completeness {
  /** measures the plan has, as a source states; null when no source says */
  stated: number | null;
  /** measures documented here for that year */
  documented: number;
  /** documented measures that carry a plan number */
  numbered: number;
  /** documented measures with low confidence (maybe not a measure of this plan at all) */
  uncertain: number;
}

export function completeness(site: Site, plan: Plan): Completeness {
  const inPlan = measuresInPlan(site, plan.data.year);
  return {
    stated: plan.data.measureCount.value,
    documented: inPlan.length,
    numbered: inPlan.filter((m) => m.entry.number !== null).length,
    uncertain: inPlan.filter((m) => m.measure.data.confidence === 'low').length,
  };
}

/**
 * "15 genomförda, 39 pågående och 6 inte genomförda": a follow-up's counts as words in the page's
 * language, in status order, or null when no source gives counts for the year.
 */
export function countsInWords(
  site: Site,
  year: number,
  { t, lang, intl }: Pick<PageLang, 't' | 'lang' | 'intl'>,
): { words: string; total: number | null; source: SourceRef } | null {
  const f = site.followUpByYear.get(year)?.data;
  if (!f?.counts || !f.countsSource) return null;
  const counts = f.counts;
  const parts = site.statuses.map(
    (s) =>
      t.district.answer.statusCount[s.id]?.(counts[s.id] ?? 0) ??
      `${contentText(site, lang, s.data.label)}: ${counts[s.id] ?? 0}`,
  );
  return { words: listText(parts, intl), total: f.total, source: f.countsSource };
}
