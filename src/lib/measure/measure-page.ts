/**
 * One measure's page (/atgarder/<id>/), computed once: its name, how sure the site may be that it
 * is a plan measure, the answer lines, the timeline with its numbered sources and the
 * disagreements, each plan year's row with the words of its source, the changes between years,
 * the protocol notes that name it, and the corrections on the page. The route only lays it out.
 */
import type { Measure, Site } from '../site/build-site.ts';
import type { PageLang } from '../text/content-text.ts';
import { contentText } from '../text/content-text.ts';
import { measureFacets } from '../search/facets.ts';
import { measureAnswer } from './answer.ts';
import { measureName, timeline } from './measures.ts';
import { measureTimeline, timelineSource } from './timeline.ts';
import { measureSteps } from '../plan/compare.ts';
import { conflictView } from '../sources/conflicts.ts';
import { correctionsOn } from '../sources/corrections.ts';
import { measureCertainty } from '../sources/evidence.ts';
import { noteParty, sourceOrigin } from '../sources/origin.ts';
import { sourceNotesFor } from '../sources/source-notes.ts';
import { measurePath } from '../urls/paths.ts';

export function measurePage(site: Site, measure: Measure, i18n: PageLang) {
  const { t, lang } = i18n;
  const tx = (x: string) => contentText(site, lang, x);
  const conflicts = measure.data.conflicts.map((c) => conflictView(site, c, t, tx));
  const items = measureTimeline(site, measure);
  return {
    measure,
    /** the title as plain text in the page's language (for <title> and the description) */
    title: measureName(site, measure, i18n),
    facets: measureFacets(site, measure, t.status.unknown),
    /** how sure the site may be that this is a measure of the plan, from its sources' kinds */
    certainty: measureCertainty(site, measure).level,
    /** where the measure's wordings come from, once each (a note's party with it) */
    origins: [
      ...new Map(
        measure.data.years.map((y) => {
          const text = sourceOrigin(site, y.source, i18n);
          const party = noteParty(site, y.source);
          return [text, { text, party: party && tx(party) }];
        }),
      ).values(),
    ],
    answer: measureAnswer(site, measure, i18n),
    items,
    conflicts,
    /** the timeline's sources, numbered in the order it shows them: its items, then the disagreements */
    timelineNotes: sourceNotesFor(site, t, tx)(
      'tidslinje',
      ...items.map(timelineSource),
      ...conflicts.flatMap((c) => c.accounts.map((a) => a.source)),
    ),
    corrected: correctionsOn(site.corrections, measurePath(measure.id)),
    /** each plan year: present (with the words of its source), absent or unknown */
    rows: timeline(site, measure).map((row) =>
      row.kind === 'present' ? { ...row, origin: sourceOrigin(site, row.entry.source, i18n) } : row,
    ),
    steps: measureSteps(site, measure, i18n),
    notes: site.notesByMeasure.get(measure.id) ?? [],
  };
}
