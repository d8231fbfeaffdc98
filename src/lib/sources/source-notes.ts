/**
 * Numbered sources per section (issue 24): a sentence carries a short marker ("[1]", a link to the
 * list item) and the section ends with the list of its sources, each once, with what the evidence
 * module says about it and its one "Rapportera fel". A bracket and a report link after every
 * sentence made half of a phone's first screen citations.
 *
 * The page-data function builds one list per section from what the section shows, in the order it
 * shows it, so the numbers run 1, 2, 3 down the section; a component asks the list for a source's
 * number and the build stops when a source is asked for that the list does not hold (a fact
 * without its source in the list would be a fact without a source).
 *
 * Two citations are the same source when they point at the same place and quote the same words:
 * a paragraph cited for two facts is one item; the same paragraph with two different
 * "Källan säger" quotations is two, and so are a note's first paragraph and the whole note.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Dict } from '../../i18n/types.ts';
import { sourceFacts, whoSays, type EvidenceSite, type Tx } from './evidence.ts';

export interface SourceNote {
  /** the number its markers show */
  n: number;
  /** the list item's id, the markers' target: "<section>-kalla-<n>" */
  id: string;
  source: SourceRef;
  /** what the source is, from its kind (src/lib/sources/evidence.ts): "Vänsterpartiets protokollsanteckning", "Nyhetsartikel" */
  about: string;
}

/** Where a citation points, and the words it quotes: equal keys are one source in a list. */
export const sourceKey = (s: SourceRef): string =>
  [s.document ?? '', s.anchor ?? '', s.to ?? '', s.reference ?? '', s.locator ?? '', s.words ?? ''].join(
    '\u0000',
  );

/** One section's sources, numbered in the order they were added. */
export class SourceNotes {
  readonly #items = new Map<string, SourceNote>();

  /** the section's anchor: the list items' ids start with it, so ids stay unique on the page */
  readonly section: string;
  readonly #describe: (source: SourceRef) => string;

  // (no parameter properties: Node runs this file with type stripping only, in the unit tests)
  constructor(section: string, describe: (source: SourceRef) => string) {
    this.section = section;
    this.#describe = describe;
  }

  /** Adds sources not yet in the list, in order; an absent one (a fact with no source) is skipped. */
  add(...sources: readonly (SourceRef | null | undefined)[]): this {
    for (const source of sources) {
      if (!source) continue;
      const key = sourceKey(source);
      if (this.#items.has(key)) continue;
      const n = this.#items.size + 1;
      this.#items.set(key, { n, id: `${this.section}-kalla-${n}`, source, about: this.#describe(source) });
    }
    return this;
  }

  /** The list item of a source the section shows; throws when the list does not hold it. */
  note(source: SourceRef): SourceNote {
    const found = this.#items.get(sourceKey(source));
    if (!found)
      throw new Error(
        `section "${this.section}": a fact cites ${source.document ?? source.reference}${source.anchor ? `#${source.anchor}` : ''}, which its list of sources does not hold`,
      );
    return found;
  }

  get items(): SourceNote[] {
    return [...this.#items.values()];
  }

  get size(): number {
    return this.#items.size;
  }
}

/**
 * The language of a source's own words, for their lang attribute (how a screen reader says them):
 * the sources are Swedish but for a few English pages (a summary, a machine translation), and
 * content does not name the language, so words with English function words and no Swedish
 * letters are English. A reading aid only: nothing on the page depends on it.
 */
export const languageOfWords = (words: string): 'sv' | 'en' =>
  !/[åäöé]/i.test(words) && /\b(the|of|and|is|was|were|include|includes|has|have)\b/i.test(words)
    ? 'en'
    : 'sv';

/** Kinds whose publisher is already the citation's label ("Corren 2 april 2024"): their item names the kind instead. */
const namedByKind = new Set(['news', 'secondary', 'authority', 'municipal-news']);

const upperFirst = (text: string) => `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;

/**
 * What a list item says about its source: who says it where that adds to the label
 * ("Vänsterpartiets protokollsanteckning", "Protokoll från Kommunstyrelsen", "En insändare av …"),
 * else the kind ("Nyhetsartikel", "Andrahandskälla"); a municipal press release is a record's words.
 */
export function aboutSource(site: EvidenceSite, source: SourceRef, t: Dict, tx: Tx): string {
  const f = sourceFacts(site, source);
  return namedByKind.has(f.kind) && !f.document ? t.evidence.kinds[f.kind] : upperFirst(whoSays(f, t, tx));
}

/** A maker of section lists for one page: `notes('svar', …sources)`. */
export function sourceNotesFor(site: EvidenceSite, t: Dict, tx: Tx) {
  return (section: string, ...sources: readonly (SourceRef | null | undefined)[]): SourceNotes =>
    new SourceNotes(section, (s) => aboutSource(site, s, t, tx)).add(...sources);
}
