/**
 * English for ../sv/sources.ts (Insyn's translation, same keys).
 * Sources beside every fact: the source link (components/source/Cite.astro, charts/RowSources.astro,
 * src/lib/sources/citation.ts), whose words a text is (src/lib/sources/origin.ts, measure/YearEntry.astro,
 * ConfidenceNote.astro), the "Citera" boxes and reference texts (measure/CiteMeasure.astro, CopyText.astro,
 * meeting/CiteItem.astro, NoteCard.astro, src/lib/sources/item-citation.ts, measure-citation.ts), the report
 * link (source/ContactLink.astro, src/lib/sources/report-link.ts) and the references page
 * (pages/[...lang]/kallor.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/sources.ts';
import { plural, possessive } from './grammar.ts';

export const words: Wide<typeof sv> = {
  source: {
    label: 'Source',
    secondary: 'secondary source',
    block: 'paragraph',
  },
  notes: {
    summary: (n: number) => `Sources (${n})`,
    marker: (n: number) => `Source ${n}`,
    label: (section: string) => `Sources for ${section}`,
  },
  origin: {
    note: (party: string) => `${possessive(party)} note in the minutes`,
    document: (kind: string, issuer: string) => `${kind} from ${issuer}`,
    quote: (origin: string) => `quotation from ${origin}`,
    paraphrase: (origin: string) => `Insyn's summary of ${origin}`,
    fromBefore: 'The information about the measure comes from ',
  },
  citation: {
    /** the "Citera" boxes and their copy buttons (CiteMeasure.astro, CiteItem.astro, CopyText.astro) */
    heading: 'Cite',
    open: 'Address and reference to copy',
    url: 'Permanent address',
    reference: 'Reference',
    permanence: 'The address does not change when the plans renumber the measures.',
    permalink: 'Link here',
    copy: (what: string) => `Copy ${what}`,
    copyQuote: 'Copy the quotation',
    quoteCopy: (words: string, where: string, url: string) => `”${words}” (${where}) ${url}`,
    copied: 'Copied.',
    copyFailed: 'Copying did not work. Select the text and copy it yourself.',
    retrieved: 'retrieved',
    /** what a copy button copies (copy(what): "Kopiera referensen") */
    what: {
      url: 'the address',
      reference: 'the reference',
      note: 'the note',
      decision: (n: number) => `decision ${n}`,
    },
    // the reference texts (src/lib/sources/citation.ts, item-citation.ts, measure-citation.ts)
    /** page and paragraph after a document's short name: "KS 2023-02-14 § 31, p. 4, para. 33" */
    at: (page: number, block: string) => `, p. ${page}, para. ${block}`,
    /** a passage over several paragraphs (a whole protocol note): "KS 2023-02-14 § 31, pp. 4–5, paras. 27–37" */
    atRange: (firstPage: number, lastPage: number, first: string, last: string) =>
      `, ${firstPage === lastPage ? `p. ${firstPage}` : `pp. ${firstPage}–${lastPage}`}, paras. ${first}–${last}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}, note in the minutes, ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}, decision ${n}: “${text}” (${where}). Insyn: ${url}`,
    original: (url: string) => `; the original: ${url}`,
    /** The one-line citation of a measure page (src/lib/sources/measure-citation.ts). */
    measure: {
      text: (title: string, years: number, ranges: string) =>
        `Insyn, “${title}”, measure in Linköping municipality's ${plural(years, { one: 'action plan', other: 'action plans' })} against segregation ${ranges}.`,
      retrieved: (date: string) => `(retrieved ${date}).`,
    },
  },
  report: {
    link: 'Report an error',
    context: (label: string) => ` in the information from the source ${label}`,
    subject: 'Error on Insyn',
    body: (page: string) => `Page: ${page}\n\nWhat is wrong? Where is the correct information?\n`,
  },
  /** /kallor/ */
  references: {
    description:
      "Other public sources that Insyn refers to: the municipality's web pages, press releases, parties and news.",
    /** the lead, around its link to the documents */
    leadBefore: 'Besides the ',
    leadLink: 'documents',
    leadAfter:
      ', Insyn refers to these pages. Insyn does not show their text, only what they say, with a link.',
    noUrl: 'Insyn does not have the web address of the source.',
  },
};
