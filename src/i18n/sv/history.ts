/**
 * How a measure changed between plan years: the steps on a measure's page (components/measure/StepChanges.astro,
 * WordDiff.astro) and two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, measure/ChangeList.astro),
 * whose sentences src/lib/plan/compare.ts builds.
 */

export const words = {
  history: {
    changes: 'Vad ändrades',
    step: (from: number, to: number) => `Från ${from} till ${to}`,
    gap: 'Däremellan',
    onlyOneYear: 'Åtgärden finns dokumenterad i ett enda planår, så det finns inget att jämföra än.',
    noKnownChanges: 'Inga kända ändringar.',
    unknownFields: 'Okänt om detta ändrades, eftersom ingen källa anger det för båda åren',
    fields: {
      number: 'nummer',
      wording: 'lydelse',
      area: 'utvecklingsområde',
      districts: 'områden',
      responsible: 'ansvar',
      status: 'status',
    },
    removed: 'borttaget',
    added: 'tillagt',
    diffLegend: 'Ord som togs bort är överstrukna, ord som kom till är understrukna.',
    /** A change between two plan years, in one sentence (src/lib/plan/compare.ts); ChangeList adds the full stop. */
    changed: {
      number: (from: string, to: string) => `Nummer ändrades från ${from} till ${to}`,
      wording: 'Lydelsen ändrades',
      area: (from: string, to: string) => `Utvecklingsområde ändrades från ${from} till ${to}`,
      districts: (from: string, to: string) => `Områden ändrades från ${from} till ${to}`,
      /** some of the responsible stay */
      responsibleChanged: (from: string, to: string) => `Ansvar ändrades från ${from} till ${to}`,
      /** none of the responsible stay */
      responsibleMoved: (from: string, to: string) => `Ansvar flyttades från ${from} till ${to}`,
      status: (from: string, to: string) => `Status ändrades från ${from} till ${to}`,
    },
  },
} as const;
