/**
 * Easy-read words for what a fact may be called (src/lib/sources/evidence.ts): the labels of
 * events and decisions, who says it, and how sure a measure is. The easy-read measure, district
 * and home pages use them; who says it comes from the same derivation as the standard pages.
 */
import { measures, plural } from './shared.ts';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export const words = {
  evidence: {
    /** the label of an event, in easy words */
    labels: {
      decision: 'Beslut',
      agreement: 'Överenskommelse',
      record: 'Från kommunens papper',
      municipality: 'Kommunen berättar',
      authority: (who: string) => `${capital(who)} berättar`,
      statistics: 'Siffror',
      news: 'Nyhet',
      according: (who: string) => `${capital(who)} skriver`,
    },
    /** who says it, as its own sentence */
    says: (who: string) => `Det här kommer från ${who}.`,
    /** under everything that is somebody's word, not the acting body's own */
    notSure: 'Det är inte säkert att det stämmer.',
    /** how sure it is that a measure is in the plan */
    certainty: {
      high: 'Planen säger själv att åtgärden finns.',
      medium: 'Planen finns inte hos Insyn. En annan text säger att åtgärden finns i planen.',
      low: 'Det är inte säkert att det här är en åtgärd i planen.',
    },
    /** an uncertain measure's plan years: never "Åtgärden finns i planen" */
    inPlansUncertain: (years: string) =>
      `En källa räknar åtgärden till ${years}. Det är inte säkert att den finns i planen.`,
    /** where that knowledge comes from */
    restsOn: (who: string) => `Det vi vet kommer från ${who}.`,
    /** "Insyn känner till 3 åtgärder. 2 av dem är osäkra." */
    uncertain: (n: number) =>
      plural(n, {
        one: '1 av dem är osäker. Det är inte säkert att den finns i planen.',
        other: `${n} av dem är osäkra. Det är inte säkert att de finns i planen.`,
      }),
    /** under a district's name on the home page: "2 åtgärder, 1 osäker" (counts never imply certainty) */
    count: (n: number, uncertain: number) =>
      `${n === 0 ? 'Ingen åtgärd som Insyn känner till' : measures(n)}${uncertain > 0 ? `, ${uncertain} ${plural(uncertain, { one: 'osäker', other: 'osäkra' })}` : ''}`,
    /** where the facts come from: the easy-read home and about pages */
    sources: [
      'Många uppgifter kommer från kommunens egna papper, till exempel beslut och protokoll.',
      'Andra uppgifter kommer från tidningar, partier, myndigheter och andra. Då skriver vi vem som säger det.',
      'Vid varje uppgift finns en länk till källan. Där kan du läsa själv.',
      'Ibland vet vi inte hur det gick. Då skriver vi: Det vet vi inte.',
    ],
    /** sources that disagree */
    conflict: 'Källorna säger olika saker. Insyn visar båda.',
  },
} as const;
