/**
 * The easy-read (lättläst) pages, as the Swedish paths they stand for: /lattlast/<path>
 * is the easy-read version of <path>. Pages with no standard counterpart (how to ask the
 * municipality for a document) are listed too; the language menu then goes to "/".
 */
import type { Site } from './site.ts';
import { aboutPath, askPath, districtPath, glossaryPath, homePath, measurePath, planPath } from './paths.ts';

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
