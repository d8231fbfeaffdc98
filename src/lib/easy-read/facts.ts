/**
 * The easy-read (lättläst) pages' facts and sentences. The facts come from the same
 * functions the standard pages use (measuresFor, districtAnswer, statusOf, timeline,
 * completeness, the follow-ups' counts), so an easy-read page can never say a different
 * number than its standard page; this module only picks which easy-read sentences
 * (src/i18n/lattlast/) apply. Insyn's own easy-read texts (content/lattlast/) are
 * looked up and checked here too. Pure: unit-tested on fixtures.
 */
import type { EasyReadFile } from '../../schemas/easy-read.ts';
import type { Review } from '../../schemas/review.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { SourceKind } from '../../schemas/source-kinds.ts';
import type { MeasureEvent } from '../../schemas/events.ts';
import type { Lattlast } from '../../i18n/lattlast/index.ts';
import { citation } from '../sources/citation.ts';
import { districtAnswer } from '../district/answer.ts';
import { i18nFor } from '../page/i18n.ts';
import { measuresFor, notesFor } from '../district/districts.ts';
import { formatDate } from '../text/format.ts';
import { districtsOf, measuresInPlan, statusOf, timeline } from '../measure/measures.ts';
import { completeness } from '../plan/plan-years.ts';
import type { Measure, Plan, Site } from '../site/build-site.ts';
import type { Entry } from '../site/snapshot.ts';
import { noteParty } from '../sources/origin.ts';
import { eventEvidence, measureCertainty, whoSays } from '../sources/evidence.ts';
import type { Confidence } from '../../schemas/keys.ts';
import { sv } from '../../i18n/sv/index.ts';

type Kind = 'measures' | 'districts' | 'words';
/** An easy-read text with the review that applies to it (its own, else its file's). */
type Reviewed<T> = Omit<T, 'review'> & { review: Review };
export type MeasureText = Reviewed<EasyReadFile['measures'][number]>;
type DistrictText = Reviewed<EasyReadFile['districts'][number]>;
type WordText = Reviewed<EasyReadFile['words'][number]>;

export interface EasyTexts {
  measures: Map<string, MeasureText>;
  districts: Map<string, DistrictText>;
  words: Map<string, WordText>;
}

/** The id of the site's own status word "Okänd" (no source gives a status) among the word texts. */
export const UNKNOWN_STATUS = 'okand';

export function easyTexts(files: Entry<EasyReadFile>[]): EasyTexts {
  const reviewed = <T extends { id: string; review?: Review }>(texts: T[], review: Review) =>
    texts.map((t): [string, Omit<T, 'review'> & { review: Review }] => [
      t.id,
      { ...t, review: t.review ?? review },
    ]);
  return {
    measures: new Map(files.flatMap((f) => reviewed(f.data.measures, f.data.review))),
    districts: new Map(files.flatMap((f) => reviewed(f.data.districts, f.data.review))),
    words: new Map(files.flatMap((f) => reviewed(f.data.words, f.data.review))),
  };
}

/**
 * The reviews of the easy-read texts a page shows, for its notice (EasyPage): one per text
 * Insyn has written; a fact without a text of its own adds none.
 */
export const reviewsOf = (texts: readonly ({ review: Review } | undefined)[]): Review[] =>
  texts.flatMap((t) => (t ? [t.review] : []));

/** The key an event text uses for its event: the event's id, or its date when it has none. */
const eventKey = (e: MeasureEvent) => e.id ?? e.date;

/**
 * What is wrong in content/lattlast/, one line per problem: ids that name nothing, the same id
 * twice, an event text that matches no event (or several), a caveat for a measure that has none.
 */
export function easyReadProblems(site: Site, files: Entry<EasyReadFile>[]): string[] {
  const problems: string[] = [];
  const known: Record<Kind, (id: string) => boolean> = {
    measures: (id) => site.measureById.has(id),
    districts: (id) => site.districtById.has(id),
    words: (id) => id === UNKNOWN_STATUS || site.statusById.has(id) || site.glossaryById.has(id),
  };
  const seen = new Set<string>();
  for (const { file, data } of files)
    for (const kind of ['measures', 'districts', 'words'] as const)
      for (const t of data[kind]) {
        const at = `${file}: ${kind}: ${t.id}`;
        if (!known[kind](t.id)) problems.push(`${at}: no ${kind} entry has this id`);
        if (seen.has(`${kind}/${t.id}`)) problems.push(`${at}: the same id twice`);
        seen.add(`${kind}/${t.id}`);
      }
  for (const { file, data } of files)
    for (const t of data.measures) {
      const measure = site.measureById.get(t.id);
      if (!measure) continue;
      const at = `${file}: measures: ${t.id}`;
      if (t.caveat && measure.data.confidence !== 'low')
        problems.push(
          `${at}: caveat given, but the measure is not uncertain (confidence ${measure.data.confidence})`,
        );
      for (const ev of t.events) {
        const matches = measure.data.events.filter((e) => eventKey(e) === ev.event).length;
        if (matches !== 1)
          problems.push(
            `${at}: events: "${ev.event}" matches ${matches} events (expected one event's id, or the date of one without id)`,
          );
      }
    }
  return problems;
}

/** Consecutive years as spans: [2021, 2022, 2023, 2025] → [[2021, 2023], [2025, 2025]]. */
export function yearSpans(years: number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else spans.push([y, y]);
  }
  return spans;
}

/** A source in easy words: where the link goes, a name without abbreviations, whether it is the municipality's. */
export function easySource(
  site: Site,
  source: SourceRef,
  e: Lattlast,
): { href: string; label: string; secondary: boolean; kind: SourceKind } {
  const { href, secondary, kind } = citation(site, source);
  if (source.document) {
    const doc = site.documentById.get(source.document);
    const date = doc?.data.date ? formatDate(doc.data.date) : null;
    const party = noteParty(site, source);
    const label =
      party && date
        ? e.source.note(party, date)
        : date && doc
          ? `${e.source.kinds[doc.data.kind] ?? doc.data.short} ${date}`
          : (doc?.data.short ?? source.document);
    // A party's note is the party's words, not the municipality's, although the minutes are municipal.
    return { href, label, secondary: secondary || Boolean(party), kind };
  }
  const ref = site.referenceById.get(source.reference ?? '');
  const date = ref?.data.date ? ` ${formatDate(ref.data.date)}` : '';
  return { href, label: `${ref?.data.publisher ?? source.reference}${date}`, secondary, kind };
}

/** One line of an answer, with a key for tests and styling. */
export interface EasyLine {
  key: string;
  text: string;
}

/** The status each plan year of a measure has, as the measure page's history shows it. */
export interface YearStatus {
  year: number;
  /** status id, or null: no source gives one ("Okänd") */
  status: string | null;
  label: string | null;
  source?: SourceRef;
}

/** The years a measure is in, with their status; the years it is known not to be in; the years nobody knows. */
export function yearStatuses(site: Site, measure: Measure) {
  const rows = timeline(site, measure);
  const present: YearStatus[] = rows.flatMap((r) =>
    r.kind === 'present'
      ? [
          {
            year: r.year,
            status: r.status.status,
            label: r.status.status
              ? (site.statusById.get(r.status.status)?.data.label ?? r.status.status)
              : null,
            source: r.status.source,
          },
        ]
      : [],
  );
  return {
    present,
    absent: rows.filter((r) => r.kind === 'absent').map((r) => r.year),
    unlisted: rows.filter((r) => r.kind === 'unknown').map((r) => r.year),
  };
}

export interface DistrictFacts {
  name: string;
  /** measures a source places in the district (measuresFor) */
  targeted: Measure[];
  /** measures no source places anywhere: maybe municipality-wide, never counted as the district's */
  unspecified: Measure[];
  /** targeted measures that a follow-up gives a status in some year (the standard answer's rule) */
  withStatus: number;
  /** targeted measures that are uncertain (maybe not a measure of the plan at all) */
  uncertain: number;
  /** plan years whose full list of measures Insyn does not have */
  unlisted: number[];
  /** protocol notes that name the district */
  notes: number;
}

export function districtFacts(site: Site, districtId: string): DistrictFacts {
  const { targeted, unspecified } = measuresFor(site, districtId);
  return {
    name: site.districtById.get(districtId)?.data.name ?? districtId,
    targeted,
    unspecified,
    withStatus: targeted.filter((m) => m.data.years.some((y) => statusOf(site, m.id, y.year).status !== null))
      .length,
    uncertain: targeted.filter((m) => m.data.confidence === 'low').length,
    unlisted: site.plans.filter((p) => !p.data.planDocumentAvailable).map((p) => p.data.year),
    notes: notesFor(site, districtId).length,
  };
}

// The district answer goes over every measure; an easy-read district page asks for each of its
// measures, so it is computed once per site and district (else the page is quadratic: seconds at
// 10,000 pages). The site is never changed after buildSite, so the cache cannot go stale.
const citedCache = new WeakMap<Site, Map<string, SourceRef[]>>();
function districtCited(site: Site, districtId: string): SourceRef[] {
  let bySite = citedCache.get(site);
  if (!bySite) citedCache.set(site, (bySite = new Map()));
  let cited = bySite.get(districtId);
  if (!cited) {
    cited =
      districtAnswer(site, districtId, i18nFor('lattlast')).find((s) => s.key === 'measures')?.sources ?? [];
    bySite.set(districtId, cited);
  }
  return cited;
}

/**
 * The sources that place a measure in the district: the same ones the standard district
 * page's answer cites for its measures sentence (src/lib/district/answer.ts).
 */
export function districtSources(site: Site, districtId: string, measure: Measure): SourceRef[] {
  const cited = districtCited(site, districtId);
  const own = measure.data.years
    .filter((y) => y.districts?.includes(districtId))
    .map((y) => JSON.stringify(y.fieldSources.districts ?? y.source));
  return cited.filter((s) => own.includes(JSON.stringify(s)));
}

/** The answer at the top of an easy-read district page: the counts sentence first. */
export function districtAnswerLines(f: DistrictFacts, e: Lattlast): EasyLine[] {
  const n = f.targeted.length;
  const lines: EasyLine[] = [{ key: 'count', text: e.district.count(f.name, n) }];
  // Counts never imply certainty: how many are uncertain comes right after the count.
  if (f.uncertain > 0) lines.push({ key: 'uncertain', text: e.evidence.uncertain(f.uncertain) });
  if (n > 0) {
    lines.push({ key: 'word', text: e.words.measure });
    if (f.withStatus === 0)
      lines.push(
        { key: 'status', text: e.district.noStatus(n) },
        { key: 'unknown', text: e.unknown },
        { key: 'why', text: e.district.noStatusWhy },
      );
    else lines.push({ key: 'status', text: e.district.someStatus(f.withStatus, n) });
  }
  if (f.unlisted.length > 0)
    lines.push({
      key: 'unlisted',
      text: e.district.unlisted(e.years(yearSpans(f.unlisted)), f.unlisted.length, f.name),
    });
  return lines;
}

export type FollowUpFact =
  | {
      year: number;
      kind: 'counts';
      counts: { status: string; label: string; n: number }[];
      total: number | null;
      source: SourceRef;
    }
  /** a follow-up exists, but no source gives its counts */
  | { year: number; kind: 'no-counts'; source: SourceRef }
  /** Insyn has no follow-up of the plan */
  | { year: number; kind: 'none' };

/** What each plan's follow-up says, read as countsInWords (src/lib/plan/plan-years.ts) reads it. */
export function followUpFact(site: Site, year: number): FollowUpFact {
  const f = site.followUpByYear.get(year)?.data;
  if (!f) return { year, kind: 'none' };
  if (!f.counts || !f.countsSource) return { year, kind: 'no-counts', source: f.reportedIn };
  const counts = f.counts;
  return {
    year,
    kind: 'counts',
    counts: site.statuses.map((s) => ({ status: s.id, label: s.data.label, n: counts[s.id] ?? 0 })),
    total: f.total,
    source: f.countsSource,
  };
}

export const followUpFacts = (site: Site): FollowUpFact[] =>
  site.plans.map((p) => followUpFact(site, p.data.year));

/** A follow-up's sentences; for "none" the caller says it once for all such years (followUpNone). */
export function followUpLines(f: FollowUpFact, e: Lattlast): EasyLine[] {
  if (f.kind === 'none') return [{ key: 'none', text: e.followUp.noneOne }];
  if (f.kind === 'no-counts')
    return [
      { key: 'no-counts', text: e.followUp.noCounts(f.year) },
      { key: 'unknown', text: e.unknown },
    ];
  return [
    ...f.counts.map((c) => ({
      key: c.status,
      text: e.followUp.counts[c.status]?.(c.n) ?? e.followUp.other(c.label, c.n),
    })),
    ...(f.total === null ? [] : [{ key: 'total', text: e.followUp.total(f.total) }]),
    { key: 'which', text: e.followUp.whichUnknown },
  ];
}

/** "Insyn har ingen uppföljning av planerna för 2023 till 2025." or null when every plan has one. */
export function followUpNone(facts: FollowUpFact[], e: Lattlast): string | null {
  const years = facts.filter((f) => f.kind === 'none').map((f) => f.year);
  return years.length ? e.followUp.none(e.years(yearSpans(years)), years.length) : null;
}

export interface PlanFacts {
  year: number;
  /** measures the plan has, as a source states; null when no source says */
  stated: number | null;
  statedSource?: SourceRef;
  /** measures documented here for the year, in the site's order */
  measures: Measure[];
  uncertain: number;
  /** true when Insyn has the plan's full list of measures */
  listed: boolean;
}

export function planFacts(site: Site, plan: Plan): PlanFacts {
  const c = completeness(site, plan);
  return {
    year: plan.data.year,
    stated: c.stated,
    statedSource: plan.data.measureCount.source,
    measures: measuresInPlan(site, plan.data.year).map((r) => r.measure),
    uncertain: c.uncertain,
    listed: plan.data.planDocumentAvailable,
  };
}

/** The answer at the top of an easy-read plan page: how many measures it has, and the word explained. */
export function planAnswerLines(f: PlanFacts, e: Lattlast): EasyLine[] {
  return [
    f.stated === null
      ? { key: 'count', text: e.plan.countUnknown }
      : { key: 'count', text: e.plan.count(f.stated) },
    ...(f.stated === null ? [{ key: 'unknown', text: e.unknown }] : []),
    { key: 'word', text: e.words.measure },
  ];
}

/** How many of the plan's measures Insyn knows, and how many of those are uncertain. */
export function planKnownLines(f: PlanFacts, e: Lattlast): EasyLine[] {
  return [
    { key: 'known', text: e.plan.known(f.measures.length, f.stated) },
    ...(f.uncertain > 0 ? [{ key: 'uncertain', text: e.plan.uncertain(f.uncertain) }] : []),
    ...(f.listed ? [] : [{ key: 'not-listed', text: e.plan.notListed }]),
  ];
}

export interface MeasureFacts {
  present: YearStatus[];
  absent: number[];
  unlisted: number[];
  /** district ids in the site's order */
  districts: string[];
  /** the number the measure has in a plan year, where a source gives one */
  numbers: { year: number; number: string }[];
  /** the party whose protocol note is the measure's only source, if so */
  party?: string;
  /** how sure it is that this is a measure of the plan (src/lib/sources/evidence.ts) */
  certainty: Confidence;
  /** the sources of the measure's plan years, once each */
  sources: SourceRef[];
  notes: number;
}

export function measureFacts(site: Site, measure: Measure): MeasureFacts {
  const { present, absent, unlisted } = yearStatuses(site, measure);
  const places = districtsOf(measure);
  const sources = [...new Map(measure.data.years.map((y) => [JSON.stringify(y.source), y.source])).values()];
  const parties = [...new Set(sources.map((s) => noteParty(site, s)))];
  return {
    present,
    absent,
    unlisted,
    districts: site.districts.filter((d) => places.has(d.id)).map((d) => d.id),
    numbers: measure.data.years.flatMap((y) => (y.number ? [{ year: y.year, number: y.number }] : [])),
    party: parties.length === 1 ? parties[0] : undefined,
    certainty: measureCertainty(site, measure).level,
    sources,
    notes: site.notesByMeasure.get(measure.id)?.length ?? 0,
  };
}

/** The answer at the top of an easy-read measure page: has the municipality done it? */
export function measureAnswerLines(f: MeasureFacts, e: Lattlast): EasyLine[] {
  const known = f.present.filter((p) => p.label !== null);
  if (known.length === 0)
    return [
      { key: 'question', text: e.measure.statusQuestion },
      { key: 'unknown', text: e.unknown },
      { key: 'why', text: e.measure.noStatusWhy },
    ];
  return known.map((k) => ({ key: 'status', text: e.measure.status(k.year, k.label!) }));
}

/** Which plans the measure is in, its number, and the years nobody knows about. */
export function measurePlanLines(f: MeasureFacts, e: Lattlast): EasyLine[] {
  const years = (ys: number[]) => e.years(yearSpans(ys));
  return [
    {
      key: 'in-plans',
      text:
        f.certainty === 'low'
          ? e.evidence.inPlansUncertain(years(f.present.map((p) => p.year)))
          : e.measure.inPlans(years(f.present.map((p) => p.year))),
    },
    ...(f.numbers.length
      ? f.numbers.map((n) => ({ key: 'number', text: e.measure.numbered(n.number, n.year) }))
      : [{ key: 'number', text: e.measure.noNumber }]),
    ...(f.absent.length ? [{ key: 'absent', text: e.measure.absent(years(f.absent)) }] : []),
    ...(f.unlisted.length
      ? [
          { key: 'unlisted', text: e.measure.unlisted(years(f.unlisted)) },
          { key: 'unknown', text: e.unknown },
        ]
      : []),
  ];
}

/** One event as the easy-read page tells it: its label and whose word it is come from its source's kind. */
export interface EasyEventFacts {
  event: MeasureEvent;
  easy: string[] | null;
  /** the easy-read label ("Beslut", "Kommunen berättar", "Socialdemokraternas webbplats skriver") */
  label: string;
  /** "Det här kommer från …" for a fact that is somebody's word, null when the source may state it */
  from: string | null;
  /** true when the page may say who decided (the decision is stated) */
  decided: boolean;
}

/** A measure's events, oldest first, each with Insyn's easy-read retelling when there is one. */
export function easyEvents(
  site: Site,
  measure: Measure,
  text: MeasureText | undefined,
  e: Lattlast,
): EasyEventFacts[] {
  return [...measure.data.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => {
      const evidence = eventEvidence(site, event);
      const who = whoSays(evidence.by, sv, (x) => x);
      const l = e.evidence.labels;
      return {
        event,
        easy: text?.events.find((t) => t.event === eventKey(event))?.text ?? null,
        label:
          evidence.label === 'according'
            ? l.according(who)
            : evidence.label === 'authority'
              ? l.authority(evidence.by.publisher)
              : l[evidence.label],
        from: evidence.stance === 'attributed' ? e.evidence.says(who) : null,
        decided: evidence.label === 'decision',
      };
    });
}
