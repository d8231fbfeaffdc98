/**
 * What a fact may be called, decided in one place from the kind of the source(s) behind it.
 *
 * The rule (issue 22): only the acting body's own record, the municipality's own news and an
 * authority about its own acts may state a decision or an action without attribution, and
 * official statistics a figure; everything else is told as what its publisher says ("Enligt
 * Socialdemokraternas webbplats", "Corren rapporterar", "Majoriteten … skriver"). Certainty
 * follows from the evidence too: the plan or follow-up itself, someone's quotation of it, or
 * news and summaries. Content states what the source says happened and which source says it;
 * it never types a label. Every page, easy-read page, search record, feed item and data file
 * asks this module, so the same fact is called the same thing everywhere.
 *
 * The derivation (`sourceFacts`, `evidenceOf`, `certaintyCeiling`, `figureCeiling`) is
 * language-neutral; the words (`whoSays`, `labelText`, `leadText`, …) come from the page's
 * dictionary (`t.evidence`) and content names through `tx` (Insyn's translations).
 */
import type { DataOf } from '../../schemas/index.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { OpinionForm, SourceKind } from '../../schemas/source-kinds.ts';
import type { Happening } from '../../schemas/events.ts';
import type { Confidence } from '../../schemas/keys.ts';
import type { Dict } from '../../i18n/types.ts';
import type { Site } from '../site/build-site.ts';
import { noteAt } from './note-at.ts';

type DocumentKind = DataOf<'documents'>['kind'];

/** The lookups the derivation reads. */
export type EvidenceSite = Pick<Site, 'notes' | 'documentById' | 'referenceById' | 'partyById'>;

/** One source as the derivation sees it. Names are content text (Swedish; translate with `tx`). */
export interface SourceFacts {
  kind: SourceKind;
  /** the reference's or document's id */
  id: string;
  /** who published or issued it */
  publisher: string;
  /** a document's kind (decision, minutes, press release, …) */
  document?: DocumentKind;
  /** a party's name, when the text is a party's (its website, or its protocol note) */
  party?: string;
  /** true for a paragraph inside a party's protocol note in the minutes */
  note?: boolean;
  /** an opinion text's (or the majority's) author as the source names them */
  author?: string;
  /** an opinion text's form */
  form?: OpinionForm;
}

/** A document's kind as a source kind: the municipality's press release is its news, the rest its records. */
export const documentSourceKind = (kind: DocumentKind): SourceKind =>
  kind === 'press-release' ? 'municipal-news' : 'record';

/** What a source is: a paragraph in a party's protocol note is the party's text, though the minutes are a record. */
export function sourceFacts(site: EvidenceSite, ref: SourceRef): SourceFacts {
  if (ref.document) {
    const doc = site.documentById.get(ref.document);
    const note = noteAt(site, ref);
    if (note)
      return {
        kind: 'party',
        id: ref.document,
        publisher: doc?.data.issuer ?? ref.document,
        document: doc?.data.kind,
        party: site.partyById.get(note.party)?.data.name ?? note.party,
        note: true,
      };
    return {
      kind: doc ? documentSourceKind(doc.data.kind) : 'record',
      id: ref.document,
      publisher: doc?.data.issuer ?? ref.document,
      document: doc?.data.kind,
    };
  }
  const r = site.referenceById.get(ref.reference ?? '')?.data;
  if (!r) return { kind: 'secondary', id: ref.reference ?? '', publisher: ref.reference ?? '' };
  return {
    kind: r.kind,
    id: ref.reference ?? '',
    publisher: r.publisher,
    party: r.party ? (site.partyById.get(r.party)?.data.name ?? r.party) : undefined,
    author: r.author,
    form: r.form,
  };
}

/** What a fact claims: what happened (an event's `what`), a figure, a statement, or that a measure is in a plan. */
export type Claim = Happening | 'figure' | 'statement' | 'membership';

/** Stated: said as a fact. Attributed: said as what its publisher says. */
export type Stance = 'stated' | 'attributed';

/** The label a page may give the fact. */
export type LabelKey =
  'decision' | 'agreement' | 'record' | 'municipality' | 'authority' | 'statistics' | 'news' | 'according';

export interface Evidence {
  stance: Stance;
  label: LabelKey;
  /** the source the label rests on: the one that may state the fact, else the strongest of the others */
  by: SourceFacts;
  /** every source behind the fact */
  sources: SourceFacts[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * May this source state the claim without naming whose word it is? The acting body's record and
 * the municipality's news may; an authority only about its own acts (`actor` is who acted, e.g. a
 * decision's body); statistics only a figure; a party, the majority, a newspaper, an opinion text
 * and a secondary source never.
 */
export function canState(source: SourceFacts, claim: Claim, actor?: string): boolean {
  switch (source.kind) {
    case 'record':
    case 'municipal-news':
      return true;
    case 'authority':
      return actor !== undefined && sameName(actor, source.publisher);
    case 'statistics':
      return claim === 'figure';
    default:
      return false;
  }
}

/** Which attributed source speaks first when several do: the closer to the acting body, the earlier. */
const attributedOrder: Record<SourceKind, number> = {
  record: 0,
  'municipal-news': 1,
  authority: 2,
  statistics: 3,
  majority: 4,
  news: 5,
  party: 6,
  opinion: 7,
  secondary: 8,
};

/** The stance and label of a fact from the sources behind it. */
export function evidenceOf(sources: SourceFacts[], claim: Claim, actor?: string): Evidence {
  if (sources.length === 0) throw new Error('a fact without a source has no evidence');
  const stating = sources.find((s) => canState(s, claim, actor));
  if (stating) {
    const label: LabelKey =
      claim === 'decision' || claim === 'agreement'
        ? claim
        : stating.kind === 'record'
          ? 'record'
          : stating.kind === 'municipal-news'
            ? 'municipality'
            : stating.kind === 'authority'
              ? 'authority'
              : 'statistics';
    return { stance: 'stated', label, by: stating, sources };
  }
  const by = [...sources].sort((a, b) => attributedOrder[a.kind] - attributedOrder[b.kind])[0];
  return { stance: 'attributed', label: by.kind === 'news' ? 'news' : 'according', by, sources };
}

/** The same, from source references. */
export function evidenceFor(site: EvidenceSite, refs: SourceRef[], claim: Claim, actor?: string): Evidence {
  return evidenceOf(
    refs.map((r) => sourceFacts(site, r)),
    claim,
    actor,
  );
}

const levels: Confidence[] = ['low', 'medium', 'high'];
const highest = (ls: Confidence[]): Confidence =>
  ls.reduce<Confidence>((a, b) => (levels.indexOf(b) > levels.indexOf(a) ? b : a), 'low');
export const atMost = (asked: Confidence, ceiling: Confidence): boolean =>
  levels.indexOf(asked) <= levels.indexOf(ceiling);

/**
 * How sure the site may be that a measure is in a plan, from the sources that name it: the plan,
 * follow-up or decision itself → high ("Säker uppgift"); a text that reports the plan second-hand
 * (the municipality's news, an authority, the majority's release, a party's note or website
 * quoting it) → medium; news, opinion, secondary sources and statistics → low.
 */
export function certaintyCeiling(sources: SourceFacts[]): Confidence {
  return highest(
    sources.map((s) =>
      s.kind === 'record'
        ? 'high'
        : s.kind === 'municipal-news' || s.kind === 'authority' || s.kind === 'majority' || s.kind === 'party'
          ? 'medium'
          : 'low',
    ),
  );
}

/**
 * How sure the site may be of a figure (a district figure, a classification, an indicator point):
 * official statistics, the acting body's record and the municipality's own news → high; an
 * authority passing on others' figures or a party quoting a plan → medium; the rest → low.
 */
export function figureCeiling(sources: SourceFacts[]): Confidence {
  return highest(
    sources.map((s) =>
      s.kind === 'statistics' || s.kind === 'record' || s.kind === 'municipal-news'
        ? 'high'
        : s.kind === 'authority' || s.kind === 'party'
          ? 'medium'
          : 'low',
    ),
  );
}

// ---- Words: the same derivation, said in the page's language ----

/** How a content name reaches the page: translated where Insyn has a translation, else as it stands. */
export type Tx = (text: string) => string;

/** "Socialdemokraternas webbplats", "Vänsterpartiets protokollsanteckning", "en insändare av tre fältarbetare i Corren". */
export function whoSays(f: SourceFacts, t: Dict, tx: Tx): string {
  const w = t.evidence.who;
  switch (f.kind) {
    case 'record':
      return f.document ? w.record(f.document, tx(f.publisher)) : tx(f.publisher);
    case 'municipal-news':
      return f.document ? w.record(f.document, tx(f.publisher)) : w.municipality;
    case 'party':
      return f.note ? w.note(tx(f.party ?? f.publisher)) : w.party(tx(f.party ?? f.publisher));
    case 'majority':
      return w.majority(f.author ? tx(f.author) : null);
    case 'opinion':
      return w.opinion(f.form ?? 'debate', tx(f.author ?? ''), tx(f.publisher));
    case 'statistics':
      return w.statistics(tx(f.publisher));
    default:
      return tx(f.publisher);
  }
}

/** The label a page shows: "Beslut", "Kommunen berättar", "Nyhet", "Enligt Socialdemokraternas webbplats". */
export function labelText(e: Evidence, t: Dict, tx: Tx): string {
  const l = t.evidence.labels;
  switch (e.label) {
    case 'according':
      return l.according(whoSays(e.by, t, tx));
    case 'authority':
      return l.authority(tx(e.by.publisher));
    default:
      return l[e.label];
  }
}

/**
 * The words before an attributed fact's text where no label shows who says it: "Corren
 * rapporterar:", "Majoriteten (Allians för Linköping) skriver:", "Enligt Socialdemokraternas
 * webbplats:". Null for a stated fact.
 */
export function leadText(e: Evidence, t: Dict, tx: Tx): string | null {
  if (e.stance === 'stated') return null;
  const who = whoSays(e.by, t, tx);
  return e.by.kind === 'news'
    ? t.evidence.lead.reports(who)
    : e.by.kind === 'majority'
      ? t.evidence.lead.writes(who)
      : t.evidence.lead.according(who);
}

/** Whose word the fact is, for a sentence ("enligt kommunens nyhet", "enligt Corren"): who says it. */
export const sayer = (e: Evidence, t: Dict, tx: Tx): string => whoSays(e.by, t, tx);

/** "Känd från Vänsterpartiets protokollsanteckning." What a certainty rests on, from the sources that name the measure. */
export function restsOn(sources: SourceFacts[], t: Dict, tx: Tx, intl: string): string {
  const names = [...new Set(sources.map((s) => whoSays(s, t, tx)))];
  return t.evidence.restsOn(new Intl.ListFormat(intl, { type: 'conjunction' }).format(names));
}

// ---- The site's facts, each asked the same way ----

/** A measure's event: what its source says happened, told by that source. */
export const eventEvidence = (
  site: EvidenceSite,
  event: { what: Happening; body?: string; source: SourceRef },
): Evidence => evidenceFor(site, [event.source], event.what, event.body);

/** A related decision (content/decisions/): its own source first, then its details' sources. */
export const decisionEvidence = (
  site: EvidenceSite,
  decision: { act: Happening; body: string; source: SourceRef },
): Evidence => evidenceFor(site, [decision.source], decision.act, decision.body);

/** A statement with its source (a detail, a district statement, a plan fact). */
export const statementEvidence = (site: EvidenceSite, source: SourceRef): Evidence =>
  evidenceFor(site, [source], 'statement');

/** A figure (a district figure, a classification, an indicator point): its stance and how sure it may be. */
export function figureEvidence(site: EvidenceSite, sources: SourceRef[]): Evidence & { ceiling: Confidence } {
  const facts = sources.map((r) => sourceFacts(site, r));
  return { ...evidenceOf(facts, 'figure'), ceiling: figureCeiling(facts) };
}

/** How sure the site may be that a measure is in its plans, and what that rests on. */
export function measureCertainty(
  site: EvidenceSite,
  measure: { data: { confidence: Confidence; years: { source: SourceRef }[] } },
): { level: Confidence; ceiling: Confidence; sources: SourceFacts[] } {
  const sources = measure.data.years.map((y) => sourceFacts(site, y.source));
  const ceiling = certaintyCeiling(sources);
  // The content may ask for less than the sources allow (a source that calls it "en tanke"), never more.
  const level = atMost(measure.data.confidence, ceiling) ? measure.data.confidence : ceiling;
  return { level, ceiling, sources };
}

/** One plan year of a measure, said as strongly as that year's source and the measure's certainty allow. */
export function inPlanText(
  site: EvidenceSite,
  measureLevel: Confidence,
  year: { year: number; number: string | null; source: SourceRef },
  t: Dict,
  tx: Tx,
): string {
  return inPlanWords(measureLevel, year, sourceFacts(site, year.source), t, tx);
}

/** The same from the year's source as the derivation sees it (`sourceFacts`), for a component without the site. */
export function inPlanWords(
  measureLevel: Confidence,
  year: { year: number; number: string | null },
  f: SourceFacts,
  t: Dict,
  tx: Tx,
): string {
  const ceiling = certaintyCeiling([f]);
  const level = atMost(measureLevel, ceiling) ? measureLevel : ceiling;
  const who = whoSays(f, t, tx);
  return level === 'high'
    ? t.evidence.inPlan.high(year.year, year.number)
    : level === 'medium'
      ? t.evidence.inPlan.medium(who, year.year, year.number)
      : t.evidence.inPlan.low(who, year.year);
}
