/**
 * The easy-read home page (pages/lattlast/index.astro).
 */
import { list, measures, segregation } from './shared.ts';

export const words = {
  home: {
    title: 'Insyn på lättläst svenska',
    description:
      'Vad Linköpings kommun lovar att göra mot segregation i Berga, Ryd och Skäggetorp, och vad kommunen säger att den har gjort. På lättläst svenska.',
    heading: 'Vad gör kommunen i ditt område?',
    /** the answer: the districts first (their names from the data) */
    lead: (names: string[]) => `Här kan du läsa vad Linköpings kommun lovar att göra i ${list(names)}.`,
    choose: 'Välj ditt område:',
    districtsLabel: 'Områdena',
    aboutHeading: 'Vad är Insyn?',
    intro: [
      'Insyn är en webbplats om Linköpings kommun.',
      'Här kan du läsa vad kommunen lovar att göra mot segregation.',
      segregation,
      'Du kan också läsa vad kommunen säger att den har gjort.',
    ],
    plansHeading: 'Kommunens planer',
    plansLead: 'Kommunen gör en ny plan varje år.',
    planLink: (year: number) => `Planen för ${year}`,
    planCount: (n: number | null) =>
      n === null ? 'Hur många åtgärder? Det vet vi inte.' : `Planen har ${measures(n)}.`,
    sourcesHeading: 'Var kommer uppgifterna ifrån?',
    notAll: 'Alla sidor på Insyn finns inte på lättläst svenska. De andra sidorna finns på vanlig svenska.',
  },
} as const;
