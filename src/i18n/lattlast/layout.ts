/**
 * What every easy-read page has: the notice about the text (components/lattlast/EasyNotice.astro), the
 * hard words explained where they first appear, the source links (EasySource.astro), a measure in a list
 * (MeasureCard.astro) and the menu of easy-read pages (EasyLayout.astro).
 */
import type { Review } from '../../schemas/review.ts';
import { words as standard } from '../sv/document.ts';
import { segregation, spans } from './shared.ts';

const review: Review = { status: 'unreviewed' };

export const words = {
  /** the review of the texts in these files (the texts in content/lattlast/ carry their own) */
  review,

  /** years as spans, for sentences about several plan years */
  years: spans,

  /** the same answer to every unknown, never filled in */
  unknown: 'Det vet vi inte.',

  /** The box on every page: who wrote the text, whether it is checked, the way to the standard page. */
  notice: {
    label: 'Om texten på sidan',
    written: 'Insyn har skrivit den här sidan på lättläst svenska. Det är Insyns ord, inte kommunens.',
    unreviewed: 'Ingen har kontrollerat texten ännu.',
    reviewed: (by: string, date: string) => `${by} har kontrollerat texten ${date}.`,
    standard: 'Läs sidan på vanlig svenska',
    /** a page with no standard counterpart (how to ask for a document) */
    onlyHere: 'Den här sidan finns bara på lättläst svenska.',
    standardHome: 'Insyn på vanlig svenska',
  },

  /** Hard words, explained once where they first appear on a page. */
  words: {
    measure: 'En åtgärd är något som kommunen lovar att göra.',
    plan: 'En plan är en lista med åtgärder mot segregation.',
    followUp: 'En uppföljning är när kommunen tittar på vad som blev gjort.',
    note: 'En protokollsanteckning är en text som ett parti skriver i protokollet från ett möte. Den är inte ett beslut.',
    body: 'En nämnd är en grupp politiker i kommunen. Nämnden bestämmer över en del av kommunens arbete.',
    segregation,
  },

  /** A source link in easy words (src/components/lattlast/EasySource.astro). */
  source: {
    label: 'Källa',
    /** a news site, a party, a translation: not the municipality */
    secondary: 'Källan är inte kommunen.',
    report: 'Rapportera fel',
    reportContext: (label: string) => ` i uppgiften med källan ${label}`,
    /** document kinds as the start of a source's name ("Protokoll 14 februari 2023"): the standard Swedish words */
    kinds: standard.document.kind as Record<string, string>,
    /** a paragraph inside a party's protocol note */
    note: (party: string, date: string) => `Protokollsanteckning från ${party}, ${date}`,
  },

  /** A measure in a list (district and plan pages). */
  card: {
    status: (year: number) => `Status i planen för ${year}:`,
  },

  /** The menu of easy-read pages at the end of every page. */
  more: {
    heading: 'Fler sidor på lättläst svenska',
    home: 'Början: vad gör kommunen i ditt område?',
    glossary: 'Vad betyder orden?',
    about: 'Om Insyn',
    ask: 'Så får du läsa kommunens papper',
  },
} as const;
