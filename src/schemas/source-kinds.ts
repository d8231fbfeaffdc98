import { z } from 'astro/zod';

/**
 * What a source is, read from the source itself. It decides what the site may call a fact
 * that rests on it (src/lib/sources/evidence.ts): only the acting body's own record, the
 * municipality's own news and an authority about its own acts state a decision or an action
 * without attribution; every other kind is told as what its publisher says.
 */
export const sourceKinds = [
  /** the acting body's own record: minutes, a decision, a plan, a follow-up, an application */
  'record',
  /** Linköpings kommun's own news or press office (linkoping.se news, its Mynewsdesk and via TT releases) */
  'municipal-news',
  /** a state authority's own page or news (Polisen, Delmos, Tillväxtverket, ESF-rådet): its own acts stated, others' attributed */
  'authority',
  /** the governing parties' communication (the political majority's press releases, "Linköpings kommun – Politik") */
  'majority',
  /** a party's own text: its website, or its protocol note inside the minutes */
  'party',
  /** a newspaper's or broadcaster's news report */
  'news',
  /** a debate article or a reader letter: its author's view (`author` and `form` name them) */
  'opinion',
  /** an aggregator, an encyclopedia, a machine translation, a thesis */
  'secondary',
  /** official statistics (the municipality's statistics pages, SCB) */
  'statistics',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

export const sourceKind = z.enum(sourceKinds, {
  error: `a reference needs a kind, one of: ${sourceKinds.join(', ')} (docs/content-rules.md says which)`,
});

/** An opinion text's form: a reader letter (insändare) or a debate article (debattartikel). */
export const opinionForms = ['letter', 'debate'] as const;
export type OpinionForm = (typeof opinionForms)[number];
