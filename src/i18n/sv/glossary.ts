/**
 * The glossary (pages/[...lang]/ordlista.astro, components/glossary/TermList.astro, status/StatusList.astro)
 * and its link in the footer.
 */

export const words = {
  glossary: {
    nav: 'Ordlista',
    title: 'Ordlista',
    description:
      'Ord som Insyn använder, förklarade på enkel svenska: åtgärd, utvecklingsområde, uppföljning, protokollsanteckning och fler.',
    lead: 'Här förklarar vi ord som finns på sidorna. När ett ord är understruket med prickar kan du trycka på det för att komma hit.',
    statusHeading: 'Statusorden',
    statusLead: 'Kommunens uppföljning ger varje åtgärd ett av de här orden.',
    unknownStatus:
      'Ingen källa som Insyn har anger åtgärdens status. Insyn gissar aldrig. ”Okänd” är Insyns ord, inte kommunens.',
  },
} as const;
