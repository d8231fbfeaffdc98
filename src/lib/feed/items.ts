/**
 * What the RSS feeds tell: plans decided, decisions in minutes, follow-ups
 * reported, protocol notes, measures' events (with their kind in the title),
 * related decisions in the areas and corrections, newest first. Only items with
 * a date a source gives are in a feed (a feed item needs one); the rest are on the pages.
 *
 * What belongs to a district: a protocol note belongs to the districts it
 * names (the same rule as the district pages). Plan decisions, decisions in
 * minutes about the plans and follow-ups concern the whole plan, and every
 * plan is aimed at Berga, Ryd and Skäggetorp together, so they are in every
 * district's feed.
 *
 * Each full locale has its feeds (/flode.xml, /en/flode.xml, …): the items are the same,
 * told in the feed's language and linking to its pages. Quotations stay Swedish; a text
 * Insyn wrote is translated where content/translations has it (`tx`).
 */
import { decisionAnchor, decisionDistricts, eventAnchor } from '../urls/anchors.ts';
import { citation } from '../sources/citation.ts';
import { decisionEvidence, eventEvidence, labelText, leadText } from '../sources/evidence.ts';
import { formatDate, formatNumber } from '../text/format.ts';
import { districtsOf, measureTitle } from '../measure/measures.ts';
import type { Site } from '../site/build-site.ts';
import type { Dict } from '../../i18n/types.ts';
import { i18nFor } from '../page/i18n.ts';
import { languageOfPath, languages, unlocalizePath, type LanguageId } from '../../i18n/languages.ts';
import { translate } from '../text/translate.ts';
import {
  correctionsPath,
  districtFeedPath,
  districtPath,
  feedPath,
  measurePath,
  meetingPath,
  planPath,
} from '../urls/paths.ts';

export type FeedKind =
  'plan-decided' | 'decision' | 'follow-up' | 'note' | 'event' | 'related' | 'correction';

export interface FeedItem {
  kind: FeedKind;
  /** as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY */
  date: string;
  title: string;
  /** plain text, ending with the source */
  description: string;
  /** site path of the page that shows the item with its sources */
  link: string;
  /** district ids the item names, or 'all' for items about a whole plan */
  districts: string[] | 'all';
}

const kindOrder: Record<FeedKind, number> = {
  'plan-decided': 0,
  decision: 1,
  'follow-up': 2,
  note: 3,
  event: 4,
  related: 5,
  correction: 6,
};

/** The language a feed is told in. */
export interface FeedLanguage {
  t: Dict;
  /** the Intl locale of its dates and numbers */
  intl: string;
  /** a page path in the feed's language (the page context's link) */
  link: (path: string) => string;
  /** a text Insyn wrote in Swedish (a summary, a status word) in the feed's language, or as it is */
  tx: (text: string) => string;
}

/** A full locale's feed language: its dictionary, dates, pages and Insyn's translations of content texts. */
export function feedLanguage(id: LanguageId, site: Pick<Site, 'translations'>): FeedLanguage {
  const { t, intl, link, lang } = i18nFor(id);
  return { t, intl, link, tx: (text) => translate(site.translations, lang, text)?.text ?? text };
}

export function feedItems(site: Site, { t, intl, link, tx }: FeedLanguage): FeedItem[] {
  const f = t.feed.item;
  const source = (s: Parameters<typeof citation>[1] | undefined) =>
    s ? f.source(citation(site, s, t, intl).label) : '';
  const date = (iso: string) => formatDate(iso, intl);
  const items: FeedItem[] = [];

  for (const { data: p } of site.plans) {
    if (!p.decidedOn.value) continue;
    items.push({
      kind: 'plan-decided',
      date: p.decidedOn.value,
      title: f.planTitle(p.year),
      description: `${f.planDecided(p.name, p.decidedBy.value, date(p.decidedOn.value))}${source(p.decidedOn.source)}`,
      link: link(planPath(p.year)),
      districts: 'all',
    });
  }

  for (const meeting of site.meetings) {
    const m = meeting.data;
    const heading = `${m.body} ${date(m.date)} § ${m.paragraph}`;
    const decisions = m.items.flatMap((i) => (i.kind === 'decision' ? [i] : []));
    if (decisions.length > 0)
      items.push({
        kind: 'decision',
        date: m.date,
        title: f.decisionTitle(heading),
        description: `${m.title}. ${decisions.map((d) => f.decisionItem(d.number, d.text)).join(' ')}${source(decisions[0].source)}`,
        link: link(meetingPath(meeting.id, 'beslut')),
        districts: 'all',
      });
  }

  for (const { data: fu } of site.followUpByYear.values()) {
    if (!fu.reportedOn.value) continue;
    const known = (n: number | undefined) => (n === undefined ? null : formatNumber(n, intl));
    const counts = fu.counts
      ? ` ${site.statuses.map((s) => f.followUpCount(tx(s.data.label), known(fu.counts?.[s.id]))).join(', ')}${fu.total ? f.followUpTotal(fu.total, formatNumber(fu.total, intl)) : ''}.`
      : f.followUpNoCounts;
    items.push({
      kind: 'follow-up',
      date: fu.reportedOn.value,
      title: f.followUpTitle(fu.planYear),
      description: `${f.followUpReported(fu.planYear, date(fu.reportedOn.value))}${counts}${source(fu.countsSource ?? fu.reportedIn)}`,
      link: link(planPath(fu.planYear, 'uppfoljning')),
      districts: 'all',
    });
  }

  for (const { note, meeting } of site.notes) {
    const m = meeting.data;
    const party = site.partyById.get(note.party)?.data;
    items.push({
      kind: 'note',
      date: m.date,
      title: f.noteTitle(party?.abbr ?? note.party, `${m.body} ${date(m.date)} § ${m.paragraph}`),
      description: `${f.noteDescription(note.author, party?.name ?? null, tx(note.summary))}${source(note.source)}`,
      link: link(meetingPath(meeting.id, note.id)),
      districts: note.districts,
    });
  }

  // A measure's events (decision, report, news, claim) belong to the districts the measure names, like notes.
  for (const measure of site.measures) {
    const title = tx(measureTitle(measure, t));
    const districts = [...districtsOf(measure)];
    for (const [i, e] of measure.data.events.entries()) {
      // The label and whose word it is come from the source's kind (src/lib/sources/evidence.ts).
      const evidence = eventEvidence(site, e);
      const who =
        evidence.label === 'decision' && e.body ? `${t.events.decidedBy(e.body, e.diaryNumber)} ` : '';
      const lead = leadText(evidence, t, tx);
      const according = lead ? `${lead} ` : '';
      const inferred = e.link
        ? ` ${t.events.inferred[e.link.confidence]} ${t.events.inferredWhy} ${tx(e.link.reason)}`
        : '';
      items.push({
        kind: 'event',
        date: e.date,
        title: t.feed.item.event(labelText(evidence, t, tx), title),
        description: `${who}${according}${tx(e.text)}${inferred}${source(e.source)}`,
        link: link(measurePath(measure.id, eventAnchor(e, i))),
        districts,
      });
    }
  }

  // Related decisions (content/decisions/): told as their source allows, at their anchor on the first district
  // page that shows them, never as a measure. One that names no district may concern every district, as on the pages.
  const all = site.districts.map((d) => d.id);
  for (const decision of site.decisions) {
    const d = decision.data;
    if (!d.date) continue;
    const evidence = decisionEvidence(site, d);
    const lead = leadText(evidence, t, tx);
    const shownOn = decisionDistricts(d, all);
    if (shownOn.length === 0) continue;
    items.push({
      kind: 'related',
      date: d.date,
      title: f.related(labelText(evidence, t, tx), tx(d.title)),
      description: `${lead ? `${lead} ` : ''}${tx(d.summary)} ${f.notInPlan}${source(d.source)}`,
      link: link(districtPath(shownOn[0], decisionAnchor(decision.id))),
      districts: d.districts ?? 'all',
    });
  }

  // Corrections are news about the site itself: in the site feed, and in a district's feed when they correct its page.
  for (const c of site.corrections) {
    const district = /^\/omraden\/([a-z0-9-]+)\/$/.exec(c.data.page)?.[1];
    items.push({
      kind: 'correction',
      date: c.data.date,
      title: t.feed.item.correction(tx(c.data.subject)),
      description: `${t.corrections.wrong}: ${tx(c.data.wrong)} ${t.corrections.right}: ${tx(c.data.right)}${source(c.data.source)}`,
      link: link(correctionsPath(c.id)),
      districts: district ? [district] : [],
    });
  }

  return items.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.link.localeCompare(b.link),
  );
}

export function belongsTo(item: FeedItem, districtId: string): boolean {
  return item.districts === 'all' || item.districts.includes(districtId);
}

/**
 * RSS needs a full timestamp; sources give a day at most. A full date becomes
 * 12:00 UTC that day (the same calendar day in every time zone a reader is
 * likely in); a month or a year gives no pubDate rather than an invented day.
 */
export function pubDateOf(date: string): Date | undefined {
  const [y, m, d] = date.split('-').map(Number);
  return d === undefined ? undefined : new Date(Date.UTC(y, m - 1, d, 12));
}

/**
 * The fields @astrojs/rss takes for one item. The link is made absolute here:
 * rss() would append a slash to a relative link, after its #anchor.
 */
export function rssItem(item: FeedItem, site: URL) {
  return {
    title: item.title,
    description: item.description,
    link: new URL(item.link, site).href,
    pubDate: pubDateOf(item.date),
    categories: [item.kind],
  };
}

/** A feed's path in a language: under the prefix of a full locale (/en/flode.xml); easy-read and the one-page languages have the Swedish feeds. */
export function feedPathIn(id: LanguageId, path: string): string {
  const l = languages[id];
  return l.scope === 'full' ? `${l.prefix}${path}` : path;
}

/** The feeds a page announces in its <head>, in the page's language: the site feed, and on a district's page that district's feed too. */
export function feedLinksFor(
  pathname: string,
  districts: { id: string; name: string }[],
): { href: string; district?: string }[] {
  const id = languageOfPath(pathname);
  const district = districts.find((d) => unlocalizePath(pathname) === districtPath(d.id));
  return [
    { href: feedPathIn(id, feedPath()) },
    ...(district ? [{ href: feedPathIn(id, districtFeedPath(district.id)), district: district.name }] : []),
  ];
}
