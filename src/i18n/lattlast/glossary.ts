/**
 * The easy-read glossary (pages/lattlast/ordlista.astro).
 */

export const words = {
  glossary: {
    title: 'Vad betyder orden?',
    description:
      'Vad orden Genomförd, Pågår, Ej genomförd och Okänd betyder, och några andra svåra ord. På lättläst svenska.',
    heading: 'Vad betyder orden?',
    lead: 'Här förklarar vi orden som står på sidorna.',
    statusHeading: 'Ord om hur det gick',
    statusLead: ['Kommunen följer upp planen efter året.', 'Då får varje åtgärd ett av de här orden.'],
    statusSource: 'Ordet kommer från kommunens uppföljning.',
    unknownOurs: 'Okänd är Insyns ord. Det är inte kommunens ord.',
    wordsHeading: 'Andra svåra ord',
    more: 'Fler ord finns i ordlistan på vanlig svenska',
  },
} as const;
