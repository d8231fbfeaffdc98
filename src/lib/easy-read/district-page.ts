/**
 * The easy-read district page (/lattlast/omraden/<id>/) in one call, in the standard page's
 * order (issue 24): the counts sentence first (on a phone's first screen), "På sidan", what
 * changed (the figures), each measure that names the district with the sources that place it
 * there, what the follow-ups say (the newest first), the parties' notes, and the measures with no
 * area. The facts are the standard district page's (src/lib/district/), in easy words.
 */
import type { Lattlast } from '../../i18n/lattlast/index.ts';
import type { District, Measure, Site } from '../site/build-site.ts';
import { figureEvidence } from '../sources/evidence.ts';
import {
  districtAnswerLines,
  districtFacts,
  districtSources,
  followUpFacts,
  followUpNone,
  reviewsOf,
  yearStatuses,
  type EasyTexts,
} from './facts.ts';
import { indicatorLines } from './indicator-lines.ts';

/** How many of a long list show before "Visa fler": one measure card is most of a phone's screen. */
export const EASY_FIRST_ITEMS = 1;

/** A list as the page shows it: the first items, then the rest one tap away. */
const firstAndRest = <T>(items: readonly T[]): [T[], T[]] => [
  items.slice(0, EASY_FIRST_ITEMS),
  items.slice(EASY_FIRST_ITEMS),
];

export function easyDistrictPage(site: Site, easy: EasyTexts, district: District, e: Lattlast) {
  const facts = districtFacts(site, district.id);
  const intro = easy.districts.get(district.id);
  const text = (measure: Measure) => easy.measures.get(measure.id);
  const followUps = followUpFacts(site);
  const indicators = indicatorLines(site.indicators, district.id, facts.name, e, (source) =>
    figureEvidence(site, [source]),
  );
  const nav = e.district.nav;
  return {
    facts,
    /** the counts sentence first, then what the counts do not say */
    answer: districtAnswerLines(facts, e),
    /** Insyn's easy-read words about the district, where it has written them */
    intro,
    indicators,
    /** the first plan's year, marked in the figures */
    planStart: site.plans[0].data.year,
    /** "På sidan": the sections the page has, in its order */
    sections: [
      ...(indicators.length > 0 ? [{ id: 'siffror', label: nav.changed }] : []),
      ...(facts.targeted.length > 0 ? [{ id: 'atgarder', label: nav.measures }] : []),
      { id: 'uppfoljningar', label: nav.followUps },
      ...(facts.notes > 0 ? [{ id: 'partier', label: nav.notes }] : []),
      ...(facts.unspecified.length > 0 ? [{ id: 'utan-omrade', label: nav.unspecified }] : []),
    ],
    /** the measures a source places in the district, each with its text, sources and statuses */
    measures: firstAndRest(
      facts.targeted.map((measure) => ({
        measure,
        text: text(measure),
        sources: districtSources(site, district.id, measure),
        years: yearStatuses(site, measure).present,
      })),
    ),
    /** the follow-ups that say something, the newest first */
    followUps: followUps.filter((fu) => fu.kind !== 'none').reverse(),
    /** the plan years with no follow-up, said once (null when every plan has one) */
    noFollowUp: followUpNone(followUps, e),
    /** measures no source places anywhere: never counted as the district's */
    unspecified: firstAndRest(facts.unspecified.map((measure) => ({ measure, text: text(measure) }))),
    reviews: reviewsOf([intro, ...facts.targeted.map(text)]),
  };
}
