/**
 * Lookups over a validated Snapshot: sorted lists and Maps that pages use,
 * built once. Pure: no Astro imports, so it is unit-tested on fixtures.
 */
import type { DataOf } from '../../schemas/index.ts';
import { missingDocumentGroups } from '../../schemas/missing-documents.ts';
import { parseDocumentText, type Block } from '../sources/document-text.ts';
import type { Entry, Snapshot } from './snapshot.ts';
import { sortSeries } from '../statistics/indicators.ts';

export type Measure = Entry<DataOf<'measures'>>;
export type MeasureYear = DataOf<'measures'>['years'][number];
export type Plan = Entry<DataOf<'plans'>>;
export type FollowUp = Entry<DataOf<'followUps'>>;
export type Meeting = Entry<DataOf<'meetings'>>;
export type MeetingItem = DataOf<'meetings'>['items'][number];
export type Note = Extract<MeetingItem, { kind: 'note' }>;
export type Document = Entry<DataOf<'documents'>>;
export type District = Entry<DataOf<'districts'>>;
export type Decision = Entry<DataOf<'decisions'>>;
export type Correction = Entry<DataOf<'corrections'>>;
export type ShortPage = Entry<DataOf<'shortPages'>>;

/** A protocol note together with the meeting it was left at. */
export interface NoteInMeeting {
  note: Note;
  meeting: Meeting;
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));

// One collator each, made once: localeCompare with a locale makes one per call (0.4 s to sort
// the 10,000-page build's 2,300 measures).
const byNumber = new Intl.Collator('sv', { numeric: true });
const byTitle = new Intl.Collator('sv');

/** Measures sort by the first year they appear, then by number, then title. */
function measureOrder(a: Measure, b: Measure): number {
  const ya = a.data.years[0];
  const yb = b.data.years[0];
  return (
    ya.year - yb.year ||
    byNumber.compare(ya.number ?? '9', yb.number ?? '9') ||
    byTitle.compare(a.data.title ?? '', b.data.title ?? '')
  );
}

export function buildSite(s: Snapshot) {
  const meetings = [...s.meetings].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const notes: NoteInMeeting[] = meetings.flatMap((meeting) =>
    meeting.data.items.filter((i): i is Note => i.kind === 'note').map((note) => ({ note, meeting })),
  );
  const notesByMeasure = new Map<string, NoteInMeeting[]>();
  for (const n of notes)
    for (const named of n.note.measures)
      notesByMeasure.set(named.measure, [...(notesByMeasure.get(named.measure) ?? []), n]);

  const blocks = new Map<string, Block[]>(s.documents.map((d) => [d.id, parseDocumentText(d.body ?? '')]));

  return {
    plans: [...s.plans].sort((a, b) => a.data.year - b.data.year),
    planByYear: new Map(s.plans.map((p) => [p.data.year, p])),
    measures: [...s.measures].sort(measureOrder),
    measureById: byId(s.measures),
    followUpByYear: new Map(s.followUps.map((f) => [f.data.planYear, f])),
    statuses: [...s.statuses].sort((a, b) => a.data.order - b.data.order),
    statusById: byId(s.statuses),
    areas: [...s.areas].sort((a, b) => a.data.number - b.data.number),
    areaById: byId(s.areas),
    grantPriorities: [...s.grantPriorities].sort(
      (a, b) => a.data.kind.localeCompare(b.data.kind) || a.data.number - b.data.number,
    ),
    organisationById: byId(s.organisations),
    partyById: byId(s.parties),
    documents: [...s.documents].sort((a, b) => (b.data.date ?? '0').localeCompare(a.data.date ?? '0')),
    documentById: byId(s.documents),
    blocksOf: (documentId: string) => blocks.get(documentId) ?? [],
    references: [...s.references].sort(
      (a, b) =>
        a.data.publisher.localeCompare(b.data.publisher, 'sv') ||
        a.data.title.localeCompare(b.data.title, 'sv'),
    ),
    referenceById: byId(s.references),
    meetings,
    meetingById: byId(s.meetings),
    notes,
    notesByMeasure,
    districts: [...s.districts].sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv')),
    districtById: byId(s.districts),
    geometry: s.geometry,
    /** the Swedish editorial pages; their translations are found with pageTranslation */
    pages: s.pages.filter((p) => !p.data.lang),
    pageTranslation: (id: string, lang: string) =>
      s.pages.find((p) => p.data.translationOf === id && p.data.lang === lang),
    /** Insyn's translations of content texts, per language (src/lib/text/translate.ts reads them) */
    translations: new Map(s.translations.map((t) => [t.id, t.data])),
    /** the one page of each one-page language (Somali, Tigrinya, Dari): content/short/ */
    shortPages: s.shortPages ?? [],
    // Snapshots written by hand in tests may predate the glossary: treat a missing one as empty.
    glossary: s.glossary ?? [],
    glossaryById: byId(s.glossary ?? []),
    /** related decisions that are not (known to be) plan measures, newest first; those no source dates last */
    decisions: [...s.decisions].sort(
      (a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id),
    ),
    /**
     * documents Insyn knows of or asks for but does not have (/saknas/): by group (plans, follow-ups,
     * situation reports, board items), then plan year, then id (Astro's loader keeps no file order)
     */
    missingDocuments: [...(s.missingDocuments ?? [])].sort(
      (a, b) =>
        missingDocumentGroups.indexOf(a.data.group) - missingDocumentGroups.indexOf(b.data.group) ||
        (a.data.plan ?? 9999) - (b.data.plan ?? 9999) ||
        a.id.localeCompare(b.id),
    ),
    /** the districts' indicator series, in page order (src/lib/statistics/indicators.ts) */
    indicators: sortSeries(s.indicators ?? []),
    /** corrections, newest first */
    corrections: [...s.corrections].sort(
      (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
    ),
  };
}

export type Site = ReturnType<typeof buildSite>;
