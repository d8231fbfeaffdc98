/**
 * The words a result is found by beyond its own text: the everyday words of the glossary terms it
 * uses (content/glossary.yaml `searchWords`: "kritik" finds every protocol note, "insats" every
 * measure). The terms a result stands for are read from the Swedish words that say what it is (its title,
 * type, context and caveat label; records.ts), so a note is found by "kritik" on /sok/ and by
 * "criticism" on /en/sok/ alike: a record in another language gets the Swedish words and that
 * language's. Pure; unit-tested.
 */
import { fold } from './suggest.ts';

/** A glossary entry as far as search needs it (content/glossary.yaml). */
export interface GlossaryWords {
  term: string;
  searchWords?: { sv: string[]; en?: string[]; ar?: string[] };
}

/** Endings a Swedish noun takes in the site's texts (definite, plural, genitive), after the term's last word. */
const ENDINGS = 'erna|arna|orna|ernas|arnas|ornas|en|et|er|ar|or|na|n|t|s|ens|ets|ers|ars|ors';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(term: string): RegExp {
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escape(fold(term)).replace(/\s+/g, '\\s+')}(${ENDINGS})?(?![\\p{L}\\p{N}])`,
    'u',
  );
}

/**
 * The glossary entries whose term a Swedish text uses as a word of its own, inflected or not:
 * "protokollsanteckningar" uses Protokollsanteckning, "åtgärdsplan" does not use Åtgärd (a plan is no measure).
 */
export function usedTerms<T extends GlossaryWords>(glossary: readonly T[], svText: string): T[] {
  const text = fold(svText);
  return glossary.filter((g) => termPattern(g.term).test(text));
}

/** A term's everyday words for a record in `lang`: the Swedish ones, and the language's own where given. */
export function everydayWords(entry: GlossaryWords, lang: string): string[] {
  const w = entry.searchWords;
  if (!w) return [];
  const own = lang === 'en' ? w.en : lang === 'ar' ? w.ar : undefined;
  return [...w.sv, ...(own ?? [])];
}
