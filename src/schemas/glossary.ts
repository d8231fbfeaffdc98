import { z } from 'astro/zod';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

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
  })
  .strict();
