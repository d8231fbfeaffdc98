/**
 * Easy-read Swedish (lättläst): the words and sentences of the pages under /lattlast/.
 * Its own object, not a Dict: easy-read pages are fewer and say things differently,
 * following MTM ("Så skriver du lättläst samhällsinformation"): the most important
 * first, one idea per sentence, everyday words, a needed hard word explained where it
 * first appears, numbers as digits, no abbreviations. The sentence builders only
 * word facts; which facts apply is decided from the data in src/lib/easy-read/facts.ts.
 * Insyn wrote these texts; `review` says whether a person who reads easy-read
 * Swedish has checked them (an AI or a machine is not a reviewer).
 */
import type { Review } from '../schemas/review.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import { indicatorsEasy } from './lattlast/indicators.ts';

const number = new Intl.NumberFormat('sv-SE');
const list = (items: string[]) => new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(items);
/** "1 åtgärd", "3 åtgärder" */
const measures = (n: number) => `${number.format(n)} ${n === 1 ? 'åtgärd' : 'åtgärder'}`;
/** [[2021, 2023], [2025, 2026]] → "2021 till 2023, 2025 och 2026": "till" only for 3 years or more */
const spans = (ranges: [number, number][]) =>
  list(
    ranges.flatMap(([from, to]) =>
      to - from >= 2 ? [`${from} till ${to}`] : [...new Set([from, to])].map(String),
    ),
  );
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

const review: Review = { status: 'unreviewed' };
const segregation = 'Segregation betyder att olika grupper av människor bor var för sig och sällan möts.';

export const lattlast = {
  /** the review of the texts in this file (the texts in content/lattlast/ carry their own) */
  review,
  /** years as spans, for sentences about several plan years */
  years: spans,
  /** the same answer to every unknown, never filled in */
  unknown: 'Det vet vi inte.',

  /** The box on every page: who wrote the text, whether it is checked, the way to the standard page. */
  notice: {
    label: 'Om texten på sidan',
    written: 'Insyn har skrivit den här sidan på lättläst svenska. Det är Insyns ord, inte kommunens.',
    unreviewed: 'Ingen har kontrollerat texten ännu.',
    reviewed: (by: string, date: string) => `${by} har kontrollerat texten ${date}.`,
    standard: 'Läs sidan på vanlig svenska',
    /** a page with no standard counterpart (how to ask for a document) */
    onlyHere: 'Den här sidan finns bara på lättläst svenska.',
    standardHome: 'Insyn på vanlig svenska',
  },

  /** Hard words, explained once where they first appear on a page. */
  words: {
    measure: 'En åtgärd är något som kommunen lovar att göra.',
    plan: 'En plan är en lista med åtgärder mot segregation.',
    followUp: 'En uppföljning är när kommunen tittar på vad som blev gjort.',
    note: 'En protokollsanteckning är en text som ett parti skriver i protokollet från ett möte. Den är inte ett beslut.',
    body: 'En nämnd är en grupp politiker i kommunen. Nämnden bestämmer över en del av kommunens arbete.',
    segregation,
  },

  /** A source link in easy words (src/components/lattlast/EasySource.astro). */
  source: {
    label: 'Källa',
    /** a news site, a party, a translation: not the municipality */
    secondary: 'Källan är inte kommunen.',
    report: 'Rapportera fel',
    reportContext: (label: string) => ` i uppgiften med källan ${label}`,
    /** document kinds as the start of a source's name ("Protokoll 14 februari 2023") */
    kinds: {
      decision: 'Beslut',
      minutes: 'Protokoll',
      'press-release': 'Pressmeddelande',
      'grant-application': 'Ansökan',
      'follow-up': 'Uppföljning',
      plan: 'Plan',
    } as Record<string, string>,
    /** a paragraph inside a party's protocol note */
    note: (party: string, date: string) => `Protokollsanteckning från ${party}, ${date}`,
  },

  /** A measure in a list (district and plan pages). */
  card: {
    status: (year: number) => `Status i planen för ${year}:`,
  },

  /** The menu of easy-read pages at the end of every page. */
  more: {
    heading: 'Fler sidor på lättläst svenska',
    home: 'Början: vad gör kommunen i ditt område?',
    glossary: 'Vad betyder orden?',
    about: 'Om Insyn',
    ask: 'Så får du läsa kommunens papper',
  },

  home: {
    title: 'Insyn på lättläst svenska',
    description:
      'Vad Linköpings kommun lovar att göra mot segregation i Berga, Ryd och Skäggetorp, och vad kommunen säger att den har gjort. På lättläst svenska.',
    heading: 'Vad gör kommunen i ditt område?',
    /** the answer: the districts first (their names from the data) */
    lead: (names: string[]) => `Här kan du läsa vad Linköpings kommun lovar att göra i ${list(names)}.`,
    choose: 'Välj ditt område:',
    districtsLabel: 'Områdena',
    aboutHeading: 'Vad är Insyn?',
    intro: [
      'Insyn är en webbplats om Linköpings kommun.',
      'Här kan du läsa vad kommunen lovar att göra mot segregation.',
      segregation,
      'Du kan också läsa vad kommunen säger att den har gjort.',
    ],
    /** under a district's name on its button */
    districtCount: (n: number) => (n === 0 ? 'Ingen åtgärd som Insyn känner till' : measures(n)),
    plansHeading: 'Kommunens planer',
    plansLead: 'Kommunen gör en ny plan varje år.',
    planLink: (year: number) => `Planen för ${year}`,
    planCount: (n: number | null) =>
      n === null ? 'Hur många åtgärder? Det vet vi inte.' : `Planen har ${measures(n)}.`,
    sourcesHeading: 'Var kommer uppgifterna ifrån?',
    sources: [
      'Uppgifterna kommer från kommunens egna papper, till exempel beslut och protokoll.',
      'Vid varje uppgift finns en länk till källan.',
      'Ibland vet vi inte hur det gick. Då skriver vi: Det vet vi inte.',
    ],
    notAll: 'Alla sidor på Insyn finns inte på lättläst svenska. De andra sidorna finns på vanlig svenska.',
  },

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
    noStatus: (n: number) => (n === 1 ? 'Har kommunen gjort den?' : 'Har kommunen gjort dem?'),
    noStatusWhy: 'Ingen uppföljning säger hur det gick för de här åtgärderna.',
    someStatus: (known: number, n: number) =>
      n === 1
        ? 'Kommunens uppföljning säger hur det gick för åtgärden.'
        : known === n
          ? `Kommunens uppföljning säger hur det gick för alla ${number.format(n)} åtgärderna.`
          : `Kommunens uppföljning säger hur det gick för ${number.format(known)} av de ${number.format(n)} åtgärderna.`,
    /** `n` plan years, worded as `years` */
    unlisted: (years: string, n: number, name: string) =>
      `Insyn har inte hela ${n === 1 ? 'listan' : 'listorna'} med åtgärder för ${years}. Därför kan fler åtgärder gälla ${name}.`,
    measuresHeading: (name: string) => `Åtgärder som gäller ${name}`,
    measuresLead: 'Insyn förklarar varje åtgärd med enkla ord. Det är Insyns ord, inte kommunens.',
    readMore: (title: string) => `Läs mer om åtgärden ${title}`,
    followUpsHeading: 'Vad säger kommunens uppföljningar?',
    followUpsLead: 'Uppföljningen gäller hela planen. Den säger inte vilka åtgärder som gäller ditt område.',
    notesHeading: 'Vad säger partierna?',
    notes: (name: string, n: number) =>
      n === 1
        ? `Ett parti har skrivit om ${name} i 1 protokollsanteckning.`
        : `Partier har skrivit om ${name} i ${number.format(n)} protokollsanteckningar.`,
    notesLink: 'Läs protokollsanteckningarna på vanlig svenska',
    unspecifiedHeading: 'Åtgärder utan område',
    unspecified: (n: number) =>
      n === 1
        ? 'Ingen källa säger vilket område den här åtgärden gäller. Den kan gälla hela Linköping.'
        : `Ingen källa säger vilket område de här ${measures(n)} gäller. De kan gälla hela Linköping.`,
  },

  plan: {
    title: (year: number) => `Planen för ${year}`,
    description: (year: number) =>
      `Kommunens plan mot segregation för ${year}: hur många åtgärder den har och vad uppföljningen säger. På lättläst svenska.`,
    heading: (year: number) => `Kommunens plan för ${year}`,
    answerLabel: (year: number) => `Svaret för planen ${year}`,
    count: (n: number) => `Planen har ${measures(n)}.`,
    countUnknown: 'Hur många åtgärder har planen?',
    whatHeading: 'Vad är en plan?',
    everyYear: 'Kommunen gör en ny plan varje år.',
    knownHeading: 'Åtgärder som Insyn känner till',
    known: (k: number, n: number | null) =>
      k === 0
        ? 'Insyn känner inte till någon av planens åtgärder.'
        : n === null
          ? `Insyn känner till ${measures(k)} i planen.`
          : `Insyn känner till ${number.format(k)} av planens ${measures(n)}.`,
    uncertain: (n: number) =>
      n === 1
        ? '1 av dem är osäker. Det är inte säkert att den finns i planen.'
        : `${number.format(n)} av dem är osäkra. Det är inte säkert att de finns i planen.`,
    notListed: 'Insyn har inte hela listan med åtgärder.',
    ask: 'Så kan du be kommunen om listan',
  },

  /** What a follow-up says, for a plan page and a district page. */
  followUp: {
    year: (year: number) => `Uppföljningen av planen för ${year}`,
    /** a count by status id; other statuses fall back to "Ord: n" */
    counts: {
      genomford: (n: number) =>
        n === 1 ? '1 åtgärd är genomförd. Den är gjord.' : `${measures(n)} är genomförda. De är gjorda.`,
      pagar: (n: number) =>
        n === 1 ? '1 åtgärd pågår. Den är inte klar.' : `${measures(n)} pågår. De är inte klara.`,
      'ej-genomford': (n: number) =>
        n === 1 ? '1 åtgärd är inte genomförd.' : `${measures(n)} är inte genomförda.`,
    } as Record<string, (n: number) => string>,
    other: (label: string, n: number) => `${label}: ${measures(n)}.`,
    total: (n: number) => `Planen hade ${measures(n)}.`,
    whichUnknown: 'Vilka åtgärder är gjorda? Det säger inte uppföljningen.',
    noCounts: (year: number) =>
      `Kommunen har följt upp planen för ${year}. Men hur många åtgärder blev gjorda?`,
    /** `n` plan years, worded as `years` */
    none: (years: string, n: number) =>
      `Insyn har ingen uppföljning av ${n === 1 ? 'planen' : 'planerna'} för ${years}.`,
    noneOne: 'Insyn har ingen uppföljning av den här planen.',
    standard: 'Mer om uppföljningen på vanlig svenska',
  },

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
    uncertainHeading: 'Osäker uppgift',
    uncertainStandard: 'Varningen på vanlig svenska',
    whatHeading: 'Vad är åtgärden?',
    whatLead: 'Insyn förklarar med enkla ord. Det är Insyns ord, inte kommunens.',
    noSummary: 'Insyn har inte skrivit om den här åtgärden på lättläst svenska ännu.',
    fromNote: (party: string) => `Det vi vet om åtgärden kommer från en protokollsanteckning från ${party}.`,
    plansHeading: 'I vilka planer finns åtgärden?',
    whereHeading: 'Var gäller åtgärden?',
    where: (names: string[]) => `Åtgärden gäller ${list(names)}.`,
    nowhere: 'Ingen källa säger vilket område åtgärden gäller. Den kan gälla hela Linköping.',
    eventsHeading: 'Det här har hänt',
    eventsLead: 'Här står det som har hänt. Vi skriver vem som säger det.',
    /** event kinds in easy words */
    kinds: {
      decision: 'Beslut',
      report: 'Kommunen berättar',
      news: 'Nyhet',
      claim: 'Någon säger',
    },
    according: (who: string) => `Det här kommer från ${who}.`,
    claim: 'Det är inte säkert att det stämmer.',
    decidedBy: (body: string) => `Det här bestämde ${lowerFirst(body)}.`,
    inferred: {
      medium: 'Insyn tror att det här hör till åtgärden. Men källan säger det inte.',
      low: 'Det här kanske hör till åtgärden. Det är osäkert. Källan säger det inte.',
    },
    standardOnly: 'Den här texten finns bara på vanlig svenska:',
    notesHeading: 'Vad säger partierna?',
    notes: (n: number) =>
      n === 1
        ? 'Ett parti har skrivit om åtgärden i 1 protokollsanteckning.'
        : `Partier har skrivit om åtgärden i ${number.format(n)} protokollsanteckningar.`,
    notesLink: 'Läs protokollsanteckningarna på vanlig svenska',
  },

  glossary: {
    title: 'Vad betyder orden?',
    description:
      'Vad orden Genomförd, Pågår, Ej genomförd och Okänd betyder, och några andra svåra ord. På lättläst svenska.',
    heading: 'Vad betyder orden?',
    lead: 'Här förklarar vi orden som står på sidorna.',
    statusHeading: 'Ord om hur det gick',
    statusLead: ['Kommunen följer upp planen efter året.', 'Då får varje åtgärd ett av de här orden.'],
    statusSource: 'Ordet kommer från kommunens uppföljning.',
    unknownOurs: 'Okänd är Insyns ord. Det är inte kommunens ord.',
    wordsHeading: 'Andra svåra ord',
    more: 'Fler ord finns i ordlistan på vanlig svenska',
  },

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
    sources: [
      'Uppgifterna kommer från kommunens egna papper. Det är beslut, protokoll och pressmeddelanden.',
      'Ibland kommer en uppgift från en annan källa, till exempel en tidning. Då skriver vi det.',
      'Vid varje uppgift finns en länk till källan. Där kan du läsa själv.',
    ],
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
    afterHeading: 'Har du fått en handling?',
    after: 'Skicka den gärna till Insyn. Då kan vi visa mer.',
    afterLink: 'Skicka handlingen till Insyn',
    afterSubject: 'En handling från kommunen',
  },

  /** the district's figures over time (src/i18n/lattlast/indicators.ts) */
  indicators: indicatorsEasy,
} as const;

export type Lattlast = typeof lattlast;
