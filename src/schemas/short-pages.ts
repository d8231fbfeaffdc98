import { z } from 'astro/zod';
import { reviewSchema } from './review.ts';

/**
 * A text in the page's language. A Swedish word inside it (a status word, a name, a
 * law) is written between double braces, {{Pågår}}: the page marks it lang="sv".
 */
const text = z.string().min(1);

/** A heading and its paragraphs. */
const section = z
  .object({
    heading: text,
    /** short paragraphs, one idea each */
    text: z.array(text).min(1),
  })
  .strict();

/**
 * content/short/<prefix>.yaml: the one page of a language that has only one page
 * (Somali /so/, Tigrinya /ti/, Dari /fa-af/). Insyn's own text in that language; the
 * route (src/pages/[short]/index.astro) adds the facts around it: the status words as the
 * site shows them, the links to the district pages, the contact link, the municipality's
 * address from its source. The header and footer around it stay Swedish.
 */
export const shortPageSchema = z
  .object({
    /** the language (src/i18n/languages.ts, scope "short"); the page is built at its prefix */
    lang: z.enum(['so', 'ti', 'fa-AF']),
    /** the page's title (and <h1>) */
    title: text,
    /** one sentence for search engines and link previews */
    description: text,
    /** whether a person who reads the language has checked the text (you: "unreviewed" until then) */
    review: reviewSchema,
    /** the box at the top, in the page's language */
    notice: z
      .object({
        /** that this is Insyn's translation, not the municipality's words */
        translated: text,
        /** shown while review.status is "unreviewed": nobody who reads the language has checked it */
        unreviewed: text,
        /** shown before the reviewer's name and the date once reviewed, e.g. "Checked by" */
        reviewed: text,
      })
      .strict(),
    /** what Insyn is */
    about: section,
    /** how to read a status */
    status: section
      .extend({
        /** what each status word means: keys are the ids in statuses.yaml, and "okand" for Okänd (no source) */
        words: z.record(z.string(), text),
      })
      .strict(),
    /** where the district pages are; the route lists the links */
    districts: section,
    /** how to write to Insyn */
    contact: section
      .extend({
        /** the text of the link that opens a message to Insyn */
        link: text,
      })
      .strict(),
    /** how to ask the municipality for a document */
    ask: section
      .extend({
        /** before the municipality's name, address and phone (shown in Swedish), e.g. "The municipality's address and phone:" */
        municipality: text,
        /** the text of the link to the source of the address */
        source: text,
        /** the text of the link to the easy-read Swedish page on asking for a document */
        easyRead: text,
      })
      .strict(),
  })
  .strict();
