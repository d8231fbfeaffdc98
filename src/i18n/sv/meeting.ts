/**
 * Minutes: the list (pages/[...lang]/protokoll/index.astro), a paragraph's page (protokoll/[id].astro) and a
 * party's note in it (components/meeting/NoteCard.astro); a paragraph and counted notes wherever they are named.
 */
import { countedNoun } from '../plural.ts';

export const words = {
  meeting: {
    decisions: 'Beslut',
    information: 'Information i ärendet',
    notes: 'Protokollsanteckningar',
    summary: 'Insyns sammanfattning',
    namesMeasures: 'Nämner åtgärder',
    topics: 'Ämnen',
    readFull: 'Läs hela anteckningen i protokollet',
    /** opens a note's summary and quotations where it is one of several (a district page) */
    open: 'Vad anteckningen säger',
    diary: 'Diarienummer',
    /** a protocol paragraph: "Kommunstyrelsen 14 februari 2023 § 31" (body and date come before) */
    paragraph: (n: number) => `§ ${n}`,
    /** "1 protokollsanteckning", "3 protokollsanteckningar"; `shown` is the number already formatted */
    noteCount: countedNoun('sv', { one: '# protokollsanteckning', other: '# protokollsanteckningar' }),
    /** /protokoll/ */
    list: {
      description:
        'Paragrafer ur kommunens protokoll om åtgärdsplanerna mot segregation, med beslut och partiernas protokollsanteckningar.',
      lead: 'Paragrafer ur protokoll där planerna mot segregation behandlas, med beslut och protokollsanteckningar.',
    },
    /** /protokoll/<id>/ */
    page: {
      description: (title: string) => `${title}. Beslut och protokollsanteckningar.`,
      concerns: 'Gäller',
      plan: (year: number) => `plan ${year}`,
      informationLead: 'Insyns sammanfattning, med hänvisning till stycket i protokollet.',
    },
  },
} as const;
