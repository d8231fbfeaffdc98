/**
 * The search index's records: one per thing a reader cites (a measure's plan
 * year, a protocol note, a decision, a meeting, a section of a source document,
 * a plan, a district, a dated event), each with its own title, URL (with the
 * anchor the page gives that thing) and filters. Pure: built from the Site only;
 * scripts/search-index.ts hands them to Pagefind's Node API (recordHtml → addHTMLFile).
 *
 * Why records built from content and not Pagefind reading the built pages:
 * - Pagefind gives a page one set of filters, and the sub-results it makes per
 *   heading inherit them. A minutes page holds three parties' notes and two
 *   decisions, so a page-level filter can only say "this page mentions V",
 *   never "this result is V's note": ticking MP returned V's note, and a page
 *   that is both protocol and notes counted twice in the type counts.
 *   A record per unit carries exactly its own party, type and year.
 * - A record's text is the unit's own sentences from content/, joined with
 *   spaces, so labels, citations, year strips and lists of links never reach
 *   an excerpt and no two words are glued across elements.
 * - Titles say what the result is ("V:s protokollsanteckning, KS 14 februari
 *   2023 § 31"), which a page's <h1> cannot for the parts of the page.
 * Pages that are not made of such units (about, accessibility, sources,
 * statistics) are still indexed from their HTML by scripts/search-index.ts.
 *
 * To add a kind of result: write one function Site → SearchRecord[] and list
 * it in `recordKinds`; add its type to searchTypes (search-facets.ts) and its
 * label to sv.search.types.
 */
import { sv } from '../i18n/sv.ts';
import { formatDate } from './format.ts';
import { measureTitle, statusOf } from './measures.ts';
import { areaLabel, partyLabel, type FilterKey, type SearchType } from './search-facets.ts';
import type { Block } from './document-text.ts';
import type { Document, Meeting, Site } from './site.ts';
import { decisionAnchor as meetingDecisionAnchor } from './item-citation.ts';
import { decisionAnchor, decisionDistricts, eventAnchor } from './anchors.ts';
import { eventOrigin, eventText } from './source-origin.ts';
import { districtPath, documentPath, measurePath, meetingPath, planPath } from './paths.ts';

export interface SearchRecord {
  /** the page and, where the page gives one, the anchor of the unit */
  url: string;
  /** what a reader would cite: "Åtgärd 5.4: Öppna upp kulturskolan för fler (plan 2023)" */
  title: string;
  type: SearchType;
  /** the unit's own sentences, in reading order; searched and excerpted */
  text: string[];
  /** the one year the result is about (meeting year, plan year, document year); absent when none */
  year?: number;
  /** ISO date (yyyy, yyyy-mm or yyyy-mm-dd) of a dated unit; feeds the from–to filter */
  date?: string;
  /** the other filters, only those that describe this very unit */
  areas?: string[];
  districts?: string[];
  statuses?: string[];
  parties?: string[];
  /** a low-confidence measure's caveat, shown with the result */
  caveat?: string;
}

type RecordKind = (site: Site) => SearchRecord[];

const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;
const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);
const districtNames = (site: Site, ids: readonly string[] | null) =>
  (ids ?? []).map((id) => site.districtById.get(id)?.data.name).filter(defined);

/** "KS 14 februari 2023 § 31": the meeting as one cites it. */
function meetingCitation(meeting: Meeting): string {
  const m = meeting.data;
  const body = (sv.search.bodyShort as Record<string, string>)[m.body] ?? m.body;
  return `${body} ${formatDate(m.date)} § ${m.paragraph}`;
}

/** One record per plan year of a measure: area, districts and status differ between years. */
const measureYears: RecordKind = (site) =>
  site.measures.flatMap((measure) =>
    measure.data.years.map((entry) => {
      const name = measure.data.title ?? (entry.number ? null : measureTitle(measure, sv));
      const title = sv.search.titles.measure(entry.number, name, entry.year);
      const { status } = statusOf(site, measure.id, entry.year);
      const responsible = (entry.responsible ?? [])
        .map((o) => site.organisationById.get(o)?.data.name)
        .filter(defined);
      const area = entry.area ? site.areaById.get(entry.area)?.data.name : undefined;
      return {
        url: measurePath(measure.id, `ar-${entry.year}`),
        title,
        type: 'atgard',
        text: [
          entry.wording,
          area,
          districtNames(site, entry.districts).join(', '),
          responsible.join(', '),
          entry.note,
        ].filter((t): t is string => !!t),
        year: entry.year,
        areas: [entry.area ? areaLabel(site, entry.area) : undefined].filter(defined),
        districts: districtNames(site, entry.districts),
        statuses: [
          status === null
            ? sv.status.unknown
            : (site.statusById.get(status)?.data.label ?? sv.status.unknown),
        ],
        caveat: measure.data.confidence === 'low' ? (measure.data.caveat ?? undefined) : undefined,
      } satisfies SearchRecord;
    }),
  );

/** Each protocol note, filed under its author's party and its meeting's date. */
const notes: RecordKind = (site) =>
  site.notes.map(({ note, meeting }) => {
    const party = site.partyById.get(note.party);
    const abbr = party?.data.abbr ?? note.party;
    return {
      url: meetingPath(meeting.id, note.id),
      title: sv.search.titles.note(abbr, meetingCitation(meeting)),
      type: 'anteckning',
      text: [
        `${partyLabel(site, note.party)}, ${note.author}.`,
        note.summary,
        ...note.quotes.map((q) => `”${q.text}”`),
      ],
      year: yearOf(meeting.data.date),
      date: meeting.data.date,
      districts: districtNames(site, note.districts),
      parties: [partyLabel(site, note.party)],
    } satisfies SearchRecord;
  });

/** Each numbered decision of a meeting; the meeting page anchors them as #beslut-<number>. */
const decisions: RecordKind = (site) =>
  site.meetings.flatMap((meeting) =>
    meeting.data.items.flatMap((item) =>
      item.kind === 'decision'
        ? [
            {
              url: meetingPath(meeting.id, meetingDecisionAnchor(item)),
              title: sv.search.titles.decision(item.number, meetingCitation(meeting)),
              type: 'beslut',
              text: [`”${item.text}”`, meeting.data.title],
              year: yearOf(meeting.data.date),
              date: meeting.data.date,
            } satisfies SearchRecord,
          ]
        : [],
    ),
  );

/** The meeting itself: its matter and the information given; its decisions and notes are records of their own. */
const meetings: RecordKind = (site) =>
  site.meetings.map((meeting) => {
    const m = meeting.data;
    return {
      url: meetingPath(meeting.id),
      title: `${m.body} ${formatDate(m.date)} § ${m.paragraph}`,
      type: 'protokoll',
      text: [
        m.title,
        m.diaryNumber ? `Dnr ${m.diaryNumber}` : undefined,
        ...m.items.flatMap((i) => (i.kind === 'information' ? [i.text] : [])),
      ].filter(defined),
      year: yearOf(m.date),
      date: m.date,
    } satisfies SearchRecord;
  });

const blockText = (b: Block): string =>
  b.kind === 'page'
    ? ''
    : b.kind === 'list'
      ? b.items.join('; ')
      : b.kind === 'table'
        ? b.rows.map((r) => r.filter(Boolean).join(', ')).join('; ')
        : b.text;

interface DocumentSection {
  anchor: string;
  heading: string | null;
  blocks: Block[];
}

/**
 * A document's sections: from one heading to the next where the transcription
 * has headings, else one per page, else the whole text. The text before the
 * first heading (or page break) is a section of its own.
 */
export function documentSections(blocks: Block[]): DocumentSection[] {
  const hasHeadings = blocks.some((b) => b.kind === 'heading');
  const sections: DocumentSection[] = [];
  for (const b of blocks) {
    if (hasHeadings && b.kind === 'heading') sections.push({ anchor: b.id, heading: b.text, blocks: [] });
    else if (!hasHeadings && b.kind === 'page')
      sections.push({ anchor: `sida-${b.page}`, heading: sv.document.page(b.page), blocks: [] });
    else {
      if (sections.length === 0)
        sections.push({ anchor: b.kind === 'page' ? `sida-${b.page}` : b.id, heading: null, blocks: [] });
      if (b.kind !== 'page') sections.at(-1)!.blocks.push(b);
    }
  }
  return sections.filter((s) => s.blocks.length > 0);
}

function documentRecords(site: Site, doc: Document): SearchRecord[] {
  const d = doc.data;
  return documentSections(site.blocksOf(doc.id)).map((s) => {
    const text = s.blocks
      .filter((b) => b.kind !== 'heading' || b.text !== s.heading)
      .map(blockText)
      .filter(Boolean);
    return {
      url: documentPath(doc.id, s.anchor),
      title: s.heading ? `${d.short}: ${s.heading}` : d.title,
      type: 'dokument',
      text: s.heading ? text : [d.summary, ...text],
      year: yearOf(d.date),
      date: d.date ?? undefined,
    } satisfies SearchRecord;
  });
}

const documents: RecordKind = (site) => site.documents.flatMap((doc) => documentRecords(site, doc));

const plans: RecordKind = (site) =>
  site.plans.map((plan) => {
    const p = plan.data;
    return {
      url: planPath(p.year),
      title: p.name,
      type: 'plan',
      text: [...p.facts.map((f) => f.text), p.requestHint],
      year: p.year,
    } satisfies SearchRecord;
  });

const districts: RecordKind = (site) =>
  site.districts.map((district) => {
    const d = district.data;
    return {
      url: districtPath(district.id),
      title: d.name,
      type: 'omrade',
      text: [
        d.summary,
        ...d.subAreas.map((s) => (s.note ? `${s.name}: ${s.note}` : s.name)),
        ...d.statements.map((s) => s.text),
      ],
      districts: [d.name],
    } satisfies SearchRecord;
  });

/**
 * A measure's dated events, each at its own anchor in the measure's timeline. The kind
 * (decision, report, news, claim) is in the title, a claim is told in its author's name,
 * and a tie Insyn inferred says how sure it is, as on the page.
 */
const measureEvents: RecordKind = (site) =>
  site.measures.flatMap((measure) =>
    measure.data.events.map(
      (e, i) =>
        ({
          url: measurePath(measure.id, eventAnchor(e, i)),
          title: sv.search.titles.event(
            measureTitle(measure, sv),
            sv.events.kinds[e.kind],
            formatDate(e.date),
          ),
          type: 'handelse',
          text: [`${sv.events.according(eventOrigin(site, e, { t: sv, lang: 'sv' }))} ${eventText(e, sv)}`],
          year: yearOf(e.date),
          date: e.date,
          caveat: measure.data.confidence === 'low' ? (measure.data.caveat ?? undefined) : undefined,
        }) satisfies SearchRecord,
    ),
  );

/**
 * Municipal decisions that are not (known to be) plan measures, at their anchor on the
 * first district page that shows them; typed as decisions, never as measures.
 */
const relatedDecisions: RecordKind = (site) => {
  const all = site.districts.map((d) => d.id);
  return site.decisions.flatMap((decision) => {
    const d = decision.data;
    const shownOn = decisionDistricts(d, all);
    if (shownOn.length === 0) return [];
    return [
      {
        url: districtPath(shownOn[0], decisionAnchor(decision.id)),
        title: sv.search.titles.relatedDecision(d.title, d.body, formatDate(d.date)),
        type: 'beslut',
        text: [d.summary, sv.decisions.notInPlan, ...d.details.map((x) => x.text)],
        year: yearOf(d.date),
        date: d.date,
        districts: districtNames(site, shownOn),
      } satisfies SearchRecord,
    ];
  });
};

/** Every kind of record, in the order they are indexed. */
const recordKinds: Record<string, RecordKind> = {
  measureYears,
  notes,
  decisions,
  meetings,
  documents,
  plans,
  districts,
  measureEvents,
  relatedDecisions,
};

export function buildRecords(site: Site): SearchRecord[] {
  return Object.values(recordKinds).flatMap((kind) => kind(site));
}

/** Pagefind's filter values for a record, keyed as in the URL; every record has exactly one type. */
export function recordFilters(r: SearchRecord): Record<FilterKey | 'datum', string[]> {
  return {
    typ: [sv.search.types[r.type]],
    ar: r.year === undefined ? [] : [String(r.year)],
    utvecklingsomrade: r.areas ?? [],
    omrade: r.districts ?? [],
    status: r.statuses ?? [],
    parti: r.parties ?? [],
    datum: r.date ? [r.date.slice(0, 4)] : [],
  };
}

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text part as a sentence, so parts never run together ("Berga, Ryd" then "Leanlink"). */
export function asSentence(part: string): string {
  const t = part.trim();
  return /[.!?:;”"»)]$/.test(t) ? t : `${t}.`;
}

/**
 * The record as a small HTML page for Pagefind's addHTMLFile. HTML rather than
 * addCustomRecord because Pagefind weighs an <h1> above body text, so a result
 * whose title names what was searched ("Skäggetorp", the district) ranks first.
 * Filters and meta take their value from the element's text (values may hold
 * commas) inside data-pagefind-ignore, which keeps them out of the searched text.
 */
export function recordHtml(r: SearchRecord): string {
  const filters = Object.entries(recordFilters(r)).flatMap(([key, values]) =>
    values.map((v) => `<span data-pagefind-filter="${key}">${escapeHtml(v)}</span>`),
  );
  const meta: [string, string | undefined][] = [
    ['typ', sv.search.types[r.type]],
    ['ar', r.year?.toString()],
    ['datum', r.date],
    ['caveat', r.caveat],
  ];
  const metas = meta.flatMap(([key, v]) =>
    v ? [`<span data-pagefind-meta="${key}">${escapeHtml(v)}</span>`] : [],
  );
  return [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body data-pagefind-body>',
    `<h1>${escapeHtml(r.title)}</h1>`,
    // A document section is the raw text that decisions and notes quote: the structured unit
    // (the decision, the note) should rank first when both hold the same words.
    ...r.text.map(
      (t) =>
        `<p${r.type === 'dokument' ? ' data-pagefind-weight="0.5"' : ''}>${escapeHtml(asSentence(t))}</p>`,
    ),
    `<div data-pagefind-ignore>${[...filters, ...metas].join('')}</div>`,
    '</body></html>',
  ].join('\n');
}

/**
 * Pagefind joins the text of adjacent table cells, list items and definition-list
 * parts without a space ("LydelseÖppna", "20212022"); a space before each closing
 * tag keeps them apart. For pages indexed from their HTML; only the copy handed
 * to Pagefind changes, not the page.
 */
export function spaceCells(html: string): string {
  return html
    .replace(/<\/(td|th|dt|dd|li|caption|summary|figcaption)>/gi, ' $&')
    .replace(/<br\s*\/?>/gi, ' $&');
}
