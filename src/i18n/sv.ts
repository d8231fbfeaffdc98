import { indicators } from './sv/indicators.ts';

/** Every UI string of the site, Swedish first. Content text stays in content/. */
export const sv = {
  site: {
    name: 'Insyn',
    tagline: 'Linköpings arbete mot segregation – öppet för alla',
    skip: 'Hoppa till innehållet',
    navLabel: 'Huvudmeny',
    footer:
      'Insyn samlar kommunens egna beslut, protokoll och uppföljningar om åtgärdsplanerna mot segregation. Varje uppgift har en källa.',
    footerPrivacy: 'Sidan använder inga kakor, ingen analys och inga tjänster utanför den här webbplatsen.',
  },
  nav: {
    home: 'Start',
    plans: 'Planer',
    measures: 'Åtgärder',
    districts: 'Områden',
    meetings: 'Protokoll',
    documents: 'Dokument',
    statistics: 'Statistik',
    sources: 'Källor',
    about: 'Om Insyn',
    accessibility: 'Tillgänglighet',
  },
  languages: {
    menu: 'Språk',
  },
  translation: {
    /** before Insyn's translation of a Swedish quotation (on English/Arabic pages, in that language) */
    mark: 'Insyns översättning, inte officiell',
    /** the notice on a page whose translation no person who reads the language has checked yet */
    unreviewed: 'Insyn har översatt den här sidan. Ingen som läser språket har granskat översättningen ännu.',
    /** a text that has no translation yet and is shown in Swedish */
    onlySwedish: 'på svenska',
  },
  // Phone layout (header, map, tables): issue 17, branch phone.
  header: {
    menu: 'Meny',
  },
  tables: {
    scrollCue: 'Tabellen är bredare än skärmen. Dra i sidled för att se alla kolumner.',
    source: 'Källa',
    region: (caption: string) => `Tabell: ${caption}`,
    documentTable: (block: string) => `stycke ${block}`,
  },
  search: {
    label: 'Sök',
    placeholder: 'Sök åtgärd, beslut, anteckning …',
    button: 'Sök',
    types: {
      atgard: 'Åtgärd',
      anteckning: 'Anteckning',
      beslut: 'Beslut',
      handelse: 'Händelse',
      protokoll: 'Protokoll',
      dokument: 'Dokument',
      plan: 'Plan',
      omrade: 'Område',
      /** an easy-read page (/lattlast/…), found from the Swedish search */
      lattlast: 'Lättläst',
      sida: 'Sida',
      oversikt: 'Översikt',
    },
    filters: {
      typ: 'Typ',
      ar: 'År',
      utvecklingsomrade: 'Utvecklingsområde',
      omrade: 'Område',
      status: 'Status',
      parti: 'Parti (protokollsanteckningar)',
    },
    // --- issue 18: results per unit, date filter, suggestions (search helper) ---
    /** how a result is named in the index (src/lib/search/records.ts) */
    titles: {
      measure: (number: string | null, title: string | null, year: number) =>
        `${number ? `Åtgärd ${number}` : ''}${number && title ? ': ' : ''}${title ?? ''} (plan ${year})`,
      note: (partyAbbr: string, meeting: string) => `${partyAbbr}:s protokollsanteckning, ${meeting}`,
      decision: (n: number, meeting: string) => `Beslut ${n}, ${meeting}`,
      event: (measure: string, kind: string, date: string) => `${measure}: ${kind.toLowerCase()}, ${date}`,
      relatedDecision: (title: string, body: string, date: string) => `${title} (${body}, ${date})`,
    },
    /** short names of bodies as they are cited ("KS 14 februari 2023 § 31"); others keep their full name */
    bodyShort: { Kommunstyrelsen: 'KS' },
    /** a filter's results that have no value in it, so the counts add up to the total */
    without: {
      typ: 'Utan typ',
      ar: 'Utan ett visst år',
      utvecklingsomrade: 'Utan utvecklingsområde',
      omrade: 'Utan område',
      status: 'Utan status (inte åtgärder)',
      parti: 'Utan parti (inte anteckningar)',
    },
    manyDistricts: 'En åtgärd eller anteckning kan gälla flera områden, så talen kan bli fler än träffarna.',
    dateLegend: 'Datum (anteckningar, beslut, händelser, protokoll, dokument)',
    dateFrom: 'Från år',
    dateTo: 'Till år',
    dateAny: 'Alla år',
    planYear: (y: string) => `Plan ${y}`,
    caveat: 'Osäker uppgift',
    noResults: {
      searched: (q: string, filters: string) =>
        filters ? `Du sökte efter ”${q}” med avgränsningarna ${filters}.` : `Du sökte efter ”${q}”.`,
      searchedFilters: (filters: string) => `Du sökte med avgränsningarna ${filters}.`,
      suggest: 'Menade du:',
      withoutFilters: (n: number) =>
        n === 1 ? 'Utan avgränsningarna finns 1 träff.' : `Utan avgränsningarna finns ${n} träffar.`,
      clear: 'Sök utan avgränsningar',
      browse: 'Eller bläddra bland innehållet:',
    },
    // --- end issue 18 ---
    refine: 'Avgränsa',
    clear: 'Rensa alla avgränsningar',
    loading: 'Sökningen laddas …',
    prompt: 'Skriv ett sökord, till exempel ”förskola” eller ”Skäggetorp”.',
    results: (n: number, q: string) =>
      n === 0 ? `Inga träffar för ”${q}”.` : n === 1 ? `1 träff för ”${q}”.` : `${n} träffar för ”${q}”.`,
    filteredResults: (n: number) =>
      n === 0
        ? 'Inga träffar med de här avgränsningarna.'
        : n === 1
          ? '1 träff med avgränsningarna.'
          : `${n} träffar med avgränsningarna.`,
    searchedAs: (q: string) => `Sökt som ”${q}”, så att fler böjningsformer kommer med.`,
    more: 'Visa fler träffar',
    inPage: 'Träffar på sidan',
    failed: 'Sökningen gick inte att ladda. Du kan bläddra bland innehållet i stället:',
    noScript:
      'Sökresultaten behöver JavaScript, som är avstängt i din webbläsare. Du kan bläddra bland innehållet i stället:',
    // --- issue 13: search in each language (search helper) ---
    description: 'Sök bland åtgärder, planer, protokoll, anteckningar och dokument.',
    /** which pages the search page searches, in each language's own words about itself */
    scope: 'Du söker bland de svenska sidorna.',
    /** on a search page in another language: a link to the same words on the Swedish search page */
    inSwedish: 'Sök samma ord på de svenska sidorna',
    /** between a filter's chosen values in "Du sökte med avgränsningarna …": "Typ: Anteckning eller Beslut" */
    or: 'eller',
    /** the date range in "Du sökte med avgränsningarna …" */
    dateLabel: 'Datum',
    // --- end issue 13 ---
  },
  source: {
    label: 'Källa',
    secondary: 'sekundär källa',
    page: 'sida',
    block: 'stycke',
  },
  unknown: 'Okänt',
  status: {
    unknown: 'Okänd',
    legend: 'Status enligt kommunens uppföljning',
  },
  confidence: {
    // What confidence means (is this a measure of the plan?), never whose words the text is: that is `origin`.
    high: 'Säker uppgift',
    medium: 'Från kommunens pressmeddelande, utan nummer i planen',
    low: 'Osäker uppgift',
  },
  measure: {
    one: 'åtgärd',
    many: 'åtgärder',
    number: 'Nummer',
    wording: 'Lydelse',
    area: 'Utvecklingsområde',
    districts: 'Områden',
    responsible: 'Ansvarig',
    status: 'Status',
    year: 'År',
    wholeMunicipality: 'Inte angivet (kan gälla hela kommunen)',
    quote: 'citat ur källan',
    paraphrase: 'Insyns sammanfattning av källan',
    notInPlanUnknown: 'Ingen källa visar om åtgärden finns i planen',
    absent: 'Finns inte i planen',
    notes: 'Protokollsanteckningar som nämner åtgärden',
    history: 'Åtgärden år för år',
  },
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
  },
  cite: {
    heading: 'Citera',
    url: 'Permanent adress',
    citation: 'Referens',
    copy: (what: string) => `Kopiera ${what}`,
    copied: 'Kopierat.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    permanence: 'Adressen ändras inte när planerna numrerar om åtgärderna.',
  },
  redirect: {
    title: (number: string, year: number) => `Åtgärd ${number} i planen ${year}`,
    text: 'Åtgärden har en egen sida med hela sin historia:',
  },
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
    before: 'Före',
    after: 'Efter',
    measure: 'Åtgärd',
  },
  plan: {
    decidedOn: 'Fastställd',
    decidedBy: 'Beslutad av',
    measureCount: 'Antal åtgärder i planen',
    // Words first, and said as what Insyn knows, so the share is never read as progress.
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `Insyn känner till ${documented} av planens åtgärder. Ingen källa anger hur många åtgärder planen har.`
        : `Insyn känner till ${documented} av planens ${stated} åtgärder.`,
    uncertainBefore: (n: number) => `${n} av dem är `,
    uncertainWord: (n: number) => (n === 1 ? 'en osäker uppgift' : 'osäkra uppgifter'),
    notProgress:
      'Det säger inget om hur många åtgärder som är gjorda, bara hur många som finns beskrivna här.',
    uncertain: (n: number) =>
      n === 1 ? '1 av dem är en osäker uppgift.' : `${n} av dem är osäkra uppgifter.`,
    request: 'Begär ut planen',
    followUp: 'Uppföljning',
    noFollowUp: 'Insyn har ingen uppföljning av den här planen.',
    noCounts: 'Uppföljningen finns, men ingen källa anger hur många åtgärder som blev genomförda.',
  },
  meeting: {
    decisions: 'Beslut',
    information: 'Information i ärendet',
    notes: 'Protokollsanteckningar',
    summary: 'Insyns sammanfattning',
    quotes: 'Citat',
    namesMeasures: 'Nämner åtgärder',
    topics: 'Ämnen',
    readFull: 'Läs hela anteckningen i protokollet',
    diary: 'Diarienummer',
  },
  document: {
    kind: {
      decision: 'Beslut',
      minutes: 'Protokoll',
      'press-release': 'Pressmeddelande',
      'grant-application': 'Ansökan',
      'follow-up': 'Uppföljning',
      plan: 'Plan',
    },
    date: 'Datum',
    noDate: 'Dokumentet har inget datum',
    issuer: 'Utfärdare',
    origin: 'Källfil',
    original: 'Originalet',
    draft: 'Utkast',
    transcription: 'Om texten',
    fullText: 'Hela texten',
    page: (n: number) => `Sida ${n}`,
  },
  map: {
    label: 'Karta över områdena i Linköpings kommun',
    caption: 'Samma områden finns som länkar i listan.',
    keys: 'Med tangentbord: tryck på knappen ”Flytta och zooma i kartan”. Flytta sedan kartan med piltangenterna och zooma med + och −. Enter öppnar området mitt på kartan.',
    keysReady:
      'Med tangentbord: flytta kartan med piltangenterna och zooma med + och −. Enter öppnar området mitt på kartan.',
    activate: 'Flytta och zooma i kartan',
    loading: 'Kartan laddas …',
    hintOpen: 'Tryck Enter för att öppna områdets sida.',
    hintNone: 'Inget område mitt på kartan. Flytta kartan med piltangenterna.',
    unavailable: 'Kartan går inte att flytta eller zooma i den här webbläsaren. Alla områden finns i listan.',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    list: 'Områdena',
    naming: 'som nämner området',
  },
  // The map on a phone and by keyboard (issue 17, branch phone).
  mapControls: {
    reset: 'Återställ',
    resetLabel: 'Återställ kartans utsnitt',
    close: 'Stäng kartan',
    closed: 'Kartan är stängd. Bilden av kartan visas igen.',
    twoFingers: 'Använd två fingrar för att flytta kartan.',
    ctrlScroll: 'Håll ned Ctrl och skrolla för att zooma i kartan.',
    cmdScroll: 'Håll ned ⌘ och skrolla för att zooma i kartan.',
    legend: 'Teckenförklaring',
    legendMunicipality: 'Linköpings kommun',
    legendUrbanArea: 'Tätorten Linköping',
    legendFocus: (name: string) => `${name}, området som sidan handlar om (mörkare)`,
    legendOthers: 'De andra områdena (ljusare)',
    legendDistricts: 'Områdena, vart och ett i sin färg',
    /** the short caveat on the map, around its glossary word */
    boundary: {
      before: 'Gränserna är Lantmäteriets ',
      term: 'registreringsdistrikt',
      after: ', inte kommunens stadsdelar.',
    },
    boundaryMore: 'Mer om gränserna',
  },
  district: {
    presenceUnknown: 'Okänt om den finns i planen',
    unknownArea: 'Utvecklingsområde okänt',
  },
  share: {
    ogImageAlt: 'Insyn – Linköpings arbete mot segregation, öppet för alla',
    feed: 'Nytt om åtgärdsplanerna (RSS)',
    districtFeed: (name: string) => `Nytt om ${name} (RSS)`,
  },
  report: {
    link: 'Rapportera fel',
    context: (label: string) => ` i uppgiften med källan ${label}`,
    subject: 'Fel på Insyn',
    body: (page: string, fact: string) =>
      `Sida: ${page}\nUppgift: ${fact}\n\nVad är fel, och var står det rätta (gärna med länk eller dokument)?\n`,
  },
  feed: {
    title: 'Insyn – nytt om Linköpings åtgärdsplaner mot segregation',
    description:
      'Fastställda planer, beslut i protokoll, uppföljningar, protokollsanteckningar, händelser i åtgärdernas historia och rättelser, det senaste först. Varje post länkar till sidan med källorna.',
    districtTitle: (name: string) => `Insyn – nytt om ${name}`,
    districtDescription: (name: string) =>
      `Protokollsanteckningar och händelser i åtgärder som nämner ${name}, och beslut och uppföljningar som gäller hela planen. Det senaste först.`,
  },
  data: {
    nav: 'Öppna data',
    title: 'Öppna data',
    description:
      'Ladda ner Insyns uppgifter om åtgärdsplanerna mot segregation som CSV och JSON, med beskrivning av varje kolumn, schema och RSS-flöden.',
    terms:
      'Uppgifterna kommer ur Linköpings kommuns allmänna handlingar och ur de källor som varje rad anger. Myndigheters beslut och yttranden skyddas inte av upphovsrätt (upphovsrättslagen 9 §). Du får använda, bearbeta och sprida uppgifterna fritt. Ange källan: Insyn och källdokumentet.',
  },
  strip: {
    label: 'Status år för år',
    noStatus: 'Status okänd',
    unlisted: 'Okänt om den finns med',
  },
  charts: {
    countedFrom: 'Räknat från',
    noData: 'ingen uppgift',
    year: 'Planår',
    basis: 'Grund',
    total: 'Totalt',
    stated: 'Uppföljningens siffror',
    computed: 'Räknat från åtgärdernas status',
    none: 'Ingen källa anger status',
    perMeasure: (year: number) => `${year} (per åtgärd)`,
    yearCaption: 'Status för planernas åtgärder per planår',
    yearTitle: 'Hur långt kom planerna?',
    conflictTitle: 'Källorna säger emot varandra',
    conflictStatus: (year: number, status: string, stated: number, computed: number) =>
      `${year}: uppföljningen anger ${stated} åtgärder med status ”${status}”, men ${computed} åtgärder har den statusen enligt källorna för varje åtgärd.`,
    conflictSum: (year: number, sum: number, total: number) =>
      `${year}: uppföljningens siffror blir ${sum} tillsammans, men planen har ${total} åtgärder.`,
    yearSummary: (
      stated: { year: number; parts: string[]; total: number | null }[],
      unknownYears: number[],
    ) => {
      const list = (items: string[]) => new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(items);
      const known = stated.map(
        (s) => `${s.year}: ${list(s.parts)}${s.total === null ? '' : ` av ${s.total} åtgärder`}`,
      );
      const unknown = unknownYears.length
        ? `för ${list(unknownYears.map(String))} anger ingen källa som Insyn har hur det gick`
        : '';
      return known.length
        ? `Status enligt uppföljningarna – ${known.join('; ')}${unknown ? `; ${unknown}` : ''}.`
        : `${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}.`;
    },
    moreStatistics:
      'Mer statistik: status per utvecklingsområde och ansvarig, åtgärder per område och statsbidraget',
    area: 'Utvecklingsområde',
    areaUnknown: 'Utvecklingsområde okänt',
    areaCaption: 'Status per utvecklingsområde för de åtgärder som finns här',
    organisation: 'Ansvarig',
    organisationUnknown: 'Ansvarig okänd',
    organisationCaption: 'Status per ansvarig för de åtgärder som finns här',
    entries: 'Åtgärder',
    groupNote:
      'Varje åtgärd räknas en gång för varje planår den finns med i. Bara åtgärder som finns dokumenterade här räknas, inte hela planerna.',
    organisationNote: 'En åtgärd med flera ansvariga räknas hos var och en.',
    groupSummary: (entries: number, groups: number, unknown: number) =>
      `${entries} åtgärdsposter i ${groups} grupper; för ${unknown === entries ? 'alla' : unknown} anger ingen källa som Insyn har någon status.`,
    measureList: 'listan över åtgärder',
    district: 'Område',
    districtCaption: 'Åtgärder per område',
    districtCount: 'Antal åtgärder',
    districtNote:
      'Varje åtgärd räknas en gång per område den nämner, oavsett planår. En åtgärd som nämner flera områden räknas i vart och ett.',
    districtSummary: (parts: string[], none: number) =>
      `${new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(parts)}; för ${none} åtgärder anger ingen källa något område.`,
    districtSources: 'Varje rad länkar till sidan där åtgärderna som räknas står.',
    grantTitle: 'Statsbidraget 2018: hur pengarna skulle fördelas',
    grantCaption: 'Finansieringsintervall per verksamhetsområde i ansökan, andel av årets statsbidrag',
    grantArea: 'Verksamhetsområde i ansökan',
    grantMin: 'Lägst',
    grantMax: 'Högst',
    // The application only planned ranges: it says nothing about what any area got.
    grantSummary: (largest: string, smallest: string) =>
      `Ansökan planerade störst andel för ${largest} och minst för ${smallest}. Det är planerade intervall; ingen källa som Insyn har visar hur mycket varje område fick.`,
    grantBudget: (amount: string, years: number | null) =>
      `Ansökan räknar med ${amount} kr per år${years === null ? '' : ` i ${years} år`}.`,
    grantNoBudget: 'Ansökans belopp per år finns inte i den text Insyn har.',
  },
  // Breadcrumbs: the first crumb's word is nav.home.
  crumbs: {
    label: 'Du är här',
  },
  // 404 page (src/pages/404.astro, src/components/layout/NotFound.astro)
  notFound: {
    title: 'Sidan finns inte',
    text: 'Det finns ingen sida på den här adressen. Den kan vara felstavad, eller så har sidan aldrig funnits här.',
    searchHeading: 'Sök efter det du letade efter',
    searchLabel: 'Sökord',
    sectionsHeading: 'Eller börja från en av delarna',
    home: 'Startsidan',
  },

  // ---- Issue 17 "Answers first" (branch answers): origins, answers at the top, citations, glossary ----
  origin: {
    /** a paragraph inside a party's protocol note */
    note: (party: string) => `${party.endsWith('s') ? party : `${party}s`} protokollsanteckning`,
    document: (kind: keyof typeof documentKindWords, issuer: string) =>
      `${documentKindWords[kind]} från ${issuer}`,
    quote: (origin: string) => `citat ur ${origin}`,
    paraphrase: (origin: string) => `Insyns sammanfattning av ${origin}`,
    confidenceHigh: 'Säker uppgift: en källa nämner åtgärden med nummer eller lydelse ur planen.',
    fromBefore: 'Uppgifterna om åtgärden kommer ur ',
  },
  /** The one or two sentences at the top of a measure page (src/lib/measure/answer.ts). */
  measureAnswer: {
    noStatus: 'Ingen uppföljning som Insyn har anger någon status för åtgärden.',
    statusInYear: (label: string, year: number) => `”${label}” för ${year}`,
    status: (parts: string[]) =>
      `Kommunens uppföljning anger status ${new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(parts)}.`,
    latestEvent: (kind: string, date: string, origin: string, text: string) =>
      `Senast kända händelse (${kind.toLowerCase()}, ${date}), enligt ${origin}: ${text}`,
  },
  glossary: {
    nav: 'Ordlista',
    title: 'Ordlista',
    description:
      'Ord som Insyn använder, förklarade på enkel svenska: åtgärd, utvecklingsområde, uppföljning, protokollsanteckning och fler.',
    lead: 'Här förklarar vi ord som finns på sidorna. När ett ord är understruket med prickar kan du trycka på det för att komma hit.',
    statusHeading: 'Statusorden',
    statusLead: 'Kommunens uppföljning ger varje åtgärd ett av de här orden.',
    unknownStatus:
      'Ingen källa som Insyn har anger åtgärdens status. Insyn gissar aldrig. ”Okänd” är Insyns ord, inte kommunens.',
  },
  citeItem: {
    permalink: 'Länk hit',
    checked: 'senast kontrollerad',
    retrieved: 'hämtad',
    note: 'anteckningen',
    decision: (n: number) => `beslut ${n}`,
  },
  planTop: {
    before: 'Enligt ',
    word: 'uppföljningen',
    counts: (year: number, words: string, total: number | null) =>
      ` av planen ${year} är ${words}${total === null ? '' : ` av planens ${total} åtgärder`}.`,
    more: 'Mer om uppföljningen',
    none: 'Insyn har inga siffror från en uppföljning av den här planen.',
  },
  stripLegend: {
    heading: 'Så läser du raden',
    okand: 'Ingen källa anger status det året',
    absent: 'Åtgärden finns inte i planen det året',
    unlisted: 'Planens lista saknas hos Insyn, så det är okänt om åtgärden finns med',
    status: (label: string) => `${label} enligt kommunens uppföljning`,
  },
  districtTable: {
    years: 'Planår enligt källorna',
    status: 'Status enligt uppföljningen',
    none: 'ingen uppgift',
  },
  /** The answer at the top of a district page: sentences built by src/lib/district/answer.ts. */
  districtAnswer: {
    heading: (name: string) => `Det här vet vi om arbetet i ${name}`,
    noMeasures: (name: string) => `Ingen källa som Insyn har nämner en åtgärd särskilt för ${name}.`,
    measuresBefore: 'Insyn känner till ',
    measuresAfter: (name: string) => ` som nämner ${name}: `,
    latestEvent: 'Senast kända händelse för ',
    according: (kind: string, origin: string, date: string) =>
      ` (${kind.toLowerCase()}, ${date}), enligt ${origin}: `,
    noStatus: 'Ingen uppföljning som Insyn har anger status för någon av dem.',
    someStatus: (k: number, n: number) => `Kommunens uppföljning anger status för ${k} av ${n}.`,
    followUpBefore: 'Enligt ',
    followUpWord: 'uppföljningen',
    followUp: (year: number, counts: string, total: number | null) =>
      ` av planen ${year} är ${counts}${total === null ? '' : ` av planens ${total} åtgärder`}. Den text Insyn har säger inte vilka åtgärder det är eller vilka områden de gäller. `,
    /** a follow-up count in a sentence, by status id; other statuses fall back to "Label: n" */
    statusCount: {
      genomford: (n: number) => `${n} genomförda`,
      pagar: (n: number) => `${n} pågående`,
      'ej-genomford': (n: number) => `${n} inte genomförda`,
    } as Record<string, (n: number) => string>,
    followUpLink: (year: number) => `Uppföljningen ${year}`,
    notes: (name: string, parties: string) =>
      ` i kommunstyrelsens protokoll nämner ${name}, från ${parties}. `,
    notesLink: 'Läs anteckningarna',
    words: 'Ord som förklaras i ordlistan: ',
    whatIsNote: 'Vad är en protokollsanteckning?',
    unlisted: (years: string, name: string) =>
      `Planernas fullständiga listor för ${years} finns inte hos Insyn. Därför kan fler åtgärder gälla ${name} än de som står här, och för de flesta åtgärder vet vi inte hur det har gått. `,
    unspecified: (n: string) => `${n} har inget angivet område och kan gälla hela kommunen: `,
    unspecifiedLink: 'åtgärder utan angivet område',
    note: { one: 'protokollsanteckning', many: 'protokollsanteckningar' },
  },
  // --- Events, the measure timeline, related decisions, district series and corrections (issue 15) ---
  events: {
    kinds: { decision: 'Beslut', report: 'Kommunen berättar', news: 'Nyhet', claim: 'Påstående' },
    /** what each kind means, shown once above the timeline */
    kindMeaning: {
      decision: 'en nämnd eller ett annat organ beslutade',
      report: 'kommunen berättar vad som gjorts',
      news: 'en tidning rapporterar',
      claim: 'någon påstår något (en insändare, ett parti, anställda); inte en fastställd uppgift',
    },
    according: (who: string) => `Enligt ${who}:`,
    decidedBy: (body: string, diaryNumber?: string) =>
      `Beslut av ${body.charAt(0).toLowerCase()}${body.slice(1)}${diaryNumber ? ` (dnr ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'Troligen en del av åtgärden, men inte säkert.',
      low: 'Möjligen en del av åtgärden, men osäkert.',
    },
    inferredWhy: 'Källan nämner inte åtgärden. Kopplingen är Insyns slutsats:',
    feedTitle: (kind: string, measure: string) => `${kind} (händelse): ${measure}`,
  },
  timeline: {
    heading: 'Tidslinje',
    /** the intro around its one glossary word (linked at its first use on the page) */
    intro: {
      before: 'Allt Insyn vet om åtgärden i datumordning: planerna, uppföljningarna, ',
      term: 'protokollsanteckningarna',
      after: ' och andra händelser. Varje rad säger vad för slags uppgift det är och var den står.',
    },
    legend: 'Slags uppgift',
    plan: 'Plan',
    followUp: 'Uppföljning',
    note: 'Protokollsanteckning',
    dateUnknown: 'Datum okänt',
    planInYear: (year: number, number: string | null) =>
      `Åtgärden finns i planen för ${year}${number ? ` som nummer ${number}` : ''}.`,
    planDateUnknown: 'Ingen källa som Insyn har anger när planen fastställdes.',
    planDetails: (year: number) => `Detaljer för ${year}`,
    followUpStatus: (year: number, status: string) =>
      `Uppföljningen av planen för ${year} ger åtgärden status ”${status}”.`,
    followUpNoStatus: (year: number) =>
      `Uppföljningen av planen för ${year} finns, men ingen källa som Insyn har anger åtgärdens status i den.`,
    noteBy: (party: string, body: string) =>
      `${party} lämnade en protokollsanteckning i ${body.charAt(0).toLowerCase()}${body.slice(1)} som nämner åtgärden.`,
    readNote: 'Läs anteckningen',
  },
  decisions: {
    heading: 'Andra beslut i området',
    intro: (name: string) =>
      `Kommunen har fattat fler beslut om ${name} än åtgärdsplanernas åtgärder. Ingen källa som Insyn har säger att de här besluten hör till en åtgärdsplan, så de räknas inte som planens åtgärder.`,
    notInPlan: 'Inte känt som en del av åtgärdsplanen.',
    body: 'Beslutat av',
    date: 'Datum',
    diary: 'Diarienummer',
    diaryUnknown: 'anges inte i källan',
    wholeMunicipality: 'Källan nämner inget särskilt område; beslutet gäller flera delar av kommunen.',
    sameSubject: 'Samma ämne som åtgärden',
    none: 'Insyn känner inte till några andra beslut om området.',
  },
  series: {
    heading: 'Polisens klassning år för år',
    year: 'År',
    value: 'Uppgift',
    note: 'Att veta',
    source: 'Källa',
    gap: 'ingen uppgift',
    stripLabel: (label: string) => `${label}, år för år`,
    gapNote:
      'Ett år utan uppgift betyder att ingen källa som Insyn har anger något för det året, inte att området saknades på listan.',
  },
  corrections: {
    title: 'Rättelser',
    description:
      'Alla rättelser av uppgifter på Insyn, det senaste först: vad som var fel, vad som är rätt och var det rätta står.',
    lead: 'När Insyn har visat en uppgift som var fel rättar vi den öppet. Här står varje rättelse: vilken sida och uppgift, vad som var fel, vad som är rätt och källan till det rätta. Den rättade uppgiften visar ”Rättad” med en länk hit.',
    none: 'Inga rättelser hittills.',
    page: 'Sida',
    wrong: 'Vad som var fel',
    right: 'Vad som är rätt',
    source: 'Källa till det rätta',
    reporter: 'Rapporterat av',
    corrected: (date: string) => `Rättad ${date}`,
    policy: 'Så rättar Insyn',
    feedTitle: (subject: string) => `Rättelse: ${subject}`,
  },

  // --- extract-a ---
  // The district, measure, plan, home and statistics pages and their components (issue 13).
  /** Names and counts used across those pages. */
  names: {
    plan: (year: number) => `Plan ${year}`,
    /** a measure no source gives a title for, named by its number in a plan year */
    numberedMeasure: (number: string, year: number) => `Åtgärd ${number} (${year})`,
    untitledMeasure: 'Åtgärd utan känd titel',
    measures: (n: number) => (n === 1 ? '1 åtgärd' : `${n} åtgärder`),
    notes: (n: number) => (n === 1 ? '1 protokollsanteckning' : `${n} protokollsanteckningar`),
    /** a development area with its number in the plans: "3. Trygghet" */
    area: (number: number, name: string) => `${number}. ${name}`,
    /** a protocol paragraph: "Kommunstyrelsen 14 februari 2023 § 31" (body and date come before) */
    paragraph: (n: number) => `§ ${n}`,
  },
  home: {
    description:
      'Vad Linköpings kommun lovar och gör mot segregation i Berga, Ryd och Skäggetorp: planer, åtgärder, uppföljningar och protokoll, med källor.',
    heading: 'Vad gör Linköping mot segregation?',
    lead: 'Varje år beslutar kommunen en plan med åtgärder mot segregation. Planerna gäller särskilt Berga, Ryd och Skäggetorp. Här kan du se vad planerna lovar, vad som har gjorts och vad politikerna har sagt. Varje uppgift har en källa.',
    yourDistrict: 'Ditt område',
    plans: 'Planerna',
    latestMeetings: 'Senaste protokollen',
    about: 'Om Insyn: var uppgifterna kommer ifrån och vad statusorden betyder',
  },
  districtsPage: {
    description:
      'Berga, Ryd och Skäggetorp: vad planerna mot segregation lovar och vad som har gjorts i varje område.',
    lead: 'Planerna riktar sig särskilt till tre områden i Linköping. Välj ditt område på kartan eller i listan.',
  },
  districtPage: {
    description: (name: string) =>
      `${name} i Linköping: åtgärder mot segregation, fakta med källor och politikernas anteckningar.`,
    measures: (name: string) => `Åtgärder som nämner ${name}`,
    /** the line above the tables, around its glossary word */
    orderedBy: { before: 'Ordnat efter ', term: 'utvecklingsområde', after: '.' },
    unspecified: 'Åtgärder utan angivet område',
    unspecifiedText: (name: string) =>
      `För de här åtgärderna anger ingen källa vilket område de gäller. De kan gälla hela kommunen. De räknas inte som åtgärder för ${name}.`,
    subAreas: 'Delområden',
    facts: 'Fakta med källor',
    factsNote:
      'Siffrorna kommer från olika källor och mäter olika saker. Varje tabell är ett mått; siffror i olika tabeller går inte att jämföra med varandra.',
    factColumns: {
      label: 'Mått',
      value: 'Värde',
      year: 'Avser',
      definition: 'Vad som räknas',
      source: 'Källa',
    },
    more: (name: string) => `Mer om ${name}`,
    notes: (name: string) => `Protokollsanteckningar som nämner ${name}`,
    noNotes: 'Inga.',
    sameMatters: 'Beslut i samma ärenden',
    sameMattersText:
      'Besluten i de paragrafer där anteckningarna ovan står. Ingen källa knyter besluten till ett visst område.',
  },
  measuresPage: {
    description:
      'Alla åtgärder ur Linköpings planer mot segregation som en källa nämner, med år, nummer och utvecklingsområde.',
    /** the lead up to its link; `measures` is names.measures(n) */
    lead: (measures: string) =>
      `Här finns ${measures} som en källa nämner. Planerna har 50–60 åtgärder per år, men planernas listor finns inte hos Insyn än. Läs `,
    leadLink: 'hur uppgifterna samlas in',
    leadAfter: '.',
    caption: 'Åtgärder som finns dokumenterade här',
    columns: {
      measure: 'Åtgärd',
      years: 'Planår och nummer',
      area: 'Utvecklingsområde',
      confidence: 'Säkerhet',
    },
  },
  measurePage: {
    description: (title: string) =>
      `${title}: åtgärdens historia i Linköpings planer mot segregation, år för år, med källor.`,
    paraphraseTitle: 'Rubriken är Insyns sammanfattning, inte planens egen titel.',
    /** after "Plan 2023" in the year-by-year list */
    number: (number: string) => ` – nr ${number}`,
    absentIn: (year: number) => `Finns inte i planen ${year}`,
    unknownIn: (year: number) => `Ingen källa visar om åtgärden finns i planen ${year}`,
    noNotes: 'Ingen protokollsanteckning som Insyn har nämner åtgärden.',
    noStatusSource: 'Ingen källa anger åtgärdens status det här året.',
    note: 'Att veta',
    /** the latest event at the top of the page, up to the event's own text (Insyn's words, shown after it) */
    latestEvent: (kind: string, date: string, origin: string) =>
      `Senast kända händelse (${kind.toLowerCase()}, ${date}), enligt ${origin}: `,
    /** "Vänsterpartiets " before the linked word "protokollsanteckning" (whose texts the sources are) */
    partyNote: (party: string) => `${/[sxz]$/i.test(party) ? party : `${party}s`} `,
    noteWord: 'protokollsanteckning',
    /** what the copy buttons of "Citera" copy (cite.copy(what)) */
    copyUrl: 'adressen',
    copyCitation: 'referensen',
  },
  /** The one-line citation of a measure page (src/lib/sources/measure-citation.ts). */
  measureCitation: {
    text: (title: string, years: number, ranges: string) =>
      `Insyn, ”${title}”, åtgärd i Linköpings kommuns ${years === 1 ? 'åtgärdsplan' : 'åtgärdsplaner'} mot segregation ${ranges}.`,
    retrieved: (date: string) => `(hämtad ${date}).`,
  },
  /** A change between two plan years, in one sentence (src/lib/plan/compare.ts); ChangeList adds the full stop. */
  changes: {
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
  plansPage: {
    description:
      'Linköpings åtgärdsplaner mot segregation 2021–2025: när de beslutades, hur många åtgärder de har och hur många som finns dokumenterade här.',
    heading: 'Åtgärdsplaner mot segregation',
    lead: 'Kommunen beslutar en ny plan varje år. Här är planerna och vad källorna säger om dem.',
    caption: 'Planerna år för år',
    columns: {
      plan: 'Plan',
      decided: 'Fastställd',
      stated: 'Åtgärder i planen',
      documented: 'Dokumenterade här',
    },
  },
  planPage: {
    description: (name: string) =>
      `${name}: beslut, antal åtgärder, uppföljning och de åtgärder som finns dokumenterade här.`,
    about: 'Om planen',
    documented: 'Åtgärder som finns dokumenterade här',
    noneDocumented: 'Ingen källa som Insyn har nämner någon enskild åtgärd i den här planen.',
    documents: 'Beslut och handlingar',
  },
  comparePage: {
    description: (from: number, to: number) =>
      `Vilka åtgärder som kom till, försvann, fick nytt nummer eller ändrades mellan planen ${from} och planen ${to}.`,
    /** a section heading with its count: "Nya åtgärder (2 åtgärder)" */
    heading: (label: string, n: number) => `${label} (${n === 1 ? '1 åtgärd' : `${n} åtgärder`})`,
  },
  followUpTable: {
    caption: 'Status för planens åtgärder enligt uppföljningen',
    status: 'Status',
    count: 'Antal åtgärder',
    total: 'Totalt',
  },
  requestPlan: {
    text: 'Planens lista över åtgärder finns inte hos Insyn än. Den är en allmän handling, och alla har rätt att ta del av den enligt offentlighetsprincipen. Du behöver inte säga vem du är eller varför du vill ha den (tryckfrihetsförordningen 2 kap. 1 och 18 §§).',
    askFor: 'Be om:',
    contact: 'Kontakta Linköpings kommun, Storgatan 58, 581 81 Linköping, telefon 013-20 60 00.',
    sendBefore: 'Får du handlingen? ',
    sendLink: 'Skicka den gärna till Insyn',
    sendAfter: ' så blir sidan mer komplett.',
  },
  statisticsPage: {
    description: 'Hur långt planerna har kommit, i siffror med källor.',
    lead: 'Siffror om planerna och uppföljningarna, med källor. Under varje diagram står en tabell med exakt de siffror diagrammet visar, och källan till siffrorna står som en länk på varje rad eller under tabellen.',
    byArea: 'Status per utvecklingsområde',
    byOrganisation: 'Status per ansvarig',
    perDistrict: 'Åtgärder per område',
  },
  /** Charts: what the drawing needs besides charts.* */
  chartText: {
    /** after a percentage: "25 %" */
    percent: ' %',
    /** a district's bar in the summary: "Berga 3" */
    districtCount: (name: string, n: string) => `${name} ${n}`,
    /** a status's count in the summary: "genomförd 15" */
    statusCount: (label: string, n: string) => `${label.toLowerCase()} ${n}`,
    /** a grant interval in the summary: "Skola (20–30 %)" */
    range: (label: string, min: string, max: string) => `${label} (${min}–${max} %)`,
  },
  /** The map's district list and the name shown on hover (src/lib/district/districts.ts). */
  mapText: {
    /** "Skäggetorp: 3 åtgärder", the shape's title and the map's hover label */
    summary: (name: string, n: number) => `${name}: ${n === 1 ? '1 åtgärd' : `${n} åtgärder`}`,
    /** under each name in the list */
    count: (n: number) => `${n === 1 ? '1 åtgärd' : `${n} åtgärder`} som nämner området`,
  },
  /** Under the map and list: what the shapes are. */
  boundaryNote: {
    before: 'Gränserna på kartan är Lantmäteriets ',
    term: 'registreringsdistrikt',
    after:
      ", inte kommunens stadsdelar. Ryd stämmer väl med stadsdelen. Distriktet Skäggetorp omfattar också Tornby och åkermark norr om stadsdelen. Distriktet Berga är mycket större än stadsdelen och omfattar även Ekholmen och mark söderut. Data från Who's On First; geometri Lantmäteriet (CC0).",
  },
  districtTableText: {
    /** a plan year with the measure's number that year: "2023 (nr 3.1)" */
    yearNumber: (year: number, number: string | null) => (number ? `${year} (nr ${number})` : String(year)),
  },

  // --- extract-b ---
  /** The notices at the top of a page in another language than Swedish (Base.astro, [page].astro). */
  pageNotice: {
    /** after t.translation.unreviewed's place, when a person who reads the language has checked it */
    reviewed: (by: string, date: string) => `Översättningen är granskad av ${by} (${date}).`,
    /** the link to the section of /om/ about translations */
    policy: 'Så översätter Insyn',
    /** an editorial page that has no translation yet: its Swedish text follows */
    onlySwedish: 'Den här sidan finns bara på svenska än. Här är den svenska texten.',
    /** a document page: the transcribed text stays as the source wrote it */
    fullTextSwedish: 'Dokumentets text står här på svenska, som i källan.',
  },
  /** Where a source is and how an item is cited (src/lib/sources/citation.ts, src/lib/sources/item-citation.ts). */
  citation: {
    /** page and paragraph after a document's short name: "KS 2023-02-14 § 31, s. 4, st. 33" */
    at: (page: number, block: string) => `, s. ${page}, st. ${block}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}, protokollsanteckning, ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}, beslut ${n}: ”${text}” (${where}). Insyn: ${url}`,
    original: (url: string) => `; originalet: ${url}`,
    /** what the copy button copies ("Kopiera referensen") */
    copyWhat: 'referensen',
  },
  /** The feeds' items (src/lib/feed/items.ts); a feed is in one language, its quotations stay Swedish. */
  feedText: {
    source: (label: string) => ` Källa: ${label}.`,
    planTitle: (year: number) => `Plan ${year} fastställd`,
    planDecided: (name: string, by: string | null, date: string) =>
      `${name} fastställdes${by ? ` av ${by.charAt(0).toLowerCase()}${by.slice(1)}` : ''} ${date}.`,
    decisionTitle: (heading: string) => `Beslut: ${heading}`,
    decisionItem: (n: number, text: string) => `${n}. ”${text}”`,
    followUpTitle: (year: number) => `Uppföljning av plan ${year}`,
    followUpReported: (year: number, date: string) =>
      `Uppföljningen av planen för ${year} redovisades ${date}.`,
    followUpCount: (label: string, n: string | null) => `${label}: ${n ?? 'okänt'}`,
    followUpTotal: (n: number, formatted: string) => ` (av ${formatted} ${n === 1 ? 'åtgärd' : 'åtgärder'})`,
    followUpNoCounts: ' Ingen källa anger hur många åtgärder som blev genomförda.',
    noteTitle: (party: string, heading: string) => `Protokollsanteckning (${party}): ${heading}`,
    noteDescription: (author: string, party: string | null, summary: string) =>
      `${author}${party ? ` (${party})` : ''}. Insyns sammanfattning: ${summary}`,
    /** the feed's <language>, RSS's lower-case form of the page language */
    language: 'sv-se',
  },
  /** /protokoll/ and /protokoll/<id>/ */
  meetingsPage: {
    description:
      'Paragrafer ur kommunens protokoll om åtgärdsplanerna mot segregation, med beslut och partiernas protokollsanteckningar.',
    lead: 'Paragrafer ur protokoll där planerna mot segregation behandlas, med beslut och protokollsanteckningar.',
    notes: (n: number, formatted: string) =>
      `${formatted} ${n === 1 ? 'protokollsanteckning' : 'protokollsanteckningar'}`,
    meetingDescription: (title: string) => `${title}. Beslut och protokollsanteckningar.`,
    concerns: 'Gäller',
    plan: (year: number) => `plan ${year}`,
    informationLead: 'Insyns sammanfattning, med hänvisning till stycket i protokollet.',
  },
  /** /dokument/ and /dokument/<id>/ */
  documentsPage: {
    description:
      'Källdokumenten som Insyn bygger på: beslut, protokoll, pressmeddelanden och en ansökan, med hela texten.',
    lead: 'Allmänna handlingar som Insyn bygger på. Varje dokument visas med hela texten, så att varje källhänvisning kan peka på rätt stycke.',
    kind: 'Typ',
    draftNote: 'dokumentet är märkt UTKAST.',
    noOriginal: 'Adressen till originalet är inte känd',
    numbered: 'Sidorna och styckena är numrerade av Insyn.',
  },
  /** /kallor/ */
  referencesPage: {
    description:
      'Andra offentliga källor som Insyn hänvisar till: kommunens webbsidor, pressmeddelanden, partier och nyheter.',
    /** the lead, around its link to the documents */
    leadBefore: 'Förutom ',
    leadLink: 'dokumenten',
    leadAfter:
      ' hänvisar Insyn till de här sidorna. Insyn visar inte deras text, bara vad de säger, med länk.',
    primaryWord: 'Primär',
    primaryMeans: ' betyder att kommunen, en myndighet eller ett parti själv står för texten.',
    secondaryWord: 'Sekundär',
    secondaryMeans: ' betyder nyheter, sammanställningar eller översättningar.',
    primary: 'Primär källa',
    secondary: 'Sekundär källa',
    noUrl: 'Insyn har inte webbadressen till källan.',
  },
  /** /data/: the page. Strings marked HTML are rendered with set:html: keep their tags. */
  dataPage: {
    lead: 'Allt som Insyn visar om planerna, åtgärderna, uppföljningarna och protokollen finns också som filer att ladda ner. Filerna byggs av samma uppgifter som sidorna, varje gång webbplatsen byggs.',
    /** shown on the pages in other languages: the files are not translated */
    filesSwedish:
      'Filerna är på svenska, som källorna: kolumnernas namn är engelska ord, men värdena och texterna är svenska.',
    files: 'Filer',
    about: 'Om filerna',
    /** HTML: the list under "Om filerna" */
    aboutItems: (separator: string, sourceExample: string) => [
      '<strong>CSV</strong> är kodad som UTF-8 med byte order mark (BOM), har semikolon (<code>;</code>) mellan kolumnerna och radslut CRLF. Då öppnar Excel med svenska inställningar filen rätt med ett dubbelklick. I andra program: välj teckenkodning UTF-8 och semikolon som avgränsare.',
      'Första raden är kolumnernas namn. Kolumnerna beskrivs nedan.',
      'En <strong>tom cell</strong> betyder att ingen källa som Insyn har anger uppgiften. Den betyder inte noll eller nej.',
      `En <strong>lista</strong> i en cell har tecknet <code>${separator}</code> mellan värdena.`,
      "En cell som skulle börja med <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tabb eller vagnretur har en <strong>apostrof</strong> (<code>'</code>) först i CSV-filen, så att Excel och LibreOffice visar den som text och inte kör den som en formel. Apostrofen hör inte till värdet: Insyn tar bort den när filen läses in igen, och JSON-filen har värdet utan den.",
      'Datum skrivs så exakt som källan anger dem: <code>2023-02-14</code>, <code>2020-12</code> eller <code>2018</code>.',
      `Källkolumnerna är sökvägar på Insyn, som <code>${sourceExample}</code>: stycket i källdokumentet där uppgiften står.`,
      '<strong>JSON</strong> har samma rader som CSV-filen, under <code>rows</code>. Där är heltal tal, listor arrayer och tomma celler <code>null</code>. Filen har också kolumnbeskrivningen (<code>columns</code>) och villkoren (<code>terms</code>).',
      'Filen <code>measures.csv</code> har samma form som Insyn läser in när nya åtgärder läggs till. En ändrad fil kan alltså läsas in igen.',
    ],
    columns: 'Kolumner',
    rowIs: (what: string) => `En rad är ${what}.`,
    columnsCaption: (dataset: string) => `Kolumner i ${dataset}`,
    schema: 'Schema för innehållet',
    /** HTML */
    schemaText:
      'Insyns innehåll ligger som YAML- och Markdown-filer i katalogen <code>content/</code>. Varje samling har ett JSON Schema (draft 2020-12) som tas fram ur samma regler som webbplatsen kontrollerar innehållet med. Regler som gäller flera fält eller samlingar (till exempel att en åtgärd med låg säkerhet måste ha en varning) kan inte uttryckas i schemat; de kontrolleras när webbplatsen byggs.',
    feeds: 'Flöden (RSS)',
    feedsLead:
      'Följ nya beslut, uppföljningar och protokollsanteckningar i en RSS-läsare. Det senaste kommer först, och varje post länkar till sidan med källorna. Bara händelser med ett datum som källan anger kommer med.',
    feedsLanguages:
      'Flödena finns på svenska, engelska och arabiska, med samma poster. Citat och texter som Insyn inte har översatt står på svenska i alla flöden.',
    feedsText: [
      'Händelser i en åtgärds historia har sitt slag i rubriken (Beslut, Kommunen berättar, Nyhet eller Påstående). Rättelser kommer med i webbplatsens flöde.',
      'Ett områdes flöde har de protokollsanteckningar som nämner området, samma som områdets sida, och händelserna i de åtgärder som nämner området. Dessutom har det fastställda planer, beslut om planerna och uppföljningar, eftersom varje plan gäller Berga, Ryd och Skäggetorp tillsammans.',
      'RSS kräver ett klockslag. Källorna anger bara dag, så posterna får klockan 12.00 (UTC) den dagen. Händelser där källan bara anger månad eller år får inget datum i flödet.',
    ],
    terms: 'Villkor',
    termsExample: (site: string) =>
      `Skriv till exempel: ”Källa: Insyn (${site}), efter Kommunstyrelsens protokoll 2023-02-14 § 31.”`,
    errors: 'Har du hittat ett fel?',
    errorsText: (link: string) =>
      `Bredvid varje källhänvisning på webbplatsen finns länken ”${link}”. Den öppnar ett meddelande där sidan och uppgiften redan är ifyllda. Du kan också skriva direkt till `,
  },
  /** The tables on /data/ */
  dataTables: {
    downloads: 'Filer att ladda ner',
    dataset: 'Uppgifter',
    rowIs: 'En rad är',
    rows: 'Rader',
    files: 'Filer',
    rowCount: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'rad' : 'rader'}`,
    column: 'Kolumn',
    type: 'Typ',
    meaning: 'Betydelse',
    allowed: 'Tillåtna värden',
    /** a column's type as the files name it */
    types: { heltal: 'heltal', text: 'text', lista: 'lista', id: 'id' },
  },
  /**
   * The datasets' documentation (src/lib/data-export/datasets.ts): the /data/ page shows it in the page's
   * language, the JSON files carry the Swedish. Per column: its meaning and allowed values.
   */
  dataFiles: {
    titles: {
      measures: 'Åtgärder',
      plans: 'Planer',
      'follow-ups': 'Uppföljningar',
      notes: 'Protokollsanteckningar',
      documents: 'Dokument',
      events: 'Händelser',
    },
    rowIs: {
      measures: 'en åtgärd ett planår',
      plans: 'ett planår',
      'follow-ups': 'ett statusord i uppföljningen av ett planår',
      notes: 'en protokollsanteckning',
      documents: 'ett källdokument',
      events: 'en händelse i en åtgärds historia (beslut, kommunens uppgift, nyhet eller påstående)',
    },
    source: {
      meaning: (of: string) =>
        `Källan till ${of}: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor`,
      allowed: (document: string, reference: string) =>
        `som ${document} eller ${reference}; tomt när värdet är okänt`,
    },
    remark: {
      meaning: (of: string) => `Insyns anmärkning om ${of}, t.ex. varför uppgiften saknas`,
      allowed: 'fri text eller tomt',
    },
    page: {
      meaning: 'Sidan på Insyn där uppgiften visas med sina källor',
      allowed: 'en sökväg som börjar med /',
    },
    /** what a source or remark column is about */
    of: {
      date: 'datumet',
      decider: 'beslutsfattaren',
      count: 'antalet',
      counts: 'antalen',
      followUp: 'uppföljningen (där den redovisas)',
      note: 'anteckningen',
    },
    plans: {
      plan_year: { meaning: 'Planens år', allowed: 't.ex. 2023' },
      name: { meaning: 'Planens namn som källorna kallar den', allowed: 'text' },
      decided_on: {
        meaning: 'Dag då planen fastställdes',
        allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ så exakt som källan anger; tomt = ingen källa anger datum',
      },
      decided_by: { meaning: 'Vem som fastställde planen', allowed: 'text; tomt = okänt' },
      measure_count: {
        meaning: 'Antal åtgärder i planen enligt källan',
        allowed: 'heltal; tomt = ingen källa anger antalet',
      },
      measures_documented: {
        meaning: 'Antal av planens åtgärder som finns beskrivna hos Insyn (rader i measures.csv för året)',
        allowed: 'heltal, 0 eller mer',
      },
      plan_document_available: {
        meaning: 'Om Insyn har själva plandokumentet med listan över åtgärder',
        allowed: 'true eller false',
      },
      documents: { meaning: 'Källdokument om planen', allowed: 'id:n ur documents.csv, åtskilda med |' },
      meetings: {
        meaning: 'Protokollsparagrafer där planen behandlades',
        allowed: 'id:n (meeting_id i notes.csv), åtskilda med |',
      },
      request_hint: {
        meaning: 'Vad man ska begära ut hos kommunen för att få plandokumentet',
        allowed: 'text',
      },
    },
    followUps: {
      plan_year: { meaning: 'Året för planen som följs upp', allowed: 't.ex. 2022' },
      status: { meaning: 'Status som raden räknar' },
      status_label: { meaning: 'Statusordet som uppföljningen skriver det' },
      count: {
        meaning: 'Antal åtgärder med statusen enligt uppföljningen',
        allowed: 'heltal; tomt = ingen källa anger antalet',
      },
      total: {
        meaning: 'Antal åtgärder som uppföljningen säger att den omfattar',
        allowed: 'heltal; tomt = anges inte',
      },
      reported_on: {
        meaning: 'Dag då uppföljningen godkändes eller redovisades',
        allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = okänt',
      },
    },
    notes: {
      meeting_id: {
        meaning: (path: string) => `Protokollsparagrafens id hos Insyn (adressen ${path})`,
        allowed: 'gemener a–z, siffror och bindestreck',
      },
      meeting_date: { meaning: 'Sammanträdets datum', allowed: 'ÅÅÅÅ-MM-DD' },
      body: { meaning: 'Organet som sammanträdde', allowed: 't.ex. Kommunstyrelsen' },
      paragraph: { meaning: 'Paragrafnummer (§) i protokollet', allowed: 'heltal' },
      diary_number: {
        meaning: 'Diarienummer',
        allowed: 't.ex. KS 2020-754; tomt om protokollet inte visar något',
      },
      note_id: { meaning: 'Anteckningens id (ankare på protokollssidan)', allowed: 'som anteckning-v' },
      party: { meaning: 'Partiet som lämnade anteckningen', allowed: 'id ur parties.yaml, t.ex. v' },
      party_name: { meaning: 'Partiets namn', allowed: 'text' },
      author: { meaning: 'Vem som lämnade anteckningen, som protokollet skriver', allowed: 'text' },
      summary: { meaning: 'Insyns sammanfattning av anteckningen (inte partiets ord)', allowed: 'text' },
      quotes: { meaning: 'Korta citat ur anteckningen', allowed: 'citat åtskilda med |' },
      measures: {
        meaning: 'Åtgärder som anteckningen nämner',
        allowed: 'measure_id ur measures.csv, åtskilda med |; tomt = nämner ingen',
      },
      topics: { meaning: 'Ämnen som anteckningen tar upp', allowed: 'ord åtskilda med |' },
      districts: {
        meaning: 'Områden som anteckningen nämner',
        allowed: (ids: string, separator: string) => `${ids}, åtskilda med ${separator}; tomt = nämner inget`,
      },
    },
    documents: {
      document_id: {
        meaning: (path: string) => `Dokumentets id hos Insyn (adressen ${path})`,
        allowed: 'gemener a–z, siffror och bindestreck',
      },
      title: { meaning: 'Dokumentets egen rubrik', allowed: 'text' },
      short: { meaning: 'Kort namn som Insyn använder i källhänvisningar', allowed: 'text' },
      kind: { meaning: 'Slags dokument' },
      date: {
        meaning: 'Datum som dokumentet bär',
        allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = dokumentet bär inget datum',
      },
      date_note: {
        meaning: 'Vad som är känt om datumet när dokumentet inte bär något',
        allowed: 'fri text eller tomt',
      },
      issuer: { meaning: 'Vem som utfärdade dokumentet', allowed: 'text' },
      diary_number: { meaning: 'Diarienummer', allowed: 'text; tomt = dokumentet visar inget' },
      url: { meaning: 'Var originalet finns publicerat', allowed: 'en webbadress; tomt = okänt' },
      origin: { meaning: 'Filen som texten kopierades från', allowed: 'sökväg' },
      draft: { meaning: 'Om dokumentet säger att det är ett utkast', allowed: 'true eller false' },
      summary: { meaning: 'Insyns mening om vad dokumentet är', allowed: 'text' },
    },
  },
  /** the districts' indicators over time (src/i18n/sv/indicators.ts) */
  indicators,
} as const;

/** Document kinds as words inside a sentence ("citat ur pressmeddelande från Linköpings kommun"). */
const documentKindWords = {
  decision: 'beslut',
  minutes: 'protokoll',
  'press-release': 'pressmeddelande',
  'grant-application': 'ansökan',
  'follow-up': 'uppföljning',
  plan: 'plan',
} as const;
