/**
 * What the RSS feeds tell: plans decided, decisions in minutes, follow-ups
 * reported, protocol notes, measures' events (with their kind in the title)
 * and corrections, newest first. Only events with a date a source
 * gives are in a feed (a feed item needs one); the rest are on the pages.
 *
 * What belongs to a district: a protocol note belongs to the districts it
 * names (the same rule as the district pages). Plan decisions, decisions in
 * minutes about the plans and follow-ups concern the whole plan, and every
 * plan is aimed at Berga, Ryd and Skäggetorp together, so they are in every
 * district's feed.
 */
import { eventAnchor } from './anchors.ts';
import { citation } from './cite.ts';
import { count, formatDate } from './format.ts';
import { districtsOf, measureTitle } from './measures.ts';
import type { Site } from './site.ts';
import { sv } from '../i18n/sv.ts';
import {
  correctionsPath,
  districtFeedPath,
  districtPath,
  feedPath,
  measurePath,
  meetingPath,
  planPath,
} from './paths.ts';

export type FeedKind = 'plan-decided' | 'decision' | 'follow-up' | 'note' | 'event' | 'correction';

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
  correction: 5,
};

export function feedItems(site: Site): FeedItem[] {
  const source = (s: Parameters<typeof citation>[1] | undefined) =>
    s ? ` Källa: ${citation(site, s).label}.` : '';
  const items: FeedItem[] = [];

  for (const { data: p } of site.plans) {
    if (!p.decidedOn.value) continue;
    const by = p.decidedBy.value ? ` av ${p.decidedBy.value.toLowerCase()}` : '';
    items.push({
      kind: 'plan-decided',
      date: p.decidedOn.value,
      title: `Plan ${p.year} fastställd`,
      description: `${p.name} fastställdes${by} ${formatDate(p.decidedOn.value)}.${source(p.decidedOn.source)}`,
      link: planPath(p.year),
      districts: 'all',
    });
  }

  for (const meeting of site.meetings) {
    const m = meeting.data;
    const heading = `${m.body} ${formatDate(m.date)} § ${m.paragraph}`;
    const decisions = m.items.flatMap((i) => (i.kind === 'decision' ? [i] : []));
    if (decisions.length > 0)
      items.push({
        kind: 'decision',
        date: m.date,
        title: `Beslut: ${heading}`,
        description: `${m.title}. ${decisions.map((d) => `${d.number}. ”${d.text}”`).join(' ')}${source(decisions[0].source)}`,
        link: meetingPath(meeting.id, 'beslut'),
        districts: 'all',
      });
  }

  for (const { data: f } of site.followUpByYear.values()) {
    if (!f.reportedOn.value) continue;
    const counts = f.counts
      ? ` ${site.statuses.map((s) => `${s.data.label}: ${f.counts?.[s.id] ?? 'okänt'}`).join(', ')}${f.total ? ` (av ${count(f.total, 'åtgärd', 'åtgärder')})` : ''}.`
      : ' Ingen källa anger hur många åtgärder som blev genomförda.';
    items.push({
      kind: 'follow-up',
      date: f.reportedOn.value,
      title: `Uppföljning av plan ${f.planYear}`,
      description: `Uppföljningen av planen för ${f.planYear} redovisades ${formatDate(f.reportedOn.value)}.${counts}${source(f.countsSource ?? f.reportedIn)}`,
      link: planPath(f.planYear, 'uppfoljning'),
      districts: 'all',
    });
  }

  for (const { note, meeting } of site.notes) {
    const m = meeting.data;
    const party = site.partyById.get(note.party)?.data;
    items.push({
      kind: 'note',
      date: m.date,
      title: `Protokollsanteckning (${party?.abbr ?? note.party}): ${m.body} ${formatDate(m.date)} § ${m.paragraph}`,
      description: `${note.author}${party ? ` (${party.name})` : ''}. Insyns sammanfattning: ${note.summary}${source(note.source)}`,
      link: meetingPath(meeting.id, note.id),
      districts: note.districts,
    });
  }

  // A measure's events (decision, report, news, claim) belong to the districts the measure names, like notes.
  for (const measure of site.measures) {
    const title = measureTitle(measure, sv);
    const districts = [...districtsOf(measure)];
    for (const [i, e] of measure.data.events.entries()) {
      const who = e.kind === 'decision' && e.body ? `${sv.events.decidedBy(e.body, e.diaryNumber)} ` : '';
      const according = e.attribution ? `${sv.events.according(e.attribution)} ` : '';
      const link = e.link
        ? ` ${sv.events.inferred[e.link.confidence]} ${sv.events.inferredWhy} ${e.link.reason}`
        : '';
      items.push({
        kind: 'event',
        date: e.date,
        title: sv.events.feedTitle(sv.events.kinds[e.kind], title),
        description: `${who}${according}${e.text}${link}${source(e.source)}`,
        link: measurePath(measure.id, eventAnchor(e, i)),
        districts,
      });
    }
  }

  // Corrections are news about the site itself: in the site feed, and in a district's feed when they correct its page.
  for (const c of site.corrections) {
    const district = /^\/omraden\/([a-z0-9-]+)\/$/.exec(c.data.page)?.[1];
    items.push({
      kind: 'correction',
      date: c.data.date,
      title: sv.corrections.feedTitle(c.data.subject),
      description: `${sv.corrections.wrong}: ${c.data.wrong} ${sv.corrections.right}: ${c.data.right}${source(c.data.source)}`,
      link: correctionsPath(c.id),
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

/** The feeds a page announces in its <head>: the site feed, and on a district's page that district's feed too. */
export function feedLinksFor(
  pathname: string,
  districts: { id: string; name: string }[],
): { href: string; district?: string }[] {
  const district = districts.find((d) => pathname === districtPath(d.id));
  return [
    { href: feedPath() },
    ...(district ? [{ href: districtFeedPath(district.id), district: district.name }] : []),
  ];
}
