/**
 * English interface words: Insyn's translation of sv.ts, not official. Nobody who reads English
 * has reviewed it yet; its review state is recorded in src/i18n/review.ts.
 * Same keys as sv.ts (a missing or extra key fails `npm run check`); function keys take the same
 * parameters and follow English plural rules. Status words: Done (Genomförd), Ongoing (Pågår),
 * Not done (Ej genomförd), Unknown (Okänd), as in content/translations/en.yaml.
 */
import type { Dict } from './index.ts';

/** "Vänsterpartiet's", "Jonas'" */
const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const list = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: Dict = {
  site: {
    name: 'Insyn',
    tagline: "Linköping's work against segregation – open to everyone",
    skip: 'Skip to content',
    navLabel: 'Main menu',
    footer:
      "Insyn brings together the municipality's own decisions, minutes and follow-ups about the action plans against segregation. Every piece of information has a source.",
    footerPrivacy: 'This site uses no cookies, no analytics and no services outside this website.',
  },
  nav: {
    home: 'Home',
    plans: 'Plans',
    measures: 'Measures',
    districts: 'Areas',
    meetings: 'Minutes',
    documents: 'Documents',
    statistics: 'Statistics',
    sources: 'Sources',
    about: 'About Insyn',
    accessibility: 'Accessibility',
  },
  languages: {
    menu: 'Language',
  },
  translation: {
    mark: "Insyn's translation, not official",
    unreviewed: 'Insyn has translated this page. Nobody who reads English has checked the translation yet.',
    onlySwedish: 'in Swedish',
  },
  header: {
    menu: 'Menu',
  },
  tables: {
    scrollCue: 'The table is wider than the screen. Swipe sideways to see all the columns.',
    source: 'Source',
    region: (caption: string) => `Table: ${caption}`,
    documentTable: (block: string) => `paragraph ${block}`,
  },
  search: {
    label: 'Search',
    placeholder: 'Search for a measure, decision, note …',
    button: 'Search',
    types: {
      atgard: 'Measure',
      anteckning: 'Note',
      beslut: 'Decision',
      handelse: 'Event',
      protokoll: 'Minutes',
      dokument: 'Document',
      plan: 'Plan',
      omrade: 'Area',
      sida: 'Page',
      oversikt: 'Overview',
    },
    filters: {
      typ: 'Type',
      ar: 'Year',
      utvecklingsomrade: 'Development area',
      omrade: 'Area',
      status: 'Status',
      parti: 'Party (notes in the minutes)',
    },
    titles: {
      measure: (number: string | null, title: string | null, year: number) =>
        `${number ? `Measure ${number}` : ''}${number && title ? ': ' : ''}${title ?? ''} (plan ${year})`,
      note: (partyAbbr: string, meeting: string) =>
        `${possessive(partyAbbr)} note in the minutes, ${meeting}`,
      decision: (n: number, meeting: string) => `Decision ${n}, ${meeting}`,
      event: (measure: string, kind: string, date: string) => `${measure}: ${kind.toLowerCase()}, ${date}`,
      relatedDecision: (title: string, body: string, date: string) => `${title} (${body}, ${date})`,
    },
    // The short name stays the one the documents and citations use ("KS 2023-02-14 § 31").
    bodyShort: { Kommunstyrelsen: 'KS' },
    without: {
      typ: 'Without a type',
      ar: 'Without a particular year',
      utvecklingsomrade: 'Without a development area',
      omrade: 'Without an area',
      status: 'Without a status (not measures)',
      parti: 'Without a party (not notes)',
    },
    manyDistricts:
      'A measure or a note can concern several areas, so the numbers can add up to more than the results.',
    dateLegend: 'Date (notes, decisions, events, minutes, documents)',
    dateFrom: 'From year',
    dateTo: 'To year',
    dateAny: 'All years',
    planYear: (y: string) => `Plan ${y}`,
    caveat: 'Uncertain information',
    noResults: {
      searched: (q: string, filters: string) =>
        filters ? `You searched for “${q}” with the filters ${filters}.` : `You searched for “${q}”.`,
      searchedFilters: (filters: string) => `You searched with the filters ${filters}.`,
      suggest: 'Did you mean:',
      withoutFilters: (n: number) =>
        n === 1 ? 'Without the filters there is 1 result.' : `Without the filters there are ${n} results.`,
      clear: 'Search without filters',
      browse: 'Or browse the content:',
    },
    refine: 'Narrow down',
    clear: 'Clear all filters',
    loading: 'The search is loading …',
    prompt: 'Type a search word, for example “preschool” or “Skäggetorp”.',
    results: (n: number, q: string) =>
      n === 0 ? `No results for “${q}”.` : n === 1 ? `1 result for “${q}”.` : `${n} results for “${q}”.`,
    filteredResults: (n: number) =>
      n === 0
        ? 'No results with these filters.'
        : n === 1
          ? '1 result with the filters.'
          : `${n} results with the filters.`,
    searchedAs: (q: string) => `Searched as “${q}”, so that more forms of the word are included.`,
    more: 'Show more results',
    inPage: 'Results on the page',
    failed: 'The search could not be loaded. You can browse the content instead:',
    noScript:
      'The search results need JavaScript, which is turned off in your browser. You can browse the content instead:',
  },
  source: {
    label: 'Source',
    secondary: 'secondary source',
    page: 'page',
    block: 'paragraph',
  },
  unknown: 'Unknown',
  status: {
    unknown: 'Unknown',
    legend: "Status according to the municipality's follow-up",
  },
  confidence: {
    high: 'Certain information',
    medium: "From the municipality's press release, without a number in the plan",
    low: 'Uncertain information',
  },
  measure: {
    one: 'measure',
    many: 'measures',
    number: 'Number',
    wording: 'Wording',
    area: 'Development area',
    districts: 'Areas',
    responsible: 'Responsible',
    status: 'Status',
    year: 'Year',
    wholeMunicipality: 'Not stated (may concern the whole municipality)',
    quote: 'quotation from the source',
    paraphrase: "Insyn's summary of the source",
    notInPlanUnknown: 'No source shows whether the measure is in the plan',
    absent: 'Not in the plan',
    notes: 'Notes in the minutes that mention the measure',
    history: 'The measure year by year',
  },
  history: {
    changes: 'What changed',
    step: (from: number, to: number) => `From ${from} to ${to}`,
    gap: 'In between',
    onlyOneYear: 'The measure is documented in only one plan year, so there is nothing to compare yet.',
    noKnownChanges: 'No known changes.',
    unknownFields: 'Unknown whether this changed, because no source states it for both years',
    fields: {
      number: 'number',
      wording: 'wording',
      area: 'development area',
      districts: 'areas',
      responsible: 'responsibility',
      status: 'status',
    },
    removed: 'removed',
    added: 'added',
    diffLegend: 'Words that were removed are struck through, words that were added are underlined.',
  },
  cite: {
    heading: 'Cite',
    url: 'Permanent address',
    citation: 'Reference',
    copy: (what: string) => `Copy ${what}`,
    copied: 'Copied.',
    copyFailed: 'Copying did not work. Select the text and copy it yourself.',
    permanence: 'The address does not change when the plans renumber the measures.',
  },
  redirect: {
    title: (number: string, year: number) => `Measure ${number} in the ${year} plan`,
    text: 'The measure has its own page with its whole history:',
  },
  compare: {
    title: (from: number, to: number) => `Plan ${from} compared with plan ${to}`,
    link: (from: number, to: number) => `Compare the plans ${from} and ${to}`,
    section: 'Compare with other plan years',
    listed: (year: number) => `Insyn has the whole list of measures in the ${year} plan.`,
    notListed: (year: number) => `Insyn does not have the list of measures in the ${year} plan.`,
    summary: 'Summary',
    added: 'New measures',
    removed: 'Measures that disappeared',
    renumbered: 'New number',
    changed: 'Changed measures',
    unchanged: 'No known changes',
    cannotAdded: (from: number) => `Cannot be decided without the plan's list for ${from}`,
    cannotRemoved: (to: number) => `Cannot be decided without the plan's list for ${to}`,
    partial: 'The comparison is incomplete. Insyn only shows what the sources say about both years.',
    laterOnly: (from: number, to: number) =>
      `Documented in ${to} but not in ${from}: unknown whether they were in the ${from} plan`,
    earlierOnly: (from: number, to: number) =>
      `Documented in ${from} but not in ${to}: unknown whether they are still in the ${to} plan`,
    nothing: 'None.',
    matching:
      "Measures are followed from year to year by Insyn's fixed id, not by their number, so a measure with a new number counts as the same measure.",
    before: 'Before',
    after: 'After',
    measure: 'Measure',
  },
  plan: {
    decidedOn: 'Adopted',
    decidedBy: 'Decided by',
    measureCount: 'Number of measures in the plan',
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `Insyn knows of ${documented} of the plan's measures. No source states how many measures the plan has.`
        : `Insyn knows of ${documented} of the plan's ${stated} measures.`,
    uncertainBefore: (n: number) => `${n} of them ${plural(n, 'is', 'are')} marked as `,
    uncertainWord: () => 'uncertain information',
    notProgress:
      'This says nothing about how many measures have been carried out, only how many are described here.',
    uncertain: (n: number) =>
      n === 1
        ? '1 of them is marked as uncertain information.'
        : `${n} of them are marked as uncertain information.`,
    request: 'Request the plan',
    followUp: 'Follow-up',
    noFollowUp: 'Insyn has no follow-up of this plan.',
    noCounts: 'The follow-up exists, but no source states how many measures were carried out.',
  },
  meeting: {
    decisions: 'Decisions',
    information: 'Information in the item',
    notes: 'Notes in the minutes',
    summary: "Insyn's summary",
    quotes: 'Quotations',
    namesMeasures: 'Mentions measures',
    topics: 'Topics',
    readFull: 'Read the whole note in the minutes',
    diary: 'Diary number',
  },
  document: {
    kind: {
      decision: 'Decision',
      minutes: 'Minutes',
      'press-release': 'Press release',
      'grant-application': 'Application',
      'follow-up': 'Follow-up',
      plan: 'Plan',
    },
    date: 'Date',
    noDate: 'The document has no date',
    issuer: 'Issued by',
    origin: 'Source file',
    original: 'The original',
    draft: 'Draft',
    transcription: 'About the text',
    fullText: 'Full text',
    page: (n: number) => `Page ${n}`,
  },
  map: {
    label: 'Map of the areas in Linköping municipality',
    caption: 'The same areas are links in the list.',
    keys: 'With a keyboard: press the button “Move and zoom the map”. Then move the map with the arrow keys and zoom with + and −. Enter opens the area in the middle of the map.',
    keysReady:
      'With a keyboard: move the map with the arrow keys and zoom with + and −. Enter opens the area in the middle of the map.',
    activate: 'Move and zoom the map',
    loading: 'The map is loading …',
    hintOpen: "Press Enter to open the area's page.",
    hintNone: 'No area in the middle of the map. Move the map with the arrow keys.',
    unavailable: 'The map cannot be moved or zoomed in this browser. All the areas are in the list.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    list: 'The areas',
    naming: 'that mention the area',
  },
  mapControls: {
    reset: 'Reset',
    resetLabel: "Reset the map's view",
    close: 'Close the map',
    closed: 'The map is closed. The picture of the map is shown again.',
    twoFingers: 'Use two fingers to move the map.',
    ctrlScroll: 'Hold down Ctrl and scroll to zoom the map.',
    cmdScroll: 'Hold down ⌘ and scroll to zoom the map.',
    legend: 'Key',
    legendMunicipality: 'Linköping municipality',
    legendUrbanArea: 'The urban area of Linköping',
    legendFocus: (name: string) => `${name}, the area this page is about (darker)`,
    legendOthers: 'The other areas (lighter)',
    legendDistricts: 'The areas, each in its own colour',
    boundary: {
      before: 'The borders are the ',
      term: 'registration districts',
      after: " of Lantmäteriet, not the municipality's city districts.",
    },
    boundaryMore: 'More about the borders',
  },
  district: {
    presenceUnknown: 'Unknown whether it is in the plan',
    unknownArea: 'Development area unknown',
  },
  share: {
    ogImageAlt: "Insyn – Linköping's work against segregation, open to everyone",
    feed: 'News about the action plans (RSS)',
    districtFeed: (name: string) => `News about ${name} (RSS)`,
  },
  report: {
    link: 'Report an error',
    context: (label: string) => ` in the information from the source ${label}`,
    subject: 'Error on Insyn',
    body: (page: string, fact: string) =>
      `Page: ${page}\nInformation: ${fact}\n\nWhat is wrong, and where is the correct information stated (a link or a document is welcome)?\n`,
  },
  feed: {
    title: "Insyn – news about Linköping's action plans against segregation",
    description:
      "Adopted plans, decisions in minutes, follow-ups, notes in the minutes, events in the measures' history and corrections, the latest first. Each item links to the page with the sources.",
    districtTitle: (name: string) => `Insyn – news about ${name}`,
    districtDescription: (name: string) =>
      `Notes in the minutes and events in measures that mention ${name}, and decisions and follow-ups that concern the whole plan. The latest first.`,
  },
  data: {
    nav: 'Open data',
    title: 'Open data',
    description:
      "Download Insyn's information about the action plans against segregation as CSV and JSON, with a description of each column, a schema and RSS feeds.",
    terms:
      "The information comes from Linköping municipality's public documents and from the sources that each row gives. Decisions and statements by public authorities are not protected by copyright (the Swedish Copyright Act, section 9). You may use, adapt and share the information freely. Give the source: Insyn and the source document.",
  },
  strip: {
    label: 'Status year by year',
    noStatus: 'Status unknown',
    unlisted: 'Unknown whether it is included',
  },
  charts: {
    countedFrom: 'Counted from',
    noData: 'no information',
    year: 'Plan year',
    basis: 'Basis',
    total: 'Total',
    stated: "The follow-up's figures",
    computed: "Counted from the measures' status",
    none: 'No source states a status',
    perMeasure: (year: number) => `${year} (per measure)`,
    yearCaption: "Status of the plans' measures per plan year",
    yearTitle: 'How far did the plans get?',
    conflictTitle: 'The sources contradict each other',
    conflictStatus: (year: number, status: string, stated: number, computed: number) =>
      `${year}: the follow-up states ${stated} ${plural(stated, 'measure', 'measures')} with the status “${status}”, but ${computed} ${plural(computed, 'measure has', 'measures have')} that status according to the sources for each measure.`,
    conflictSum: (year: number, sum: number, total: number) =>
      `${year}: the follow-up's figures add up to ${sum}, but the plan has ${total} ${plural(total, 'measure', 'measures')}.`,
    yearSummary: (
      stated: { year: number; parts: string[]; total: number | null }[],
      unknownYears: number[],
    ) => {
      const known = stated.map(
        (s) =>
          `${s.year}: ${list(s.parts)}${s.total === null ? '' : ` of ${s.total} ${plural(s.total, 'measure', 'measures')}`}`,
      );
      const unknown = unknownYears.length
        ? `for ${list(unknownYears.map(String))} no source that Insyn has says how it went`
        : '';
      return known.length
        ? `Status according to the follow-ups – ${known.join('; ')}${unknown ? `; ${unknown}` : ''}.`
        : `${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}.`;
    },
    moreStatistics:
      'More statistics: status per development area and per responsible body, measures per area, and the state grant',
    area: 'Development area',
    areaUnknown: 'Development area unknown',
    areaCaption: 'Status per development area for the measures that are here',
    organisation: 'Responsible',
    organisationUnknown: 'Responsible body unknown',
    organisationCaption: 'Status per responsible body for the measures that are here',
    entries: 'Measures',
    groupNote:
      'Each measure is counted once for every plan year it is included in. Only the measures documented here are counted, not the whole plans.',
    organisationNote: 'A measure with several responsible bodies is counted for each of them.',
    groupSummary: (entries: number, groups: number, unknown: number) =>
      `${entries} measure ${plural(entries, 'entry', 'entries')} in ${groups} ${plural(groups, 'group', 'groups')}; for ${unknown === entries ? 'all of them' : unknown}, no source that Insyn has gives any status.`,
    measureList: 'the list of measures',
    district: 'Area',
    districtCaption: 'Measures per area',
    districtCount: 'Number of measures',
    districtNote:
      'Each measure is counted once for each area it mentions, whatever the plan year. A measure that mentions several areas is counted in each of them.',
    districtSummary: (parts: string[], none: number) =>
      `${list(parts)}; for ${none} ${plural(none, 'measure', 'measures')}, no source gives any area.`,
    districtSources: 'Each row links to the page where the counted measures are listed.',
    grantTitle: 'The state grant 2018: how the money was to be divided',
    grantCaption: "Financing range per area of activity in the application, share of the year's state grant",
    grantArea: 'Area of activity in the application',
    grantMin: 'Lowest',
    grantMax: 'Highest',
    grantSummary: (largest: string, smallest: string) =>
      `The application planned the largest share for ${largest} and the smallest for ${smallest}. These are planned ranges; no source that Insyn has shows how much each area received.`,
    grantBudget: (amount: string, years: number | null) =>
      `The application counts on ${amount} kronor a year${years === null ? '' : ` for ${years} ${plural(years, 'year', 'years')}`}.`,
    grantNoBudget: "The application's amount per year is not in the text Insyn has.",
  },
  crumbs: {
    label: 'You are here',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may be misspelled, or the page has never been here.',
    searchHeading: 'Search for what you were looking for',
    searchLabel: 'Search word',
    sectionsHeading: 'Or start from one of the sections',
    home: 'The home page',
  },
  origin: {
    note: (party: string) => `${possessive(party)} note in the minutes`,
    document: (kind: keyof typeof documentKindWords, issuer: string) =>
      `${documentKindWords[kind]} from ${issuer}`,
    quote: (origin: string) => `quotation from ${origin}`,
    paraphrase: (origin: string) => `Insyn's summary of ${origin}`,
    confidenceHigh:
      'Certain information: a source mentions the measure with a number or wording from the plan.',
    fromBefore: 'The information about the measure comes from ',
  },
  measureAnswer: {
    noStatus: 'No follow-up that Insyn has gives any status for the measure.',
    statusInYear: (label: string, year: number) => `“${label}” for ${year}`,
    status: (parts: string[]) => `The municipality's follow-up gives the status ${list(parts)}.`,
    latestEvent: (kind: string, date: string, origin: string, text: string) =>
      `Latest known event (${kind.toLowerCase()}, ${date}), according to ${origin}: ${text}`,
  },
  glossary: {
    nav: 'Glossary',
    title: 'Glossary',
    description:
      'Words that Insyn uses, explained in plain English: measure, development area, follow-up, note in the minutes and more.',
    lead: 'Here we explain words that are used on the pages. When a word is underlined with dots, you can tap or click it to come here.',
    statusHeading: 'The status words',
    statusLead: "The municipality's follow-up gives each measure one of these words.",
    unknownStatus:
      "No source that Insyn has states the measure's status. Insyn never guesses. “Unknown” is Insyn's word, not the municipality's.",
  },
  citeItem: {
    permalink: 'Link here',
    checked: 'last checked',
    retrieved: 'retrieved',
    note: 'the note',
    decision: (n: number) => `decision ${n}`,
  },
  planTop: {
    before: 'According to ',
    word: 'the follow-up',
    counts: (year: number, words: string, total: number | null) =>
      ` of the ${year} plan: ${words}${total === null ? '' : `, out of the plan's ${total} measures`}.`,
    more: 'More about the follow-up',
    none: 'Insyn has no figures from a follow-up of this plan.',
  },
  stripLegend: {
    heading: 'How to read the row',
    okand: 'No source gives a status for that year',
    absent: 'The measure is not in the plan that year',
    unlisted: "Insyn does not have the plan's list, so it is unknown whether the measure is included",
    status: (label: string) => `${label} according to the municipality's follow-up`,
  },
  districtTable: {
    years: 'Plan years according to the sources',
    status: 'Status according to the follow-up',
    none: 'no information',
  },
  districtAnswer: {
    heading: (name: string) => `What we know about the work in ${name}`,
    noMeasures: (name: string) => `No source that Insyn has mentions a measure especially for ${name}.`,
    measuresBefore: 'Insyn knows of ',
    measuresAfter: (name: string) => ` that mention ${name}: `,
    latestEvent: 'Latest known event for ',
    according: (kind: string, origin: string, date: string) =>
      ` (${kind.toLowerCase()}, ${date}), according to ${origin}: `,
    noStatus: 'No follow-up that Insyn has gives a status for any of them.',
    someStatus: (k: number, n: number) => `The municipality's follow-up gives a status for ${k} of ${n}.`,
    followUpBefore: 'According to ',
    followUpWord: 'the follow-up',
    followUp: (year: number, counts: string, total: number | null) =>
      ` of the ${year} plan: ${counts}${total === null ? '' : `, out of the plan's ${total} measures`}. The text Insyn has does not say which measures these are or which areas they concern. `,
    statusCount: {
      genomford: (n: number) => `${n} done`,
      pagar: (n: number) => `${n} ongoing`,
      'ej-genomford': (n: number) => `${n} not done`,
    } as Record<string, (n: number) => string>,
    followUpLink: (year: number) => `The ${year} follow-up`,
    // "2 notes" (linked to the glossary) + this; past tense, so one note and several read alike.
    notes: (name: string, parties: string) =>
      ` in the Municipal Executive Board's minutes mentioned ${name}, from ${parties}. `,
    notesLink: 'Read the notes',
    words: 'Words explained in the glossary: ',
    whatIsNote: 'What is a note in the minutes?',
    unlisted: (years: string, name: string) =>
      `Insyn does not have the plans' full lists for ${years}. So more measures may concern ${name} than those listed here, and for most measures we do not know how things went. `,
    unspecified: (n: string) => `${n} with no area given may concern the whole municipality: `,
    unspecifiedLink: 'measures with no area given',
    note: { one: 'note', many: 'notes' },
  },
  events: {
    kinds: { decision: 'Decision', report: 'The municipality reports', news: 'News', claim: 'Claim' },
    kindMeaning: {
      decision: 'a committee or another body decided',
      report: 'the municipality tells what has been done',
      news: 'a newspaper reports',
      claim:
        'someone claims something (a letter to the editor, a party, employees); not established information',
    },
    according: (who: string) => `According to ${who}:`,
    decidedBy: (body: string, diaryNumber?: string) =>
      `Decided by: ${body}${diaryNumber ? ` (diary number ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'Probably part of the measure, but not certain.',
      low: 'Possibly part of the measure, but uncertain.',
    },
    inferredWhy: "The source does not mention the measure. The link is Insyn's conclusion:",
    feedTitle: (kind: string, measure: string) => `${kind} (event): ${measure}`,
  },
  timeline: {
    heading: 'Timeline',
    intro: {
      before: 'Everything Insyn knows about the measure, in date order: the plans, the follow-ups, ',
      term: 'the notes in the minutes',
      after: ' and other events. Each row says what kind of information it is and where it is stated.',
    },
    legend: 'Kind of information',
    plan: 'Plan',
    followUp: 'Follow-up',
    note: 'Note in the minutes',
    dateUnknown: 'Date unknown',
    planInYear: (year: number, number: string | null) =>
      `The measure is in the plan for ${year}${number ? ` as number ${number}` : ''}.`,
    planDateUnknown: 'No source that Insyn has says when the plan was adopted.',
    planDetails: (year: number) => `Details for ${year}`,
    followUpStatus: (year: number, status: string) =>
      `The follow-up of the plan for ${year} gives the measure the status “${status}”.`,
    followUpNoStatus: (year: number) =>
      `The follow-up of the plan for ${year} exists, but no source that Insyn has gives the measure's status in it.`,
    noteBy: (party: string, body: string) =>
      `${party} wrote a note in the minutes (${body}) that mentions the measure.`,
    readNote: 'Read the note',
  },
  decisions: {
    heading: 'Other decisions in the area',
    intro: (name: string) =>
      `The municipality has made more decisions about ${name} than the measures of the action plans. No source that Insyn has says that these decisions belong to an action plan, so they are not counted as the plan's measures.`,
    notInPlan: 'Not known to be part of the action plan.',
    body: 'Decided by',
    date: 'Date',
    diary: 'Diary number',
    diaryUnknown: 'not given in the source',
    wholeMunicipality:
      'The source names no particular area; the decision concerns several parts of the municipality.',
    sameSubject: 'Same subject as the measure',
    none: 'Insyn does not know of any other decisions about the area.',
  },
  series: {
    heading: "The police's classification year by year",
    year: 'Year',
    value: 'Information',
    note: 'Good to know',
    source: 'Source',
    gap: 'no information',
    stripLabel: (label: string) => `${label}, year by year`,
    gapNote:
      'A year without information means that no source that Insyn has gives anything for that year, not that the area was missing from the list.',
  },
  corrections: {
    title: 'Corrections',
    description:
      'All corrections of information on Insyn, the latest first: what was wrong, what is right and where the correct information is stated.',
    lead: 'When Insyn has shown a piece of information that was wrong, we correct it openly. Every correction is here: which page and which information, what was wrong, what is right and the source for what is right. The corrected information shows “Corrected” with a link to here.',
    none: 'No corrections so far.',
    page: 'Page',
    wrong: 'What was wrong',
    right: 'What is right',
    source: 'Source for what is right',
    reporter: 'Reported by',
    corrected: (date: string) => `Corrected ${date}`,
    policy: 'How Insyn corrects errors',
    feedTitle: (subject: string) => `Correction: ${subject}`,
  },
};

/** Document kinds inside a sentence ("quotation from a press release from Linköping Municipality"). */
const documentKindWords = {
  decision: 'a decision',
  minutes: 'the minutes',
  'press-release': 'a press release',
  'grant-application': 'an application',
  'follow-up': 'a follow-up',
  plan: 'a plan',
};
