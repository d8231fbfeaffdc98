/**
 * Sources beside every fact: the source link (components/source/Cite.astro, charts/RowSources.astro,
 * src/lib/sources/citation.ts), whose words a text is (src/lib/sources/origin.ts, measure/YearEntry.astro,
 * ConfidenceNote.astro), the "Citera" boxes and reference texts (measure/CiteMeasure.astro, CopyText.astro,
 * meeting/CiteItem.astro, NoteCard.astro, src/lib/sources/item-citation.ts, measure-citation.ts), the report
 * link (source/ContactLink.astro, src/lib/sources/report-link.ts) and the references page
 * (pages/[...lang]/kallor.astro).
 */
import { plural } from './grammar.ts';

export const words = {
  source: {
    label: 'Källa',
    secondary: 'sekundär källa',
    block: 'stycke',
  },
  /** numbered sources per section (components/source/Ref.astro, SourceNotes.astro, src/lib/sources/source-notes.ts) */
  notes: {
    /** the list's button: "Källor (4)" */
    summary: (n: number) => `Källor (${n})`,
    /** a marker's accessible name: the visible "[1]" says only the number */
    marker: (n: number) => `Källa ${n}`,
    /** the list's accessible name: "Källor till Det här vet vi" */
    label: (section: string) => `Källor till ${section}`,
  },
  origin: {
    /** a paragraph inside a party's protocol note */
    note: (party: string) => `${party.endsWith('s') ? party : `${party}s`} protokollsanteckning`,
    /** `kind` is document.kindInSentence: "pressmeddelande från Linköpings kommun" */
    document: (kind: string, issuer: string) => `${kind} från ${issuer}`,
    quote: (origin: string) => `citat ur ${origin}`,
    paraphrase: (origin: string) => `Insyns sammanfattning av ${origin}`,
    fromBefore: 'Uppgifterna om åtgärden kommer ur ',
  },
  citation: {
    /** the "Citera" boxes and their copy buttons (CiteMeasure.astro, CiteItem.astro, CopyText.astro) */
    heading: 'Citera',
    /** opens the address and the reference (a fold under "Citera") */
    open: 'Adress och referens att kopiera',
    url: 'Permanent adress',
    reference: 'Referens',
    permanence: 'Adressen ändras inte när planerna numrerar om åtgärderna.',
    permalink: 'Länk hit',
    copy: (what: string) => `Kopiera ${what}`,
    /** beside a quotation: copies it in its original Swedish with the paragraph it stands in and that paragraph's address */
    copyQuote: 'Kopiera citatet',
    quoteCopy: (words: string, where: string, url: string) => `”${words}” (${where}) ${url}`,
    copied: 'Kopierat.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    retrieved: 'hämtad',
    /** what a copy button copies (copy(what): "Kopiera referensen") */
    what: {
      url: 'adressen',
      reference: 'referensen',
      note: 'anteckningen',
      decision: (n: number) => `beslut ${n}`,
    },
    // the reference texts (src/lib/sources/citation.ts, item-citation.ts, measure-citation.ts)
    /** page and paragraph after a document's short name: "KS 2023-02-14 § 31, s. 4, st. 33" */
    at: (page: number, block: string) => `, s. ${page}, st. ${block}`,
    /** a passage over several paragraphs (a whole protocol note): "KS 2023-02-14 § 31, s. 4–5, st. 27–37" */
    atRange: (firstPage: number, lastPage: number, first: string, last: string) =>
      `, s. ${firstPage === lastPage ? firstPage : `${firstPage}–${lastPage}`}, st. ${first}–${last}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}, protokollsanteckning, ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}, beslut ${n}: ”${text}” (${where}). Insyn: ${url}`,
    original: (url: string) => `; originalet: ${url}`,
    /** The one-line citation of a measure page (src/lib/sources/measure-citation.ts). */
    measure: {
      text: (title: string, years: number, ranges: string) =>
        `Insyn, ”${title}”, åtgärd i Linköpings kommuns ${plural(years, { one: 'åtgärdsplan', other: 'åtgärdsplaner' })} mot segregation ${ranges}.`,
      retrieved: (date: string) => `(hämtad ${date}).`,
    },
  },
  report: {
    link: 'Rapportera fel',
    context: (label: string) => ` i uppgiften med källan ${label}`,
    subject: 'Fel på Insyn',
    /** the fact is the subject already; the body names the page and asks for the right source */
    body: (page: string) => `Sida: ${page}\n\nVad är fel? Var står det rätta?\n`,
  },
  /** /kallor/ */
  references: {
    description:
      'Andra offentliga källor som Insyn hänvisar till: kommunens webbsidor, pressmeddelanden, partier och nyheter.',
    /** the lead, around its link to the documents */
    leadBefore: 'Förutom ',
    leadLink: 'dokumenten',
    leadAfter:
      ' hänvisar Insyn till de här sidorna. Insyn visar inte deras text, bara vad de säger, med länk.',
    noUrl: 'Insyn har inte webbadressen till källan.',
  },
} as const;
