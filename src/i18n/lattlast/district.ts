/**
 * A district's easy-read page (pages/lattlast/omraden/[id].astro), its facts from src/lib/easy-read/facts.ts.
 */
import { measures, number, plural } from './shared.ts';

export const words = {
  district: {
    title: (name: string) => `${name}: vad gör kommunen?`,
    description: (name: string) =>
      `Vad kommunens planer lovar för ${name}, och vad kommunens uppföljningar säger. På lättläst svenska.`,
    heading: (name: string) => `Vad gör kommunen i ${name}?`,
    answerLabel: (name: string) => `Svaret för ${name}`,
    /** the counts sentence, first on the page */
    count: (name: string, n: number) =>
      n === 0
        ? `Insyn känner inte till någon åtgärd som gäller ${name}.`
        : `Insyn känner till ${measures(n)} som gäller ${name}.`,
    noStatus: (n: number) => plural(n, { one: 'Har kommunen gjort den?', other: 'Har kommunen gjort dem?' }),
    noStatusWhy: 'Ingen uppföljning säger hur det gick för de här åtgärderna.',
    someStatus: (known: number, n: number) =>
      plural(n, {
        one: 'Kommunens uppföljning säger hur det gick för åtgärden.',
        other:
          known === n
            ? `Kommunens uppföljning säger hur det gick för alla ${number.format(n)} åtgärderna.`
            : `Kommunens uppföljning säger hur det gick för ${number.format(known)} av de ${number.format(n)} åtgärderna.`,
      }),
    /** `n` plan years, worded as `years` */
    unlisted: (years: string, n: number, name: string) =>
      `Insyn har inte hela ${plural(n, { one: 'listan', other: 'listorna' })} med åtgärder för ${years}. Därför kan fler åtgärder gälla ${name}.`,
    measuresHeading: (name: string) => `Åtgärder som gäller ${name}`,
    measuresLead: 'Insyn förklarar varje åtgärd med enkla ord. Det är Insyns ord, inte kommunens.',
    followUpsHeading: 'Vad säger kommunens uppföljningar?',
    followUpsLead: 'Uppföljningen gäller hela planen. Den säger inte vilka åtgärder som gäller ditt område.',
    notesHeading: 'Vad säger partierna?',
    notes: (name: string, n: number) =>
      plural(n, {
        one: `Ett parti har skrivit om ${name} i 1 protokollsanteckning.`,
        other: `Partier har skrivit om ${name} i ${number.format(n)} protokollsanteckningar.`,
      }),
    notesLink: 'Läs protokollsanteckningarna på vanlig svenska',
    unspecifiedHeading: 'Åtgärder utan område',
    /** the page's parts in "På sidan", in the page's order */
    nav: {
      changed: 'Siffror',
      measures: 'Åtgärder',
      followUps: 'Uppföljningar',
      notes: 'Partierna',
      unspecified: 'Utan område',
    },
    unspecified: (n: number) =>
      plural(n, {
        one: 'Ingen källa säger vilket område den här åtgärden gäller. Den kan gälla hela Linköping.',
        other: `Ingen källa säger vilket område de här ${measures(n)} gäller. De kan gälla hela Linköping.`,
      }),
  },
} as const;
