/**
 * About Insyn in easy-read Swedish (pages/lattlast/om.astro).
 */
import { segregation } from './shared.ts';

export const words = {
  about: {
    title: 'Om Insyn',
    description:
      'Vad Insyn är, var uppgifterna kommer ifrån och hur du säger till om ett fel. På lättläst svenska.',
    heading: 'Om Insyn',
    intro: [
      'Insyn är en webbplats.',
      'Här kan du läsa om Linköpings kommuns planer mot segregation.',
      segregation,
      'Planerna gäller särskilt Berga, Ryd och Skäggetorp.',
      'Insyn är gjord för dig som bor där. Den är också gjord för journalister och politiker.',
    ],
    sourcesHeading: 'Var kommer uppgifterna ifrån?',
    unknownHeading: 'När vi inte vet',
    unknown: [
      'Ibland säger ingen källa hur det gick. Då skriver vi: Det vet vi inte.',
      'Vi gissar aldrig.',
      'Insyn har inte alla listor med kommunens åtgärder. Därför vet vi inte allt.',
    ],
    easyHeading: 'Sidorna på lättläst svenska',
    easy: [
      'Insyn har skrivit några sidor på lättläst svenska.',
      'Texterna är Insyns egna ord. De är inte kommunens ord.',
      'Alla sidor finns inte på lättläst svenska. De andra sidorna finns på vanlig svenska.',
    ],
    reportHeading: 'Har du hittat ett fel?',
    report: [
      'Skriv till Insyn.',
      'Berätta vilken sida det gäller och vad som är fel.',
      'Skicka gärna med en länk till det som är rätt.',
    ],
    reportLink: 'Skriv till Insyn om ett fel',
    reportSubject: 'Fel på en sida på lättläst svenska',
    reportBeside:
      'Vid varje källa finns också en länk som heter Rapportera fel. Den skriver namnet på sidan åt dig.',
    corrections: 'Insyn rättar fel öppet. Alla rättelser står på en egen sida.',
    correctionsLink: 'Rättelser, på vanlig svenska',
  },
} as const;
