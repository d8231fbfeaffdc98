/**
 * Two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, planer/_components/ComparedList.astro,
 * ComparisonSummary.astro) and the links to it from a plan's page; the sentences of the changes are in history.ts.
 */
import { measures } from './grammar.ts';

export const words = {
  compare: {
    title: (from: number, to: number) => `Plan ${from} jämförd med plan ${to}`,
    link: (from: number, to: number) => `Jämför planerna ${from} och ${to}`,
    section: 'Jämför med andra planår',
    listed: (year: number) => `Hela listan över åtgärderna i planen ${year} finns hos Insyn.`,
    notListed: (year: number) => `Listan över åtgärderna i planen ${year} finns inte hos Insyn.`,
    summary: 'Sammanfattning',
    added: 'Nya åtgärder',
    removed: 'Åtgärder som försvann',
    renumbered: 'Nytt nummer',
    changed: 'Ändrade åtgärder',
    unchanged: 'Utan kända ändringar',
    cannotAdded: (from: number) => `Kan inte avgöras utan planens lista för ${from}`,
    cannotRemoved: (to: number) => `Kan inte avgöras utan planens lista för ${to}`,
    partial: 'Jämförelsen är ofullständig. Insyn visar bara det som källorna säger om båda åren.',
    laterOnly: (from: number, to: number) =>
      `Dokumenterade i ${to} men inte i ${from}: okänt om de fanns i planen ${from}`,
    earlierOnly: (from: number, to: number) =>
      `Dokumenterade i ${from} men inte i ${to}: okänt om de finns kvar i planen ${to}`,
    nothing: 'Inga.',
    matching:
      'Åtgärderna följs mellan åren genom Insyns fasta id, inte genom numret, så en åtgärd med nytt nummer räknas som samma åtgärd.',
    measure: 'Åtgärd',
    page: {
      description: (from: number, to: number) =>
        `Vilka åtgärder som kom till, försvann, fick nytt nummer eller ändrades mellan planen ${from} och planen ${to}.`,
      /** a section heading with its count: "Nya åtgärder (2 åtgärder)" */
      heading: (label: string, n: number) => `${label} (${measures(n)})`,
    },
  },
} as const;
