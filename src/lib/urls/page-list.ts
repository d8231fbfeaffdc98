/**
 * Every HTML page of the Swedish site, as paths.ts builds them: the language menu's
 * "same page or its nearest parent", hreflang and the i18n report read it, so a page
 * that exists is known without looking into dist/. Pure: unit-tested on fixtures.
 */
import type { Site } from '../site/build-site.ts';
import { consecutivePlanPairs, pairSlug } from '../plan/compare.ts';
import * as p from './paths.ts';

export function swedishPages(site: Site): string[] {
  return [
    p.homePath(),
    p.searchPath(),
    p.statisticsPath(),
    p.districtStatisticsPath(),
    p.glossaryPath(),
    p.referencesPath(),
    p.correctionsPath(),
    p.missingPath(),
    p.dataPath(),
    p.measuresPath(),
    ...site.measures.map((m) => p.measurePath(m.id)),
    p.plansPath(),
    ...site.plans.map((pl) => p.planPath(pl.data.year)),
    ...consecutivePlanPairs(site).map(([from, to]) => p.comparisonPath(pairSlug(from, to))),
    p.meetingsPath(),
    ...site.meetings.map((m) => p.meetingPath(m.id)),
    p.documentsPath(),
    ...site.documents.map((d) => p.documentPath(d.id)),
    p.districtsPath(),
    ...site.districts.map((d) => p.districtPath(d.id)),
    ...site.pages.map((pg) => `/${pg.id}/`),
  ];
}

/** The path itself when it is in `pages`, else its nearest parent that is ("/omraden/x/y/" → "/omraden/x/"), at last "/". */
export function nearestPage(path: string, pages: ReadonlySet<string>): string {
  let candidate = path.split('#')[0];
  while (candidate !== '/' && !pages.has(candidate)) candidate = candidate.replace(/[^/]+\/$/, '');
  return candidate;
}
