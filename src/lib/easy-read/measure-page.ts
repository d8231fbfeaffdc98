/**
 * One easy-read measure page (/lattlast/atgarder/<id>/), computed once: its title, the answer
 * (has the municipality done it, each plan year's status), Insyn's easy-read text, which plans it
 * is in, where it applies, what has happened (newest first, the older events one tap away) and
 * how many protocol notes name it. The facts come from facts.ts, so the page can never say a
 * different thing than its standard page; the route only lays it out.
 */
import type { Dict } from '../../i18n/types.ts';
import type { Lattlast } from '../../i18n/lattlast/index.ts';
import type { Measure, Site } from '../site/build-site.ts';
import { measureTitle } from '../measure/measures.ts';
import { eventEvidence } from '../sources/evidence.ts';
import {
  easyEvents,
  measureAnswerLines,
  measureFacts,
  measurePlanLines,
  yearSpans,
  type EasyEventFacts,
  type EasyLine,
  type EasyTexts,
} from './facts.ts';

/** The newest event shows, the older ones open on request: each is a phone's screen or more. */
const NEWEST = 1;

/** An event as the page tells it: `from` is null where its label already says whose word it is. */
export type EasyMeasureEvent = EasyEventFacts & {
  /** somebody's word, not a fact its source may state: the page says it may not be true */
  attributed: boolean;
};

export function easyMeasurePage(site: Site, texts: EasyTexts, measure: Measure, t: Dict, e: Lattlast) {
  const text = texts.measures.get(measure.id);
  const f = measureFacts(site, measure);
  const [first, ...rest] = measureAnswerLines(f, e);
  // Newest first: what happens now is what a resident asks about. "X skriver" already names whose
  // word it is, so "Det här kommer från X." is said only under a label that does not name X.
  const events: EasyMeasureEvent[] = easyEvents(site, measure, text, e)
    .reverse()
    .map((x) => ({
      ...x,
      attributed: x.from !== null,
      from: eventEvidence(site, x.event).label === 'according' ? null : x.from,
    }));
  return {
    measure,
    title: measureTitle(measure, t),
    /** Insyn's easy-read text of the measure, if written */
    text,
    reviews: text ? [text.review] : [],
    facts: f,
    /** the question, then the answer's other lines */
    answer: { first, rest },
    /** "Okänd" is explained under the answer when a year has no status */
    anyUnknown: f.present.some((p) => p.status === null),
    /** which plans it is in; "Finns åtgärden i planen för …? Det vet vi inte." as one line */
    plans: measurePlanLines(f, e).flatMap((l): EasyLine[] =>
      l.key === 'unknown'
        ? []
        : l.key === 'unlisted'
          ? [{ key: 'unlisted', text: e.measure.unlistedUnknown(e.years(yearSpans(f.unlisted))) }]
          : [l],
    ),
    places: f.districts.map((id) => ({ id, name: site.districtById.get(id)?.data.name ?? id })),
    events: { newest: events.slice(0, NEWEST), older: events.slice(NEWEST) },
    /** whether any event says who decided it (the page explains the word once) */
    anyDecided: events.some((x) => x.decided),
  };
}
