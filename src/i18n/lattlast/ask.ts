/**
 * How to ask the municipality for a document (pages/lattlast/fraga-kommunen.astro).
 */
import type { SourceRef } from '../../schemas/source-ref.ts';

export const words = {
  /**
   * How to ask the municipality for a document. The rights are general law
   * (tryckfrihetsförordningen 2 kap. 1, 2, 4, 15, 16 och 18 §§; offentlighets- och
   * sekretesslagen 6 kap. 3 §); the contact details are the municipality's own words in
   * its press release of December 2020 (`contact.source`), nothing more.
   */
  ask: {
    title: 'Så får du läsa kommunens papper',
    description:
      'Du har rätt att läsa kommunens allmänna handlingar. Så frågar du Linköpings kommun. På lättläst svenska.',
    heading: 'Så får du läsa kommunens papper',
    answerLabel: 'Svaret',
    answer: [
      'Du har rätt att läsa kommunens papper.',
      'Det kallas offentlighetsprincipen.',
      'Papperen kallas allmänna handlingar.',
      'En allmän handling är ett papper eller en fil som kommunen har. Det kan vara ett beslut, ett protokoll eller en plan.',
    ],
    rightsHeading: 'Dina rättigheter',
    rights: [
      'Alla får fråga.',
      'Du behöver inte säga vem du är.',
      'Du behöver inte säga varför du vill läsa handlingen.',
      'Kommunen ska svara så snart som möjligt.',
      'Du får läsa handlingen hos kommunen utan att betala.',
      'Vill du ha en kopia? Då kan kommunen ta betalt.',
      'Några handlingar är hemliga. Dem får du inte läsa.',
    ],
    law: 'Det här står i en lag som heter tryckfrihetsförordningen, kapitel 2.',
    noHeading: 'Om kommunen säger nej',
    no: [
      'Då kan du be om ett skriftligt beslut.',
      'Ett skriftligt beslut kan du överklaga. Det betyder att en domstol tittar på beslutet igen.',
    ],
    noLaw: 'Det här står i offentlighets- och sekretesslagen, kapitel 6.',
    howHeading: 'Så gör du',
    how: [
      'Kontakta Linköpings kommun.',
      'Du kan ringa eller skriva.',
      'Säg vilken handling du vill läsa.',
      'Du kan be att få en kopia.',
    ],
    contact: {
      intro: 'Så här skrev kommunen om sig själv i ett pressmeddelande i december 2020:',
      lines: ['Linköpings kommun', 'Storgatan 58', '581 81 Linköping', 'Telefon: 013-20 60 00'],
      changed: 'Uppgifterna kan ha ändrats sedan dess.',
      /** the address (st-25) and the telephone number (st-26) in the press release */
      sources: [
        { document: 'pm-2020-12-samordningsplan', anchor: 'st-25' },
        { document: 'pm-2020-12-samordningsplan', anchor: 'st-26' },
      ] satisfies SourceRef[],
      sourceLabels: ['Källa för adressen', 'Källa för telefonnumret'],
      web: 'Kommunens webbplats: linkoping.se',
      /** the municipality's own address, as its press release gives it (shared/seeds/002) */
      webHref: 'https://www.linkoping.se/',
    },
    whatHeading: 'Vad kan du be om?',
    what: 'Insyn har inte kommunens listor med åtgärder. Du kan be kommunen om dem.',
    hintLead: 'Skriv så här. Då förstår kommunen vilken handling du menar:',
    hint: (year: number) => `Planen för ${year}`,
    /** the way to /saknas/: every missing document with a ready letter (a standard page) */
    missing:
      'Det finns fler handlingar som Insyn inte har. På en annan sida finns ett färdigt brev för varje handling.',
    missingLink: 'Handlingar som saknas (vanlig svenska)',
    afterHeading: 'Har du fått en handling?',
    after: 'Skicka den gärna till Insyn. Då kan vi visa mer.',
    afterLink: 'Skicka handlingen till Insyn',
    afterSubject: 'En handling från kommunen',
  },
} as const;
