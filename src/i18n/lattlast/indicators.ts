/**
 * Easy-read Swedish for the districts' figures over time, on /lattlast/omraden/<id>/
 * (src/components/lattlast/EasyIndicators.astro). One or two short sentences per figure,
 * numbers as digits, the same caveat as the standard page. Which figures apply is decided in
 * src/lib/easy-read/indicator-lines.ts.
 */
import { list } from './shared.ts';

type Unit = 'procent' | 'personer' | 'invånare';
type Qualifier = 'about' | 'just-under' | 'just-over';

const qualifiers: Record<Qualifier, string> = {
  about: 'cirka',
  'just-under': 'knappt',
  'just-over': 'drygt',
};

export const words = {
  indicators: {
    heading: (name: string) => `Har något ändrats i ${name}?`,
    lead: 'Här är siffror om området från olika år. Siffrorna kommer från kommunen och från andra källor.',
    /** the same caveat as the standard page, in easy words */
    caveat: 'Siffrorna säger inte om planen hjälpte.',
    planStart: (year: number) => `Kommunens första plan mot segregation började ${year}.`,
    /** "18,3 procent", "cirka 7 000 invånare"; `n` is already formatted */
    value: (n: string, unit: Unit, qualifier?: Qualifier) =>
      `${qualifier ? `${qualifiers[qualifier]} ` : ''}${n} ${unit}`,
    /**
     * "18,3 procent i mars 2020", "knappt 68 procent år 2018"; with the area where it is not the
     * district itself: "81,0 procent i Rosendal år 2021". `month` says whether `when` is a month.
     */
    at: (value: string, when: string, month: boolean, area?: string) =>
      `${value}${area ? ` i ${area}` : ''} ${month ? `i ${when}` : `år ${when}`}`,
    /** a figure without a year, with its area where it is not the district itself */
    in: (value: string, area?: string) => `${value}${area ? ` i ${area}` : ''}`,
    /** the first sentence: what is counted (and where, when all its figures are for one other area) and the figures */
    figures: (title: string, values: string[], area?: string) =>
      `${title}${area ? `, i ${area}` : ''}: ${list(values)}.`,
    /** a figure without a year */
    noYear: 'Källan säger inte vilket år siffran gäller.',
    /** a change the source states, in percentage points or a count */
    change: (title: string, from: string, to: string, amount: string, unit: Unit, fell: boolean) =>
      `${title}: från ${from} till ${to} gick siffran ${fell ? 'ner' : 'upp'} med ${amount} ${unit === 'procent' ? 'procentenheter' : unit}.`,
    /** a series another source disagrees with */
    disagree: 'Källorna säger olika saker. De räknar nog på olika sätt.',
    more: 'Läs alla siffror och källor på vanlig svenska',
  },
} as const;
