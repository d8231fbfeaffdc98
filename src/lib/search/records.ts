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
 * Records are built once per full language (RecordLanguage): titles, Insyn's texts
 * and filter labels in that language, URLs under its prefix, `language` set so that
 * Pagefind writes one index per language and the browser picks it from <html lang>.
 * Quotations (the municipality's or a party's words) and document texts stay Swedish.
 *
 * To add a kind of result: write one function (Site, RecordLanguage) → SearchRecord[]
 * and list it in `recordKinds`; add its type to searchTypes (search-facets.ts) and its
 * label to sv.search.types. Give it its context, and its names and nameKey if it is a thing a
 * reader names (names.ts); buildRecords adds the glossary's everyday words (docs/search.md).
 */
import { dictionaries } from '../../i18n/index.ts';
import type { Dict } from '../../i18n/types.ts';
import { languages, localizePath, type Locale } from '../../i18n/languages.ts';
import { translate } from '../text/translate.ts';
import { formatDate } from '../text/format.ts';
import { measureName, statusOf } from '../measure/measures.ts';
import { areaLabel, partyLabel, type FilterKey, type SearchType } from './facets.ts';
import type { Block } from '../sources/document-text.ts';
import type { Document, Measure, Meeting, Site } from '../site/build-site.ts';
import { decisionAnchor as meetingDecisionAnchor } from '../sources/item-citation.ts';
import { decisionAnchor, decisionDistricts, eventAnchor } from '../urls/anchors.ts';
import {
  decisionEvidence,
  eventEvidence,
  labelText,
  leadText,
  measureCertainty,
  sayer,
} from '../sources/evidence.ts';
import { districtPath, documentPath, measurePath, meetingPath, planPath } from '../urls/paths.ts';
import { everydayWords, usedTerms } from './search-words.ts';
import { nameKey } from './names.ts';
import { NAME_FILTER } from './query.ts';
import { CONTEXT_SEPARATOR, META } from './meta.ts';

/** The language a set of records is written in; scripts/search-index.ts makes one per full locale. */
export interface RecordLanguage {
  /** BCP 47, as on <html lang>: Pagefind files the record in this language's index */
  lang: string;
  /** the language's dictionary */
  t: Dict;
  /** the locale for Intl (dates) */
  intl: string;
  /** an internal page path in this language (localizePath) */
  link: (path: string) => string;
  /** a text Insyn wrote in Swedish, in this language: Insyn's translation, else the Swedish */
  tx: (sv: string) => string;
}

/** A full locale as records are written in it; Insyn's texts through content/translations/<lang>.yaml. */
export function recordLanguage(site: Pick<Site, 'translations'>, locale: Locale): RecordLanguage {
  const { lang, intl } = languages[locale];
  return {
    lang,
    intl,
    t: dictionaries[locale],
    link: (path) => localizePath(locale, path),
    tx: (text) => translate(site.translations, lang, text)?.text ?? text,
  };
}

export interface SearchRecord {
  /** the page (in the record's language) and, where the page gives one, the anchor of the unit */
  url: string;
  /** the language of the record's index, as on <html lang> */
  language: string;
  /** what a reader would cite: "Åtgärd 5.4: Öppna upp kulturskolan för fler (plan 2023)" */
  title: string;
  type: SearchType;
  /** the unit's own sentences, in reading order; searched and excerpted */
  text: string[];
  /**
   * what the unit belongs to, in words (its document's title, issuer, recipient, date and diary number; a note's
   * party, author, meeting and body; an event's measure; a measure year's plan): searched, and shown
   * once as the result's context line, never repeated in its text
   */
  context: string[];
  /**
   * the names the unit is itself (a district's name, a measure's title and number, a plan's year, the
   * party of a note, the body of a meeting): a query that names it puts it first (META_WEIGHTS)
   */
  names: string[];
  /** words it is also found by, never shown: the everyday words of the glossary terms it uses, its topics, its Swedish names */
  searchWords: string[];
  /** the key of the named thing it is (names.ts: a district, a measure's year, a party's note, a body's minutes) */
  nameKey?: string;
  /** the one year the result is about (meeting year, plan year, document year); absent when none */
  year?: number;
  /** when, as the result shows it: the date in words, "Plan 2023", or the year */
  when?: string;
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

/** A record before the language's URL, `language`, `when` and the glossary's words are put on it (see buildRecords). */
type Draft = Omit<SearchRecord, 'language' | 'when' | 'context' | 'names' | 'searchWords'> &
  Partial<Pick<SearchRecord, 'context' | 'names' | 'searchWords'>>;
type RecordKind = (site: Site, l: RecordLanguage) => Draft[];

const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;
const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);
const districtNames = (site: Site, ids: readonly string[] | null) =>
  (ids ?? []).map((id) => site.districtById.get(id)?.data.name).filter(defined);

/** A body's short name as it is cited ("KS"), where it has one. */
const bodyShort = (body: string, l: RecordLanguage): string | undefined =>
  (l.t.search.bodyShort as Record<string, string>)[body];

/** "KS 14 februari 2023 § 31": the meeting as one cites it. */
function meetingCitation(meeting: Meeting, l: RecordLanguage): string {
  const m = meeting.data;
  return `${bodyShort(m.body, l) ?? l.tx(m.body)} ${formatDate(m.date, l.intl)} § ${m.paragraph}`;
}

/** "Kommunstyrelsen 14 februari 2023 § 31": the meeting in full words, for titles and context lines. */
const meetingInFull = (meeting: Meeting, l: RecordLanguage): string =>
  `${l.tx(meeting.data.body)} ${formatDate(meeting.data.date, l.intl)} § ${meeting.data.paragraph}`;

/** "Diarienummer KS 2020-754", when the source gives one. */
const diary = (diaryNumber: string | null | undefined, l: RecordLanguage): string | undefined =>
  diaryNumber ? `${l.t.meeting.diary} ${diaryNumber}` : undefined;

/** The plan of a year by its name ("Åtgärdsplan mot segregation 2023"), or "Plan 2023" where the site has no plan entry. */
const planName = (site: Site, year: number, l: RecordLanguage): string => {
  const plan = site.plans.find((p) => p.data.year === year);
  return plan ? l.tx(plan.data.name) : l.t.search.planYear(String(year));
};

/**
 * A measure's caveat, on its years and its events, where the evidence module (measureCertainty:
 * the content's confidence, never more than its sources allow) makes it uncertain, as on its page.
 */
const measureCaveat = (site: Site, measure: Measure, l: RecordLanguage): string | undefined =>
  measureCertainty(site, measure).level === 'low' && measure.data.caveat
    ? l.tx(measure.data.caveat)
    : undefined;

/** One record per plan year of a measure: area, districts and status differ between years. */
const measureYears: RecordKind = (site, l) =>
  site.measures.flatMap((measure) =>
    measure.data.years.map((entry) => {
      const name = measure.data.title !== null || !entry.number ? measureName(site, measure, l) : null;
      const title = l.t.search.titles.measure(entry.number, name, entry.year);
      const { status } = statusOf(site, measure.id, entry.year);
      const responsible = (entry.responsible ?? [])
        .map((o) => site.organisationById.get(o)?.data.name)
        .filter(defined)
        .map(l.tx);
      const area = entry.area ? site.areaById.get(entry.area)?.data.name : undefined;
      const statusLabel = status === null ? undefined : site.statusById.get(status)?.data.label;
      return {
        url: measurePath(measure.id, `ar-${entry.year}`),
        title,
        type: 'atgard',
        nameKey: nameKey.measure(measure.id),
        context: [planName(site, entry.year, l)],
        names: [
          measureName(site, measure, l),
          entry.number ? l.t.search.titles.measure(entry.number, null, entry.year) : undefined,
        ].filter(defined),
        text: [
          // the plan's own words stay Swedish; Insyn's paraphrase is translated
          entry.wording && entry.wordingKind === 'paraphrase' ? l.tx(entry.wording) : entry.wording,
          area && l.tx(area),
          districtNames(site, entry.districts).join(', '),
          responsible.join(', '),
          entry.note && l.tx(entry.note),
        ].filter((t): t is string => !!t),
        year: entry.year,
        areas: [entry.area ? areaLabel(site, entry.area, l.tx) : undefined].filter(defined),
        districts: districtNames(site, entry.districts),
        statuses: [statusLabel ? l.tx(statusLabel) : l.t.status.unknown],
        caveat: measureCaveat(site, measure, l),
      } satisfies Draft;
    }),
  );

/** Each protocol note, filed under its author's party and its meeting's date. */
const notes: RecordKind = (site, l) =>
  site.notes.map(({ note, meeting }) => {
    const party = site.partyById.get(note.party);
    const abbr = party?.data.abbr ?? note.party;
    return {
      url: meetingPath(meeting.id, note.id),
      title: l.t.search.titles.note(abbr, meetingCitation(meeting, l)),
      type: 'anteckning',
      nameKey: nameKey.party(note.party),
      context: [
        partyLabel(site, note.party, l.tx),
        note.author,
        l.tx(meeting.data.body),
        l.tx(meeting.data.title),
      ],
      names: party ? [l.tx(party.data.name), party.data.abbr] : [note.party],
      searchWords: note.topics.flatMap((topic) => [topic, l.tx(topic)]),
      text: [
        l.tx(note.summary),
        // the party's own words: Swedish in every language
        ...note.quotes.map((q) => `”${q.text}”`),
      ],
      year: yearOf(meeting.data.date),
      date: meeting.data.date,
      districts: districtNames(site, note.districts),
      parties: [partyLabel(site, note.party, l.tx)],
    } satisfies Draft;
  });

/** Each numbered decision of a meeting; the meeting page anchors them as #beslut-<number>. */
const decisions: RecordKind = (site, l) =>
  site.meetings.flatMap((meeting) =>
    meeting.data.items.flatMap((item) =>
      item.kind === 'decision'
        ? [
            {
              url: meetingPath(meeting.id, meetingDecisionAnchor(item)),
              title: l.t.search.titles.decision(item.number, meetingCitation(meeting, l)),
              type: 'beslut',
              nameKey: nameKey.body(meeting.data.body),
              context: [
                l.tx(meeting.data.body),
                l.tx(meeting.data.title),
                diary(meeting.data.diaryNumber, l),
              ].filter(defined),
              text: [`”${item.text}”`],
              year: yearOf(meeting.data.date),
              date: meeting.data.date,
            } satisfies Draft,
          ]
        : [],
    ),
  );

/** The meeting itself: its matter and the information given; its decisions and notes are records of their own. */
const meetings: RecordKind = (site, l) =>
  site.meetings.map((meeting) => {
    const m = meeting.data;
    return {
      url: meetingPath(meeting.id),
      title: meetingInFull(meeting, l),
      type: 'protokoll',
      nameKey: nameKey.body(m.body),
      context: [diary(m.diaryNumber, l)].filter(defined),
      names: [l.tx(m.body), bodyShort(m.body, l)].filter(defined),
      text: [l.tx(m.title), ...m.items.flatMap((i) => (i.kind === 'information' ? [l.tx(i.text)] : []))],
      year: yearOf(m.date),
      date: m.date,
    } satisfies Draft;
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
export function documentSections(blocks: Block[], t: Dict): DocumentSection[] {
  const hasHeadings = blocks.some((b) => b.kind === 'heading');
  const sections: DocumentSection[] = [];
  for (const b of blocks) {
    if (hasHeadings && b.kind === 'heading') sections.push({ anchor: b.id, heading: b.text, blocks: [] });
    else if (!hasHeadings && b.kind === 'page')
      sections.push({ anchor: `sida-${b.page}`, heading: t.document.page(b.page), blocks: [] });
    else {
      if (sections.length === 0)
        sections.push({ anchor: b.kind === 'page' ? `sida-${b.page}` : b.id, heading: null, blocks: [] });
      if (b.kind !== 'page') sections.at(-1)!.blocks.push(b);
    }
  }
  return sections.filter((s) => s.blocks.length > 0);
}

/** A document's sections: the document's own words, Swedish in every language; only Insyn's summary is translated. */
function documentRecords(site: Site, doc: Document, l: RecordLanguage): Draft[] {
  const d = doc.data;
  return documentSections(site.blocksOf(doc.id), l.t).map((s) => {
    const text = s.blocks
      .filter((b) => b.kind !== 'heading' || b.text !== s.heading)
      .map(blockText)
      .filter(Boolean);
    return {
      url: documentPath(doc.id, s.anchor),
      title: s.heading ? `${d.short}: ${s.heading}` : d.title,
      type: 'dokument',
      // the document's own title, issuer, recipient, date and diary number: a section is found by
      // what it is part of and by whom it was sent to
      context: [
        s.heading ? d.title : undefined,
        l.tx(d.issuer),
        d.recipient ? `${l.t.document.recipient} ${l.tx(d.recipient)}` : undefined,
        d.date ? formatDate(d.date, l.intl) : undefined,
        diary(d.diaryNumber, l),
      ].filter(defined),
      text: s.heading ? text : [l.tx(d.summary), ...text],
      year: yearOf(d.date),
      date: d.date ?? undefined,
    } satisfies Draft;
  });
}

const documents: RecordKind = (site, l) => site.documents.flatMap((doc) => documentRecords(site, doc, l));

const plans: RecordKind = (site, l) =>
  site.plans.map((plan) => {
    const p = plan.data;
    return {
      url: planPath(p.year),
      title: l.tx(p.name),
      type: 'plan',
      nameKey: nameKey.plan(p.year),
      names: [l.t.search.planYear(String(p.year)), String(p.year)],
      text: [...p.facts.map((f) => l.tx(f.text)), l.tx(p.requestHint)],
      year: p.year,
    } satisfies Draft;
  });

const districts: RecordKind = (site, l) =>
  site.districts.map((district) => {
    const d = district.data;
    return {
      url: districtPath(district.id),
      title: d.name,
      type: 'omrade',
      nameKey: nameKey.district(district.id),
      names: [d.name],
      text: [
        l.tx(d.summary),
        ...d.subAreas.map((s) => (s.note ? `${s.name}: ${l.tx(s.note)}` : s.name)),
        ...d.statements.map((s) => l.tx(s.text)),
      ],
      districts: [d.name],
    } satisfies Draft;
  });

/**
 * A measure's dated events, each at its own anchor in the measure's timeline. The label its
 * source allows (src/lib/sources/evidence.ts) is in the title, the text says whose word it is,
 * and a tie Insyn inferred says how sure it is, as on the page.
 */
const measureEvents: RecordKind = (site, l) =>
  site.measures.flatMap((measure) =>
    measure.data.events.map((e, i) => {
      const text = e.link ? `${l.tx(e.text)} ${l.t.events.inferred[e.link.confidence]}` : l.tx(e.text);
      const evidence = eventEvidence(site, e);
      return {
        url: measurePath(measure.id, eventAnchor(e, i)),
        // the measure's number in each plan (its name is in the title): an event is found by "5.4" too,
        // but it is not the measure, so it has no name of its own and comes after the measure
        context: measure.data.years.flatMap((y) =>
          y.number ? [l.t.search.titles.measure(y.number, null, y.year)] : [],
        ),
        title: l.t.evidence.eventTitle(
          measureName(site, measure, l),
          labelText(evidence, l.t, l.tx),
          formatDate(e.date, l.intl),
        ),
        type: 'handelse',
        text: [`${l.t.evidence.lead.according(sayer(evidence, l.t, l.tx))} ${text}`],
        year: yearOf(e.date),
        date: e.date,
        caveat: measureCaveat(site, measure, l),
      } satisfies Draft;
    }),
  );

/**
 * Municipal decisions that are not (known to be) plan measures, at their anchor on the
 * first district page that shows them; typed as decisions, never as measures.
 */
const relatedDecisions: RecordKind = (site, l) => {
  const all = site.districts.map((d) => d.id);
  return site.decisions.flatMap((decision) => {
    const d = decision.data;
    const shownOn = decisionDistricts(d, all);
    if (shownOn.length === 0) return [];
    // Typed "Beslut" only where a source may state the decision; otherwise an event, told as its source's word.
    const evidence = decisionEvidence(site, d);
    const lead = leadText(evidence, l.t, l.tx);
    return [
      {
        url: districtPath(shownOn[0], decisionAnchor(decision.id)),
        title: l.t.search.titles.relatedDecision(
          l.tx(d.title),
          l.tx(d.body),
          d.date ? formatDate(d.date, l.intl) : l.t.timeline.dateUnknown,
        ),
        type: evidence.label === 'decision' ? 'beslut' : 'handelse',
        // the body's own record only where a source may state its decision
        nameKey: evidence.label === 'decision' ? nameKey.body(d.body) : undefined,
        context: [l.tx(d.body), diary(d.diaryNumber, l), ...districtNames(site, shownOn)].filter(defined),
        text: [
          lead ? `${lead} ${l.tx(d.summary)}` : l.tx(d.summary),
          l.t.decisions.notInPlan,
          ...d.details.map((x) => l.tx(x.text)),
        ],
        year: yearOf(d.date),
        date: d.date ?? undefined,
        districts: districtNames(site, shownOn),
      } satisfies Draft,
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

const unique = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.trim() !== ''))];

/** Every draft in one language, in the same order in every language (so a record and its Swedish twin pair up). */
const drafts = (site: Site, l: RecordLanguage): Draft[] =>
  Object.values(recordKinds).flatMap((kind) => kind(site, l));

/**
 * The Swedish words that say what a draft is (its title, type, context and caveat), where the glossary's
 * terms are looked for (search-words.ts): a note is a protokollsanteckning and is found by "kritik", but a
 * measure whose text cites a note is not.
 */
const whatItIs = (d: Draft, t: Dict): string =>
  [d.title, t.search.types[d.type], ...(d.context ?? []), d.caveat ? t.search.caveat : ''].join(' \n ');

/**
 * Every record in one language: URLs under the language's prefix, dates and "Plan 2023" in its words,
 * and the words it is also found by. Those come from its Swedish twin: the everyday words of the glossary
 * terms the Swedish uses (in Swedish and in the language), and outside Swedish, the Swedish names and
 * context, since a reader on /en/sok/ may well type "Miljöpartiet" or "kommunstyrelsen".
 */
export function buildRecords(site: Site, l: RecordLanguage): SearchRecord[] {
  const sv = l.lang === 'sv' ? l : recordLanguage(site, 'sv');
  const own = drafts(site, l);
  const swedish = sv === l ? own : drafts(site, sv);
  const glossary = site.glossary.map((g) => g.data);
  return own.map((r, i) => {
    const twin = swedish[i];
    const terms = usedTerms(glossary, whatItIs(twin, sv.t));
    const foreign = twin === r ? [] : (twin.context ?? []);
    return {
      ...r,
      url: l.link(r.url),
      language: l.lang,
      when: r.date
        ? formatDate(r.date, l.intl)
        : r.year === undefined
          ? undefined
          : r.type === 'atgard'
            ? l.t.search.planYear(String(r.year))
            : String(r.year),
      context: unique(r.context ?? []),
      names: unique([...(r.names ?? []), ...(twin === r ? [] : (twin.names ?? []))]),
      searchWords: unique([
        ...(r.searchWords ?? []),
        ...terms.flatMap((term) => [...(twin === r ? [] : [term.term]), ...everydayWords(term, l.lang)]),
        ...foreign,
      ]),
    };
  });
}

/** Pagefind's filter values for a record, keyed as in the URL; every record has exactly one type. */
export function recordFilters(
  r: SearchRecord,
  t: Dict,
): Record<FilterKey | 'datum' | typeof NAME_FILTER, string[]> {
  return {
    typ: [t.search.types[r.type]],
    ar: r.year === undefined ? [] : [String(r.year)],
    utvecklingsomrade: r.areas ?? [],
    omrade: r.districts ?? [],
    status: r.statuses ?? [],
    parti: r.parties ?? [],
    datum: r.date ? [r.date.slice(0, 4)] : [],
    [NAME_FILTER]: r.nameKey ? [r.nameKey] : [],
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
export function recordHtml(r: SearchRecord, t: Dict): string {
  const filters = Object.entries(recordFilters(r, t)).flatMap(([key, values]) =>
    values.map((v) => `<span data-pagefind-filter="${key}">${escapeHtml(v)}</span>`),
  );
  // What the result shows beside its title, ready in the record's language, so the
  // browser formats no dates and needs no dictionary (search-element.ts).
  const meta: [string, string | undefined][] = [
    [META.type, t.search.types[r.type]],
    [META.when, r.when],
    [META.caveat, r.caveat],
    [META.context, r.context.join(CONTEXT_SEPARATOR) || undefined],
    [META.names, r.names.join(CONTEXT_SEPARATOR) || undefined],
    [META.words, r.searchWords.join(' ') || undefined],
  ];
  const metas = meta.flatMap(([key, v]) =>
    v ? [`<span data-pagefind-meta="${key}">${escapeHtml(v)}</span>`] : [],
  );
  return [
    `<!doctype html><html lang="${escapeHtml(r.language)}"><head><meta charset="utf-8"></head><body data-pagefind-body>`,
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
