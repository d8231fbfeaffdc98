/**
 * English interface words: Insyn's translation of sv.ts, not official. Nobody who reads English
 * has reviewed it yet; its review state is recorded in src/i18n/review.ts.
 * Same keys as sv.ts (a missing or extra key fails `npm run check`); function keys take the same
 * parameters and follow English plural rules. Status words: Done (Genomförd), Ongoing (Pågår),
 * Not done (Ej genomförd), Unknown (Okänd), as in content/translations/en.yaml.
 */
import type { Dict } from './index.ts';
import { indicators } from './en/indicators.ts';

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
      /** an easy-read page (/lattlast/…), found from the Swedish search */
      lattlast: 'Easy to read',
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
    description: 'Search in measures, plans, minutes, notes in the minutes and documents.',
    /** which pages the search page searches, in this language's own words about itself */
    scope: 'You are searching the English pages.',
    /** a link to the same words on the Swedish search page */
    inSwedish: 'Search for the same words on the Swedish pages',
    /** between a filter's chosen values in "You searched with the filters …": "Type: Note or Decision" */
    or: 'or',
    /** the date range in "You searched with the filters …" */
    dateLabel: 'Date',
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

  // --- extract-a ---
  // The district, measure, plan, home and statistics pages and their components (issue 13).
  /** Names and counts used across those pages. */
  names: {
    plan: (year: number) => `Plan ${year}`,
    /** a measure no source gives a title for, named by its number in a plan year */
    numberedMeasure: (number: string, year: number) => `Measure ${number} (${year})`,
    untitledMeasure: 'Measure without a known title',
    measures: (n: number) => plural(n, '1 measure', `${n} measures`),
    notes: (n: number) => plural(n, '1 note in the minutes', `${n} notes in the minutes`),
    /** a development area with its number in the plans: "3. Safety" */
    area: (number: number, name: string) => `${number}. ${name}`,
    /** a paragraph in the minutes: "Kommunstyrelsen 14 February 2023 § 31" (body and date come before) */
    paragraph: (n: number) => `§ ${n}`,
  },
  home: {
    description:
      'What Linköping municipality promises and does against segregation in Berga, Ryd and Skäggetorp: plans, measures, follow-ups and minutes, with sources.',
    heading: 'What is Linköping doing against segregation?',
    lead: 'Every year the municipality decides on a plan with measures against segregation. The plans are especially about Berga, Ryd and Skäggetorp. Here you can see what the plans promise, what has been done and what the politicians have said. Every piece of information has a source.',
    yourDistrict: 'Your area',
    plans: 'The plans',
    latestMeetings: 'Latest minutes',
    about: 'About Insyn: where the information comes from and what the status words mean',
  },
  districtsPage: {
    description:
      'Berga, Ryd and Skäggetorp: what the plans against segregation promise and what has been done in each area.',
    lead: 'The plans are aimed especially at three areas in Linköping. Choose your area on the map or in the list.',
  },
  districtPage: {
    description: (name: string) =>
      `${name} in Linköping: measures against segregation, facts with sources and the politicians' notes in the minutes.`,
    measures: (name: string) => `Measures that mention ${name}`,
    /** the line above the tables, around its glossary word */
    orderedBy: { before: 'Ordered by ', term: 'development area', after: '.' },
    unspecified: 'Measures without a stated area',
    unspecifiedText: (name: string) =>
      `For these measures, no source says which area they are about. They may be about the whole municipality. They are not counted as measures for ${name}.`,
    subAreas: 'Parts of the area',
    facts: 'Facts with sources',
    factsNote:
      'The figures come from different sources and measure different things. Each table is one measure of its own; figures in different tables cannot be compared with each other.',
    factColumns: {
      label: 'What is measured',
      value: 'Value',
      year: 'Refers to',
      definition: 'What is counted',
      source: 'Source',
    },
    more: (name: string) => `More about ${name}`,
    notes: (name: string) => `Notes in the minutes that mention ${name}`,
    noNotes: 'None.',
    sameMatters: 'Decisions in the same matters',
    sameMattersText:
      'The decisions in the paragraphs where the notes above are written. No source connects the decisions to a particular area.',
  },
  measuresPage: {
    description:
      "All measures from Linköping's plans against segregation that a source mentions, with year, number and development area.",
    /** the lead up to its link; `measures` is names.measures(n) */
    lead: (measures: string) =>
      `Here are ${measures} that a source mentions. The plans have 50–60 measures each year, but Insyn does not have the plans' lists yet. Read `,
    leadLink: 'how the information is collected',
    leadAfter: '.',
    caption: 'Measures that are documented here',
    columns: {
      measure: 'Measure',
      years: 'Plan year and number',
      area: 'Development area',
      confidence: 'Certainty',
    },
  },
  measurePage: {
    description: (title: string) =>
      `${title}: the history of the measure in Linköping's plans against segregation, year by year, with sources.`,
    paraphraseTitle: "The heading is Insyn's summary, not the plan's own title.",
    /** after "Plan 2023" in the year-by-year list */
    number: (number: string) => ` – no. ${number}`,
    absentIn: (year: number) => `Not in the plan for ${year}`,
    unknownIn: (year: number) => `No source shows whether the measure is in the plan for ${year}`,
    noNotes: 'No note in the minutes that Insyn has mentions the measure.',
    noStatusSource: "No source gives the measure's status this year.",
    note: 'Good to know',
    /** the latest event at the top of the page, up to the event's own text (Insyn's words, shown after it) */
    latestEvent: (kind: string, date: string, origin: string) =>
      `Latest known event (${kind.toLowerCase()}, ${date}), according to ${origin}: `,
    /** "Vänsterpartiet's " before the linked words "note in the minutes" (whose texts the sources are) */
    partyNote: (party: string) => `${possessive(party)} `,
    noteWord: 'note in the minutes',
    /** what the copy buttons of "Cite" copy (cite.copy(what)) */
    copyUrl: 'the address',
    copyCitation: 'the reference',
  },
  /** The one-line citation of a measure page (src/lib/sources/measure-citation.ts). */
  measureCitation: {
    text: (title: string, years: number, ranges: string) =>
      `Insyn, “${title}”, measure in Linköping municipality's ${years === 1 ? 'action plan' : 'action plans'} against segregation ${ranges}.`,
    retrieved: (date: string) => `(retrieved ${date}).`,
  },
  /** A change between two plan years, in one sentence (src/lib/plan/compare.ts); ChangeList adds the full stop. */
  changes: {
    number: (from: string, to: string) => `Number changed from ${from} to ${to}`,
    wording: 'The wording changed',
    area: (from: string, to: string) => `Development area changed from ${from} to ${to}`,
    districts: (from: string, to: string) => `Areas changed from ${from} to ${to}`,
    /** some of the responsible stay */
    responsibleChanged: (from: string, to: string) => `Responsibility changed from ${from} to ${to}`,
    /** none of the responsible stay */
    responsibleMoved: (from: string, to: string) => `Responsibility moved from ${from} to ${to}`,
    status: (from: string, to: string) => `Status changed from ${from} to ${to}`,
  },
  plansPage: {
    description:
      "Linköping's action plans against segregation 2021–2025: when they were decided, how many measures they have and how many are documented here.",
    heading: 'Action plans against segregation',
    lead: 'The municipality decides on a new plan every year. Here are the plans and what the sources say about them.',
    caption: 'The plans year by year',
    columns: {
      plan: 'Plan',
      decided: 'Adopted',
      stated: 'Measures in the plan',
      documented: 'Documented here',
    },
  },
  planPage: {
    description: (name: string) =>
      `${name}: decision, number of measures, follow-up and the measures that are documented here.`,
    about: 'About the plan',
    documented: 'Measures that are documented here',
    noneDocumented: 'No source that Insyn has mentions any single measure in this plan.',
    documents: 'Decisions and documents',
  },
  comparePage: {
    description: (from: number, to: number) =>
      `Which measures were added, disappeared, got a new number or changed between the plan for ${from} and the plan for ${to}.`,
    /** a section heading with its count: "New measures (2 measures)" */
    heading: (label: string, n: number) => `${label} (${plural(n, '1 measure', `${n} measures`)})`,
  },
  followUpTable: {
    caption: "Status of the plan's measures according to the follow-up",
    status: 'Status',
    count: 'Number of measures',
    total: 'Total',
  },
  requestPlan: {
    text: "Insyn does not have the plan's list of measures yet. It is a public document, and everyone has the right to see it under the principle of public access to official documents. You do not need to say who you are or why you want it (Freedom of the Press Act, chapter 2, sections 1 and 18).",
    askFor: 'Ask for:',
    contact: 'Contact Linköping municipality, Storgatan 58, 581 81 Linköping, phone 013-20 60 00.',
    sendBefore: 'Did you get the document? ',
    sendLink: 'Please send it to Insyn',
    sendAfter: ' so that the page becomes more complete.',
  },
  statisticsPage: {
    description: 'How far the plans have come, in figures with sources.',
    lead: 'Figures about the plans and the follow-ups, with sources. Under each chart there is a table with exactly the figures that the chart shows, and the source of the figures is a link on each row or under the table.',
    byArea: 'Status by development area',
    byOrganisation: 'Status by who is responsible',
    perDistrict: 'Measures by area',
  },
  /** Charts: what the drawing needs besides charts.* */
  chartText: {
    /** after a percentage: "25%" */
    percent: '%',
    /** a district's bar in the summary: "Berga 3" */
    districtCount: (name: string, n: string) => `${name} ${n}`,
    /** a status's count in the summary: "done 15" */
    statusCount: (label: string, n: string) => `${label.toLowerCase()} ${n}`,
    /** a grant interval in the summary: "School (20–30%)" */
    range: (label: string, min: string, max: string) => `${label} (${min}–${max}%)`,
  },
  /** The map's district list and the name shown on hover (src/lib/district/districts.ts). */
  mapText: {
    /** "Skäggetorp: 3 measures", the shape's title and the map's hover label */
    summary: (name: string, n: number) => `${name}: ${plural(n, '1 measure', `${n} measures`)}`,
    /** under each name in the list */
    count: (n: number) => `${plural(n, '1 measure mentions', `${n} measures mention`)} the area`,
  },
  /** Under the map and list: what the shapes are. */
  boundaryNote: {
    before: "The borders on the map are Lantmäteriet's ",
    term: 'registration districts',
    after:
      ", not the municipality's city districts. Ryd matches the city district well. The Skäggetorp district also includes Tornby and farmland north of the city district. The Berga district is much larger than the city district and also includes Ekholmen and land to the south. Data from Who's On First; geometry Lantmäteriet (CC0).",
  },
  districtTableText: {
    /** a plan year with the measure's number that year: "2023 (no. 3.1)" */
    yearNumber: (year: number, number: string | null) => (number ? `${year} (no. ${number})` : String(year)),
  },

  // --- extract-b ---
  /** The notices at the top of a page in another language than Swedish (Base.astro, [page].astro). */
  pageNotice: {
    /** after t.translation.unreviewed's place, when a person who reads the language has checked it */
    reviewed: (by: string, date: string) => `The translation has been checked by ${by} (${date}).`,
    /** the link to the section of /om/ about translations */
    policy: 'How Insyn translates',
    /** an editorial page that has no translation yet: its Swedish text follows */
    onlySwedish: 'This page is only in Swedish so far. Here is the Swedish text.',
    /** a document page: the transcribed text stays as the source wrote it */
    fullTextSwedish: "The document's text is here in Swedish, as in the source.",
  },
  /** Where a source is and how an item is cited (src/lib/sources/citation.ts, src/lib/sources/item-citation.ts). */
  citation: {
    /** page and paragraph after a document's short name: "KS 2023-02-14 § 31, p. 4, para. 33" */
    at: (page: number, block: string) => `, p. ${page}, para. ${block}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}, note in the minutes, ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}, decision ${n}: “${text}” (${where}). Insyn: ${url}`,
    original: (url: string) => `; the original: ${url}`,
    /** what the copy button copies ("Copy the reference") */
    copyWhat: 'the reference',
  },
  /** The feeds' items (src/lib/feed/items.ts); a feed is in one language, its quotations stay Swedish. */
  feedText: {
    source: (label: string) => ` Source: ${label}.`,
    planTitle: (year: number) => `Plan ${year} adopted`,
    planDecided: (name: string, by: string | null, date: string) =>
      `${name} was adopted${by ? ` by ${by}` : ''} on ${date}.`,
    decisionTitle: (heading: string) => `Decision: ${heading}`,
    decisionItem: (n: number, text: string) => `${n}. “${text}”`,
    followUpTitle: (year: number) => `Follow-up of plan ${year}`,
    followUpReported: (year: number, date: string) =>
      `The follow-up of the plan for ${year} was presented on ${date}.`,
    followUpCount: (label: string, n: string | null) => `${label}: ${n ?? 'unknown'}`,
    followUpTotal: (n: number, formatted: string) => ` (of ${formatted} ${plural(n, 'measure', 'measures')})`,
    followUpNoCounts: ' No source states how many measures were carried out.',
    noteTitle: (party: string, heading: string) => `Note in the minutes (${party}): ${heading}`,
    noteDescription: (author: string, party: string | null, summary: string) =>
      `${author}${party ? ` (${party})` : ''}. Insyn's summary: ${summary}`,
    /** the feed's <language>, RSS's lower-case form of the page language */
    language: 'en-gb',
  },
  /** /protokoll/ and /protokoll/<id>/ */
  meetingsPage: {
    description:
      "Paragraphs from the municipality's minutes about the action plans against segregation, with decisions and the parties' notes in the minutes.",
    lead: 'Paragraphs from minutes where the plans against segregation are dealt with, with decisions and notes in the minutes.',
    notes: (n: number, formatted: string) =>
      `${formatted} ${plural(n, 'note in the minutes', 'notes in the minutes')}`,
    meetingDescription: (title: string) => `${title}. Decisions and notes in the minutes.`,
    concerns: 'Concerns',
    plan: (year: number) => `plan ${year}`,
    informationLead: "Insyn's summary, with a reference to the paragraph in the minutes.",
  },
  /** /dokument/ and /dokument/<id>/ */
  documentsPage: {
    description:
      'The source documents that Insyn is built on: decisions, minutes, press releases and an application, with the full text.',
    lead: 'Public documents that Insyn is built on. Each document is shown with its full text, so that every source reference can point to the right paragraph.',
    kind: 'Type',
    draftNote: 'the document is marked DRAFT (UTKAST).',
    noOriginal: 'The address of the original is not known',
    numbered: 'The pages and paragraphs are numbered by Insyn.',
  },
  /** /kallor/ */
  referencesPage: {
    description:
      "Other public sources that Insyn refers to: the municipality's web pages, press releases, parties and news.",
    /** the lead, around its link to the documents */
    leadBefore: 'Besides the ',
    leadLink: 'documents',
    leadAfter:
      ', Insyn refers to these pages. Insyn does not show their text, only what they say, with a link.',
    primaryWord: 'Primary',
    primaryMeans: ' means that the municipality, an authority or a party wrote the text itself.',
    secondaryWord: 'Secondary',
    secondaryMeans: ' means news, summaries or translations.',
    primary: 'Primary source',
    secondary: 'Secondary source',
    noUrl: 'Insyn does not have the web address of the source.',
  },
  /** /data/: the page. Strings marked HTML are rendered with set:html: keep their tags. */
  dataPage: {
    lead: 'Everything that Insyn shows about the plans, the measures, the follow-ups and the minutes is also available as files to download. The files are built from the same information as the pages, every time the website is built.',
    /** shown on the pages in other languages: the files are not translated */
    filesSwedish:
      'The files are in Swedish, like the sources: the names of the columns are English words, but the values and the texts are Swedish.',
    files: 'Files',
    about: 'About the files',
    /** HTML: the list under "About the files" */
    aboutItems: (separator: string, sourceExample: string) => [
      '<strong>CSV</strong> is encoded as UTF-8 with a byte order mark (BOM), has semicolons (<code>;</code>) between the columns and CRLF line endings. That way Excel with Swedish settings opens the file correctly with a double click. In other programs: choose the character encoding UTF-8 and semicolon as the separator.',
      'The first row has the names of the columns. The columns are described below.',
      'An <strong>empty cell</strong> means that no source that Insyn has gives the information. It does not mean zero or no.',
      `A <strong>list</strong> in a cell has the character <code>${separator}</code> between the values.`,
      "A cell that would start with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tab or carriage return has an <strong>apostrophe</strong> (<code>'</code>) first in the CSV file, so that Excel and LibreOffice show it as text and do not run it as a formula. The apostrophe is not part of the value: Insyn removes it when the file is read in again, and the JSON file has the value without it.",
      'Dates are written as exactly as the source gives them: <code>2023-02-14</code>, <code>2020-12</code> or <code>2018</code>.',
      `The source columns are paths on Insyn, like <code>${sourceExample}</code>: the paragraph in the source document where the information is.`,
      '<strong>JSON</strong> has the same rows as the CSV file, under <code>rows</code>. There, whole numbers are numbers, lists are arrays and empty cells are <code>null</code>. The file also has the description of the columns (<code>columns</code>) and the terms (<code>terms</code>).',
      'The file <code>measures.csv</code> has the same form that Insyn reads in when new measures are added. So a changed file can be read in again.',
    ],
    columns: 'Columns',
    rowIs: (what: string) => `A row is ${what}.`,
    columnsCaption: (dataset: string) => `Columns in ${dataset}`,
    schema: 'Schema for the content',
    /** HTML */
    schemaText:
      "Insyn's content is stored as YAML and Markdown files in the folder <code>content/</code>. Each collection has a JSON Schema (draft 2020-12) that is made from the same rules that the website checks the content with. Rules that concern several fields or collections (for example that a measure with low certainty must have a warning) cannot be expressed in the schema; they are checked when the website is built.",
    feeds: 'Feeds (RSS)',
    feedsLead:
      'Follow new decisions, follow-ups and notes in the minutes in an RSS reader. The latest comes first, and each item links to the page with the sources. Only events with a date that the source gives are included.',
    feedsLanguages:
      'The feeds are in Swedish, English and Arabic, with the same items. Quotations and texts that Insyn has not translated are in Swedish in all feeds.',
    feedsText: [
      "Events in a measure's history have their kind in the heading (Decision, The municipality reports, News or Claim). Corrections are included in the website's feed.",
      "An area's feed has the notes in the minutes that mention the area, the same as the area's page, and the events in the measures that mention the area. It also has adopted plans, decisions about the plans and follow-ups, because each plan is about Berga, Ryd and Skäggetorp together.",
      'RSS needs a time of day. The sources only give the day, so the items get the time 12:00 (UTC) on that day. Events where the source only gives a month or a year get no date in the feed.',
    ],
    terms: 'Terms',
    termsExample: (site: string) =>
      `For example, write: “Source: Insyn (${site}), based on the minutes of the Municipal Executive Board (Kommunstyrelsen) 2023-02-14 § 31.”`,
    errors: 'Have you found an error?',
    errorsText: (link: string) =>
      `Next to every source reference on the website there is the link “${link}”. It opens a message where the page and the information are already filled in. You can also write directly to `,
  },
  /** The tables on /data/ */
  dataTables: {
    downloads: 'Files to download',
    dataset: 'Information',
    rowIs: 'A row is',
    rows: 'Rows',
    files: 'Files',
    rowCount: (n: number, formatted: string) => `${formatted} ${plural(n, 'row', 'rows')}`,
    column: 'Column',
    type: 'Type',
    meaning: 'Meaning',
    allowed: 'Allowed values',
    /** a column's type as the files name it (heltal, text, lista, id) */
    types: { heltal: 'whole number', text: 'text', lista: 'list', id: 'id' },
  },
  /**
   * The datasets' documentation (src/lib/data-export/datasets.ts): the /data/ page shows it in the page's
   * language, the JSON files carry the Swedish. Per column: its meaning and allowed values.
   */
  dataFiles: {
    titles: {
      measures: 'Measures',
      plans: 'Plans',
      'follow-ups': 'Follow-ups',
      notes: 'Notes in the minutes',
      documents: 'Documents',
      events: 'Events',
    },
    rowIs: {
      measures: 'one measure in one plan year',
      plans: 'one plan year',
      'follow-ups': 'one status word in the follow-up of one plan year',
      notes: 'one note in the minutes',
      documents: 'one source document',
      events: "one event in a measure's history (decision, information from the municipality, news or claim)",
    },
    source: {
      meaning: (of: string) =>
        `The source for ${of}: the path on Insyn to the paragraph in the source document or to the reference on the Sources page`,
      allowed: (document: string, reference: string) =>
        `like ${document} or ${reference}; empty when the value is unknown`,
    },
    remark: {
      meaning: (of: string) => `Insyn's remark about ${of}, for example why the information is missing`,
      allowed: 'free text or empty',
    },
    page: {
      meaning: 'The page on Insyn where the information is shown with its sources',
      allowed: 'a path that starts with /',
    },
    /** what a source or remark column is about */
    of: {
      date: 'the date',
      decider: 'the decision-maker',
      count: 'the number',
      counts: 'the numbers',
      followUp: 'the follow-up (where it is presented)',
      note: 'the note',
    },
    plans: {
      plan_year: { meaning: "The plan's year", allowed: 'for example 2023' },
      name: { meaning: 'The name of the plan as the sources call it', allowed: 'text' },
      decided_on: {
        meaning: 'The day the plan was adopted',
        allowed:
          'YYYY-MM-DD, YYYY-MM or YYYY, as exactly as the source gives it; empty = no source gives a date',
      },
      decided_by: { meaning: 'Who adopted the plan', allowed: 'text; empty = unknown' },
      measure_count: {
        meaning: 'Number of measures in the plan according to the source',
        allowed: 'whole number; empty = no source gives the number',
      },
      measures_documented: {
        meaning:
          "Number of the plan's measures that are described on Insyn (rows in measures.csv for the year)",
        allowed: 'whole number, 0 or more',
      },
      plan_document_available: {
        meaning: 'Whether Insyn has the plan document itself with the list of measures',
        allowed: 'true or false',
      },
      documents: {
        meaning: 'Source documents about the plan',
        allowed: 'ids from documents.csv, separated by |',
      },
      meetings: {
        meaning: 'Paragraphs in the minutes where the plan was dealt with',
        allowed: 'ids (meeting_id in notes.csv), separated by |',
      },
      request_hint: {
        meaning: 'What to ask the municipality for to get the plan document',
        allowed: 'text',
      },
    },
    followUps: {
      plan_year: { meaning: 'The year of the plan that is followed up', allowed: 'for example 2022' },
      status: { meaning: 'The status that the row counts' },
      status_label: { meaning: 'The status word as the follow-up writes it' },
      count: {
        meaning: 'Number of measures with the status according to the follow-up',
        allowed: 'whole number; empty = no source gives the number',
      },
      total: {
        meaning: 'Number of measures that the follow-up says it covers',
        allowed: 'whole number; empty = not given',
      },
      reported_on: {
        meaning: 'The day the follow-up was approved or presented',
        allowed: 'YYYY-MM-DD, YYYY-MM or YYYY; empty = unknown',
      },
    },
    notes: {
      meeting_id: {
        meaning: (path: string) => `The id of the paragraph in the minutes on Insyn (the address ${path})`,
        allowed: 'lower-case letters a–z, digits and hyphens',
      },
      meeting_date: { meaning: 'The date of the meeting', allowed: 'YYYY-MM-DD' },
      body: { meaning: 'The body that held the meeting', allowed: 'for example Kommunstyrelsen' },
      paragraph: { meaning: 'Paragraph number (§) in the minutes', allowed: 'whole number' },
      diary_number: {
        meaning: 'Registration number (diarienummer)',
        allowed: 'for example KS 2020-754; empty if the minutes do not show one',
      },
      note_id: { meaning: "The note's id (anchor on the minutes page)", allowed: 'like anteckning-v' },
      party: { meaning: 'The party that submitted the note', allowed: 'id from parties.yaml, for example v' },
      party_name: { meaning: "The party's name", allowed: 'text' },
      author: { meaning: 'Who submitted the note, as the minutes write it', allowed: 'text' },
      summary: { meaning: "Insyn's summary of the note (not the party's words)", allowed: 'text' },
      quotes: { meaning: 'Short quotations from the note', allowed: 'quotations separated by |' },
      measures: {
        meaning: 'Measures that the note mentions',
        allowed: 'measure_id from measures.csv, separated by |; empty = mentions none',
      },
      topics: { meaning: 'Topics that the note takes up', allowed: 'words separated by |' },
      districts: {
        meaning: 'Areas that the note mentions',
        allowed: (ids: string, separator: string) =>
          `${ids}, separated by ${separator}; empty = mentions none`,
      },
    },
    documents: {
      document_id: {
        meaning: (path: string) => `The document's id on Insyn (the address ${path})`,
        allowed: 'lower-case letters a–z, digits and hyphens',
      },
      title: { meaning: "The document's own heading", allowed: 'text' },
      short: { meaning: 'Short name that Insyn uses in source references', allowed: 'text' },
      kind: { meaning: 'Kind of document' },
      date: {
        meaning: 'The date that the document bears',
        allowed: 'YYYY-MM-DD, YYYY-MM or YYYY; empty = the document bears no date',
      },
      date_note: {
        meaning: 'What is known about the date when the document bears none',
        allowed: 'free text or empty',
      },
      issuer: { meaning: 'Who issued the document', allowed: 'text' },
      diary_number: {
        meaning: 'Registration number (diarienummer)',
        allowed: 'text; empty = the document shows none',
      },
      url: { meaning: 'Where the original is published', allowed: 'a web address; empty = unknown' },
      origin: { meaning: 'The file that the text was copied from', allowed: 'path' },
      draft: { meaning: 'Whether the document says that it is a draft', allowed: 'true or false' },
      summary: { meaning: "Insyn's sentence about what the document is", allowed: 'text' },
    },
  },
  /** the districts' indicators over time (src/i18n/en/indicators.ts) */
  indicators,
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
