/**
 * The home page (pages/[...lang]/index.astro); its chart's words are in charts.ts.
 */

export const words = {
  home: {
    description:
      'Vad Linköpings kommun lovar och gör mot segregation i Berga, Ryd och Skäggetorp: planer, åtgärder, uppföljningar och protokoll, med källor.',
    heading: 'Vad gör Linköping mot segregation?',
    lead: 'Varje år beslutar kommunen en plan med åtgärder mot segregation. Planerna gäller särskilt Berga, Ryd och Skäggetorp. Här kan du se vad planerna lovar, vad källorna säger har gjorts och vad politikerna har sagt. Varje uppgift har en källa.',
    yourDistrict: 'Ditt område',
    plans: 'Planerna',
    latestMeetings: 'Senaste protokollen',
    about: 'Om Insyn: var uppgifterna kommer ifrån och vad statusorden betyder',
  },
} as const;
