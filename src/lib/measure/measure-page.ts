/**
 * One measure's page (/atgarder/<id>/), computed once: its name, how sure the site may be that it
 * is a plan measure, the answer lines with their numbered sources, the timeline with its numbered sources and the
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

function yearRowsOf(site: Site, measure: Measure, i18n: PageLang) {
  return timeline(site, measure).map((row) =>
    row.kind === 'present' ? { ...row, origin: sourceOrigin(site, row.entry.source, i18n) } : row,
  );
}

type YearRow = ReturnType<typeof yearRowsOf>[number];
type YearRun = { kind: 'run'; of: 'absent' | 'unknown'; years: number[] };

/**
 * The year-by-year list's rows: the years the measure is in, oldest first, then the years it is
 * not in and the years no source lists it in, each kind one row ("Planerna 2021, 2022, 2024 och
 * 2025") that holds each year's `ar-YYYY` anchor (the strip above keeps every year in its place);
 * a single such year is a row of its own. The row says its kind for every year it holds, so
 * unknown stays unknown and a year the plan leaves it out is never merged with an unknown one.
 */
export function groupYearRuns(rows: YearRow[]): (YearRow | YearRun)[] {
  const rest = (of: YearRun['of']): (YearRow | YearRun)[] => {
    const those = rows.filter((r) => r.kind === of);
    return those.length > 1 ? [{ kind: 'run', of, years: those.map((r) => r.year) }] : those;
  };
  return [...rows.filter((r) => r.kind === 'present'), ...rest('absent'), ...rest('unknown')];
}

export function measurePage(site: Site, measure: Measure, i18n: PageLang) {
  const { t, lang } = i18n;
  const tx = (x: string) => contentText(site, lang, x);
  const conflicts = measure.data.conflicts.map((c) => conflictView(site, c, t, tx));
  const items = measureTimeline(site, measure);
  const rows = yearRowsOf(site, measure, i18n);
  const answer = measureAnswer(site, measure, i18n);
  const notesOf = sourceNotesFor(site, t, tx);
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
    answer,
    /** the answer's sources, numbered as its markers show them, listed at its end */
    answerNotes: notesOf('svar', ...answer.flatMap((l) => l.sources)),
    items,
    conflicts,
    /** the timeline's sources, numbered in the order it shows them: its items, then the disagreements */
    timelineNotes: notesOf(
      'tidslinje',
      ...items.map(timelineSource),
      ...conflicts.flatMap((c) => c.accounts.map((a) => a.source)),
    ),
    corrected: correctionsOn(site.corrections, measurePath(measure.id)),
    /** each plan year: present (with the words of its source), absent or unknown */
    rows,
    /** the same years for the list under the strip, the absent and the unknown years one row each */
    yearRows: groupYearRuns(rows),
    steps: measureSteps(site, measure, i18n),
    notes: site.notesByMeasure.get(measure.id) ?? [],
  };
}
