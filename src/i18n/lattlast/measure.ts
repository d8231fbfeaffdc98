/**
 * A measure's easy-read page (pages/lattlast/atgarder/[id].astro, components/lattlast/EasyEvent.astro, Caveat.astro).
 */
import { lowerFirst, number, plural } from './shared.ts';

export const words = {
  measure: {
    description: (title: string) => `${title}: vad åtgärden är och vad vi vet om den. På lättläst svenska.`,
    answerLabel: 'Svaret för åtgärden',
    paraphrasedTitle: 'Insyn har skrivit namnet på åtgärden. Det är inte planens eget namn.',
    statusQuestion: 'Har kommunen gjort det här?',
    noStatusWhy: 'Ingen uppföljning säger hur det gick.',
    status: (year: number, label: string) => `Kommunens uppföljning av planen för ${year} säger: ${label}.`,
    unknownMeans: 'Okänd betyder att ingen källa säger hur det gick.',
    inPlans: (years: string) => `Åtgärden finns i planen för ${years}.`,
    numbered: (number: string, year: number) => `Den har nummer ${number} i planen för ${year}.`,
    noNumber: 'Vi vet inte vilket nummer åtgärden har i planen.',
    absent: (years: string) => `Åtgärden finns inte i planen för ${years}.`,
    unlisted: (years: string) => `Finns åtgärden i planen för ${years}?`,
    /** the question above and its answer ("Det vet vi inte.") in one line, on the measure's own page */
    unlistedUnknown: (years: string) => `Vi vet inte om åtgärden finns i planen för ${years}.`,
    uncertainHeading: 'Osäker uppgift',
    uncertainStandard: 'Varningen på vanlig svenska',
    whatHeading: 'Vad är åtgärden?',
    whatLead: 'Insyn förklarar med enkla ord. Det är Insyns ord, inte kommunens.',
    /** the lead when Insyn also wrote the measure's name (paraphrasedTitle, said once) */
    whatLeadWithName: 'Insyn har skrivit namnet och texten med enkla ord. Det är Insyns ord, inte kommunens.',
    noSummary: 'Insyn har inte skrivit om den här åtgärden på lättläst svenska ännu.',
    fromNote: (party: string) => `Det vi vet om åtgärden kommer från en protokollsanteckning från ${party}.`,
    plansHeading: 'I vilka planer finns åtgärden?',
    whereHeading: 'Var gäller åtgärden?',
    /** before the areas' links */
    whereLead: 'Åtgärden gäller de här områdena:',
    nowhere: 'Ingen källa säger vilket område åtgärden gäller. Den kan gälla hela Linköping.',
    eventsHeading: 'Det här har hänt',
    eventsLead: 'Vi skriver vem som säger det.',
    /** before the events when there are older ones to open */
    eventsOrder: 'Det nyaste står först.',
    /** the button that opens the older events */
    olderEvents: (n: number) => `Visa ${n} äldre händelser`,
    decidedBy: (body: string) => `Det här bestämde ${lowerFirst(body)}.`,
    inferred: {
      medium: 'Insyn tror att det här hör till åtgärden. Men källan säger det inte.',
      low: 'Det här kanske hör till åtgärden. Det är osäkert. Källan säger det inte.',
    },
    standardOnly: 'Den här texten finns bara på vanlig svenska:',
    notesHeading: 'Vad säger partierna?',
    notes: (n: number) =>
      plural(n, {
        one: 'Ett parti har skrivit om åtgärden i 1 protokollsanteckning.',
        other: `Partier har skrivit om åtgärden i ${number.format(n)} protokollsanteckningar.`,
      }),
    notesLink: 'Läs protokollsanteckningarna på vanlig svenska',
  },
} as const;
