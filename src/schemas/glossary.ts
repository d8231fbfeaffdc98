import { z } from 'astro/zod';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/** One everyday search word or short phrase: letters, digits, spaces and hyphens only. */
const searchWord = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N} -]*$/u, {
  message: 'a search word is letters, digits, spaces or hyphens',
});
const wordList = z.array(searchWord).min(1);

/** The everyday words of a term in each full language; Swedish first, as the term itself is Swedish. */
const searchWords = z
  .object({
    /** the Swedish words, e.g. [kritik, invändning] */
    sv: wordList,
    /** English words (Insyn's), e.g. [criticism, objection] */
    en: wordList.optional(),
    /** Arabic words (Insyn's) */
    ar: wordList.optional(),
  })
  .strict();

/**
 * content/glossary.yaml: the words the site uses that a reader may not know, in plain Swedish.
 * The page /ordlista/ lists them; <Term> links a word's use to its entry (/ordlista/#<id>).
 * The status words are not here: they are content/statuses.yaml, and the glossary shows them from there.
 */
export const glossaryTermSchema = z
  .object({
    /** stable key and anchor on /ordlista/, e.g. "atgard" */
    id: slug,
    /** the word as a heading, e.g. "Åtgärd" */
    term: z.string().min(1),
    /** what it means, in short plain Swedish (a second-language reader should follow it) */
    definition: z.string().min(1),
    /** where the definition's facts stand; leave out only when it states no fact (e.g. how Insyn marks things) */
    source: sourceRef.optional(),
    /**
     * everyday words people search for when they mean this term ("kritik" for a protocol note), per
     * language: Swedish, and English and Arabic where Insyn has written them. Search finds every result
     * that uses the term by these words too (src/lib/search/search-words.ts); /ordlista/ shows them.
     */
    searchWords: searchWords.optional(),
  })
  .strict();
