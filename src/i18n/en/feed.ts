/**
 * English for ../sv/feed.ts (Insyn's translation, same keys).
 * The RSS feeds (pages/[...lang]/flode.xml.ts, flode/[id].xml.ts, src/lib/feed/items.ts) and the links to them
 * (src/layouts/Base.astro, components/layout/Footer.astro, the data page).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/feed.ts';
import { measures } from './grammar.ts';

export const words: Wide<typeof sv> = {
  feed: {
    link: 'News about the action plans (RSS)',
    districtLink: (name: string) => `News about ${name} (RSS)`,
    title: "Insyn – news about Linköping's action plans against segregation",
    description:
      "Adopted plans, decisions in minutes, follow-ups, notes in the minutes, events in the measures' history, other decisions in the areas and corrections, the latest first. Each item links to the page with the sources.",
    districtTitle: (name: string) => `Insyn – news about ${name}`,
    districtDescription: (name: string) =>
      `Notes in the minutes, events in measures and other decisions that mention ${name}, and decisions and follow-ups that concern the whole plan. The latest first.`,
    /** the feed's <language>, RSS's lower-case form of the page language */
    language: 'en-gb',
    /** the feeds' items; a feed is in one language, its quotations stay Swedish */
    item: {
      source: (label: string) => ` Source: ${label}.`,
      planTitle: (year: number) => `Plan ${year} adopted`,
      planDecided: (name: string, by: string | null, date: string) =>
        `${name} was adopted${by ? ` by ${by}` : ''} on ${date}.`,
      decisionTitle: (heading: string) => `Decision: ${heading}`,
      decisionItem: (n: number, text: string) => `${n}. “${text}”`,
      followUpTitle: (year: number) => `Follow-up of plan ${year}`,
      followUpReported: (year: number, date: string) =>
        `The follow-up of the plan for ${year} was presented on ${date}.`,
      followUpCount: (label: string, n: string | null) => `${label}: ${n ?? 'unknown'}`,
      followUpTotal: (n: number, formatted: string) => ` (of ${measures(n, formatted)})`,
      followUpNoCounts: ' No source states how many measures were carried out.',
      noteTitle: (party: string, heading: string) => `Note in the minutes (${party}): ${heading}`,
      noteDescription: (author: string, party: string | null, summary: string) =>
        `${author}${party ? ` (${party})` : ''}. Insyn's summary: ${summary}`,
      event: (kind: string, measure: string) => `${kind} (event): ${measure}`,
      related: (kind: string, title: string) => `${kind} (other decisions in the area): ${title}`,
      notInPlan: 'Not known to be part of the action plan.',
      correction: (subject: string) => `Correction: ${subject}`,
    },
  },
};
