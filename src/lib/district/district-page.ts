/**
 * A district's page (/omraden/<id>/) in one call: what it shows, in the order a resident on a
 * phone needs it (issue 24) — what is known (the answer) first, then "På sidan", the decisions
 * and events (newest first), what changed (the indicators), the measures, what the parties say
 * (protocol notes), and the background (map, police list, sub-areas, more facts, the decisions in
 * the same matters) last. Each section has its numbered list of sources (source-notes.ts), built
 * here in the order the section shows its facts.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Happening, MeasureEvent } from '../../schemas/events.ts';
import type { Decision, District, Measure, Site } from '../site/build-site.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import { termsIn } from '../text/glossary.ts';
import { districtFacets } from '../search/facets.ts';
import { correctionsOn } from '../sources/corrections.ts';
import {
  eventEvidence,
  figureEvidence,
  labelText,
  leadText,
  measureCertainty,
  type Evidence,
} from '../sources/evidence.ts';
import { sourceNotesFor } from '../sources/source-notes.ts';
import { disagreements, districtIndicators, indicatorTexts } from '../statistics/indicators.ts';
import { decisionAnchor, eventAnchor } from '../urls/anchors.ts';
import { districtPath, districtStatisticsPath } from '../urls/paths.ts';
import { timeline } from '../measure/measures.ts';
import { districtAnswer } from './answer.ts';
import { decisionView, decisionsFor, decisionsScope, type DecisionView } from './decisions.ts';
import { byArea, districtMap, measuresFor, meetingsFor, notesFor } from './districts.ts';
import { classificationSeries, yearCells } from './series.ts';

/** How many of a long list show before "Visa fler" (the newest: one decision with its disagreements is a phone screen); the rest is one tap away, in the page's HTML. */
export const FIRST_ITEMS = 1;

/**
 * One line of "Beslut och händelser": a related decision (content/decisions/) or an event of a
 * measure that names the district, labelled as its source allows (never typed in content).
 */
export type DoneItem = {
  /** when, as precise as the source; null when no source dates it (listed last) */
  date: string | null;
  evidence: Evidence;
  /** "Beslut", "Kommunen berättar", "Enligt Socialdemokraternas webbplats" */
  label: string;
  /** what the source says happened */
  what: Happening;
  /** the item's anchor: a decision's #beslut-<id>, which search, feeds and corrections link */
  anchor: string;
} & (
  | {
      type: 'decision';
      decision: Decision;
      view: DecisionView;
      /** the plan measures the decision shares a subject with, and whether each is uncertain */
      sameSubject: { measure: Measure; uncertain: boolean }[];
      sources: SourceRef[];
    }
  | {
      type: 'event';
      event: MeasureEvent;
      measure: Measure;
      /** the event's anchor on its measure page */
      measureAnchor: string;
      /** "Corren rapporterar:" before a news report's text */
      lead: string | null;
      uncertain: boolean;
      sources: SourceRef[];
    }
);

/** Newest first; a date the source gives only as a year or month sorts before the days in it; undated last. */
const newestFirst = (a: DoneItem, b: DoneItem) =>
  (b.date ?? '').localeCompare(a.date ?? '') || (a.type === b.type ? 0 : a.type === 'decision' ? -1 : 1);

/** A decision's sources in the order its item shows them: the summary, every account of a disagreement, its details. */
const decisionSources = (d: Decision): SourceRef[] => [
  d.data.source,
  ...d.data.conflicts.flatMap((c) => c.accounts.map((a) => a.source)),
  ...d.data.details.map((x) => x.source),
];

/** The decisions and events a district page lists, newest first, each told as its source allows. */
export function doneItems(site: Site, districtId: string, i18n: PageLang): DoneItem[] {
  const { t, lang } = i18n;
  const tx = (text: string) => contentText(site, lang, text);
  const decisions: DoneItem[] = decisionsFor(site, districtId).map((decision) => {
    const view = decisionView(site, decision, t, tx);
    return {
      type: 'decision',
      date: decision.data.date,
      evidence: view.evidence,
      label: labelText(view.evidence, t, tx),
      what: decision.data.act,
      anchor: decisionAnchor(decision.id),
      decision,
      view,
      sameSubject: decision.data.measures.flatMap((m) => {
        const measure = site.measureById.get(m);
        return measure ? [{ measure, uncertain: measureCertainty(site, measure).level === 'low' }] : [];
      }),
      sources: decisionSources(decision),
    };
  });
  const events: DoneItem[] = measuresFor(site, districtId).targeted.flatMap((measure) => {
    const uncertain = measureCertainty(site, measure).level === 'low';
    return measure.data.events.map((event, i) => {
      const evidence = eventEvidence(site, event);
      return {
        type: 'event' as const,
        date: event.date,
        evidence,
        label: labelText(evidence, t, tx),
        what: event.what,
        anchor: `${measure.id}-${eventAnchor(event, i)}`,
        measureAnchor: eventAnchor(event, i),
        event,
        measure,
        lead: evidence.label === 'news' ? leadText(evidence, t, tx) : null,
        uncertain,
        sources: [event.source],
      };
    });
  });
  return [...decisions, ...events].sort(newestFirst);
}

/** The page's sections in their order, for "På sidan" (the ones the page has). */
export interface PageSectionLink {
  id: string;
  heading: string;
  /** the section's short name in "På sidan" */
  label: string;
}

export function districtPage(site: Site, district: District, i18n: PageLang) {
  const { t, lang, link } = i18n;
  const tx = (text: string) => contentText(site, lang, text);
  const notesOf = sourceNotesFor(site, t, tx);
  const d = district.data;
  const id = district.id;
  // The district's name in the page's language, for headings, sentences and attributes.
  const name = tx(d.name);
  const w = t.district.page;

  const answer = districtAnswer(site, id, i18n);
  const done = doneItems(site, id, i18n);
  const { targeted, unspecified } = measuresFor(site, id);
  const areaCaption = (area: ReturnType<typeof byArea>[number]['area']) =>
    area ? t.measure.areaName(area.data.number, tx(area.data.name)) : t.district.unknownArea;
  const tables = (measures: Measure[]) =>
    byArea(site, measures).map((g) => ({
      caption: areaCaption(g.area),
      rows: g.measures.map((measure) => ({ measure, timeline: timeline(site, measure) })),
    }));
  const targetedTables = tables(targeted);
  const unspecifiedTables = tables(unspecified);
  // A measure table cites the follow-up behind each status it shows.
  const statusSources = (ts: typeof targetedTables) =>
    ts.flatMap((g) =>
      g.rows.flatMap((r) =>
        r.timeline.flatMap((y) =>
          y.kind === 'present' && y.status.status !== null ? [y.status.source] : [],
        ),
      ),
    );

  const notes = notesFor(site, id);
  const meetings = meetingsFor(site, id);
  const classifications = classificationSeries(district);
  const indicators = districtIndicators(site.indicators, id);

  // "i Berga" only where every source names Berga; a decision whose source names no area "kan gälla" it.
  const scope = decisionsScope(done.flatMap((x) => (x.type === 'decision' ? [x.decision] : [])));
  const sections: PageSectionLink[] = [
    ...(done.length > 0
      ? [{ id: 'gjort', heading: scope === 'named' ? w.done(name) : w.doneMaybe(name), label: w.nav.done }]
      : []),
    ...(indicators.length > 0
      ? [{ id: 'forandring', heading: t.indicators.heading, label: w.nav.changed }]
      : []),
    { id: 'atgarder', heading: w.measures(name), label: w.nav.measures },
    { id: 'anteckningar', heading: w.notes(name), label: w.nav.notes },
    { id: 'bakgrund', heading: w.background(name), label: w.nav.background },
  ];

  return {
    name,
    facets: districtFacets(district),
    sections,
    answer: {
      sentences: answer,
      notes: notesOf('svar', ...answer.flatMap((s) => s.sources)),
    },
    done: {
      items: done,
      corrected: correctionsOn(site.corrections, districtPath(id)),
      notes: notesOf('gjort', ...done.flatMap((x) => x.sources)),
    },
    indicators: {
      groups: indicators,
      terms: termsIn(site.glossary, indicatorTexts(indicators.flatMap((g) => g.series))),
      disagreements: disagreements(site.indicators, id),
      planStart: site.plans[0].data.year,
      evidence: (source: SourceRef) => figureEvidence(site, [source]),
      overview: link(districtStatisticsPath()),
    },
    measures: {
      targeted: targetedTables,
      unspecified: unspecifiedTables,
      notes: notesOf('atgarder', ...statusSources(targetedTables), ...statusSources(unspecifiedTables)),
    },
    others: {
      notes,
      measures: site.measureById,
      sources: notesOf('anteckningar', ...notes.flatMap((n) => n.note.quotes.map((q) => q.source))),
    },
    background: {
      map: districtMap(site, i18n, id),
      classifications: classifications.map((c) => ({ ...c, cells: yearCells(c.entries) })),
      subAreas: d.subAreas,
      statements: d.statements,
      statementTerms: termsIn(site.glossary, d.statements.map((s) => s.text).join(' ')),
      meetings,
      notes: notesOf(
        'bakgrund',
        ...classifications.flatMap((c) => c.entries.map((e) => e.source)),
        ...d.subAreas.map((s) => s.source),
        ...d.statements.map((s) => s.source),
        ...meetings.flatMap((m) => m.decisions.map((x) => x.source)),
      ),
    },
  };
}

export type DistrictPage = ReturnType<typeof districtPage>;
