/** The measures list (/atgarder/): every measure with its plan years and numbers, its development areas and its certainty. */
import type { Site } from '../site/build-site.ts';
import { measureCertainty } from '../sources/evidence.ts';
import { contentText, type PageLang } from '../text/content-text.ts';

export function measuresPage(site: Site, { t, lang }: Pick<PageLang, 't' | 'lang'>) {
  return site.measures.map((measure) => ({
    measure,
    /** each plan year the measure is in, with its number that year where a source gives one: "2023 (5.4)" */
    years: measure.data.years.map((y) => `${y.year}${y.number ? ` (${y.number})` : ''}`),
    /** the development areas of its years, once each, in the page's language ("Okänt" where a year names none) */
    areas: [
      ...new Set(measure.data.years.map((y) => (y.area ? site.areaById.get(y.area)?.data.short : null))),
    ].map((a) => (a ? contentText(site, lang, a) : t.unknown)),
    /** how sure the site may be that it is a plan measure: the content's level, never above its sources' (evidence.ts) */
    certainty: measureCertainty(site, measure).level,
  }));
}
