/**
 * Source documents: the list (pages/[...lang]/dokument/index.astro), a document's page with its full text
 * (dokument/[id].astro, components/document/DocumentText.astro), and the kinds of document wherever a source
 * is named (src/lib/sources/origin.ts, the search index, the easy-read source links).
 */

export const words = {
  document: {
    /** a kind of document as a label (a document's page, the easy-read source links) */
    kind: {
      decision: 'Beslut',
      minutes: 'Protokoll',
      'press-release': 'Pressmeddelande',
      'grant-application': 'Ansökan',
      'follow-up': 'Uppföljning',
      plan: 'Plan',
    },
    /** a kind of document inside a sentence ("citat ur pressmeddelande från …", origin.document) */
    kindInSentence: {
      decision: 'beslut',
      minutes: 'protokoll',
      'press-release': 'pressmeddelande',
      'grant-application': 'ansökan',
      'follow-up': 'uppföljning',
      plan: 'plan',
    },
    date: 'Datum',
    noDate: 'Dokumentet har inget datum',
    issuer: 'Utfärdare',
    recipient: 'Skickad till',
    original: 'Originalet',
    draft: 'Utkast',
    transcription: 'Om texten',
    fullText: 'Hela texten',
    page: (n: number) => `Sida ${n}`,
    kindHeading: 'Typ',
    draftNote: 'dokumentet är märkt UTKAST.',
    noOriginal: 'Adressen till originalet är inte känd',
    numbered: 'Sidorna och styckena är numrerade av Insyn.',
    /** /dokument/ */
    list: {
      description:
        'Källdokumenten som Insyn bygger på: beslut, protokoll, pressmeddelanden och en ansökan, med hela texten.',
      lead: 'Allmänna handlingar som Insyn bygger på. Varje dokument visas med hela texten, så att varje källhänvisning kan peka på rätt stycke.',
    },
  },
} as const;
