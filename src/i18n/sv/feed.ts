/**
 * The RSS feeds (pages/[...lang]/flode.xml.ts, flode/[id].xml.ts, src/lib/feed/items.ts) and the links to them
 * (src/layouts/Base.astro, components/layout/Footer.astro, the data page).
 */
import { measures } from './grammar.ts';

export const words = {
  feed: {
    link: 'Nytt om åtgärdsplanerna (RSS)',
    districtLink: (name: string) => `Nytt om ${name} (RSS)`,
    title: 'Insyn – nytt om Linköpings åtgärdsplaner mot segregation',
    description:
      'Fastställda planer, beslut i protokoll, uppföljningar, protokollsanteckningar, händelser i åtgärdernas historia, andra beslut i områdena och rättelser, det senaste först. Varje post länkar till sidan med källorna.',
    districtTitle: (name: string) => `Insyn – nytt om ${name}`,
    districtDescription: (name: string) =>
      `Protokollsanteckningar, händelser i åtgärder och andra beslut som nämner ${name}, och beslut och uppföljningar som gäller hela planen. Det senaste först.`,
    /** the feed's <language>, RSS's lower-case form of the page language */
    language: 'sv-se',
    /** the feeds' items; a feed is in one language, its quotations stay Swedish */
    item: {
      source: (label: string) => ` Källa: ${label}.`,
      planTitle: (year: number) => `Plan ${year} fastställd`,
      planDecided: (name: string, by: string | null, date: string) =>
        `${name} fastställdes${by ? ` av ${by.charAt(0).toLowerCase()}${by.slice(1)}` : ''} ${date}.`,
      decisionTitle: (heading: string) => `Beslut: ${heading}`,
      decisionItem: (n: number, text: string) => `${n}. ”${text}”`,
      followUpTitle: (year: number) => `Uppföljning av plan ${year}`,
      followUpReported: (year: number, date: string) =>
        `Uppföljningen av planen för ${year} redovisades ${date}.`,
      followUpCount: (label: string, n: string | null) => `${label}: ${n ?? 'okänt'}`,
      followUpTotal: (n: number, formatted: string) => ` (av ${measures(n, formatted)})`,
      followUpNoCounts: ' Ingen källa anger hur många åtgärder som blev genomförda.',
      noteTitle: (party: string, heading: string) => `Protokollsanteckning (${party}): ${heading}`,
      noteDescription: (author: string, party: string | null, summary: string) =>
        `${author}${party ? ` (${party})` : ''}. Insyns sammanfattning: ${summary}`,
      event: (kind: string, measure: string) => `${kind} (händelse): ${measure}`,
      /** a related decision (content/decisions/): its label, then its title; never called a measure */
      related: (kind: string, title: string) => `${kind} (andra beslut i området): ${title}`,
      notInPlan: 'Inte känt som en del av åtgärdsplanen.',
      correction: (subject: string) => `Rättelse: ${subject}`,
    },
  },
} as const;
