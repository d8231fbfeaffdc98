/**
 * The easy-read (lättläst) pages, as the Swedish paths they stand for: /lattlast/<path>
 * is the easy-read version of <path>. Pages with no standard counterpart (how to ask the
 * municipality for a document) are listed too; the language menu then goes to "/".
 */
import type { Site } from '../site/build-site.ts';
import {
  aboutPath,
  askPath,
  districtPath,
  districtsPath,
  glossaryPath,
  homePath,
  measurePath,
  measuresPath,
  planPath,
  plansPath,
} from '../urls/paths.ts';

export function easyReadPages(site: Site): string[] {
  return [
    homePath(),
    ...site.districts.map((d) => districtPath(d.id)),
    ...site.plans.map((p) => planPath(p.data.year)),
    ...site.measures.map((m) => measurePath(m.id)),
    glossaryPath(),
    aboutPath(),
    askPath(),
  ];
}

/** "/omraden/berga/" is one page below the list "/omraden/" (and, for plans, a year). */
const below = (list: string, path: string, segment = /^[^/]+\/$/) =>
  path.startsWith(list) && segment.test(path.slice(list.length));

/**
 * Whether a Swedish page path has an easy-read page, without the site's data: the same
 * kinds of page as easyReadPages (tests/unit/easy-read/pages.test.ts holds them equal).
 * Easy-read pages link to easy-read pages where there is one, else to the standard page.
 */
export function hasEasyReadPage(path: string): boolean {
  const p = path.split('#')[0];
  return (
    [homePath(), glossaryPath(), aboutPath(), askPath()].includes(p) ||
    below(districtsPath(), p) ||
    below(measuresPath(), p) ||
    below(plansPath(), p, /^\d{4}\/$/)
  );
}
