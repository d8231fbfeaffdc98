/**
 * The search's query table (issue 25): what a journalist types, in each full language, and what
 * must come back. Used by tests/e2e/search-table.spec.ts (one search page per language, every query
 * typed on it) and by `npm run bench` (recall on this table, time to the first result).
 *
 * A row expects its first result (`first`), results among the first three (`top3`; an entry that
 * ends in "*" is a URL start, e.g. any section of one document), and with `noDeadEnd`, that the
 * query finds results although no result has every word: the first one says what it lacks
 * ("Saknas: …"). URLs are the records' own (src/lib/search/records.ts), under the language's prefix.
 */
export interface QueryRow {
  lang: 'sv' | 'en' | 'ar';
  q: string;
  first?: string;
  top3?: string[];
  noDeadEnd?: boolean;
  /** what the row shows (a plural, a misspelling, a name first …) */
  why: string;
}

const MINUTES = '/protokoll/ks-2023-02-14-31/';
const note = (party: string) => `${MINUTES}#anteckning-${party}`;

export const queryTable: QueryRow[] = [
  // The queries
  { lang: 'sv', q: 'kritik plan 2023', top3: [note('mp'), note('v')], why: 'an everyday word for a note' },
  {
    lang: 'sv',
    q: 'Miljöpartiet kritik',
    first: note('mp'),
    why: '"kritik" finds the note that says "kritiserar"',
  },
  {
    lang: 'sv',
    q: 'protokollsanteckningar kommunstyrelsen 2023',
    top3: [note('ll'), note('v')],
    why: 'a plural, and the body of the notes (their context)',
  },
  { lang: 'sv', q: 'protokollsanteckning 2023', top3: [note('ll'), note('v'), note('mp')], why: 'singular' },
  {
    lang: 'sv',
    q: 'vad kritiserade Miljöpartiet 2023',
    first: note('mp'),
    noDeadEnd: true,
    why: 'a question: no result has "vad"',
  },
  {
    lang: 'sv',
    q: 'statsbidraget till Skäggetorp',
    top3: ['/dokument/ansokan-2018-tillvaxtverket/*'],
    why: 'the grant application, by its title (context) in the definite form',
  },
  { lang: 'sv', q: 'skagetorp', first: '/omraden/skaggetorp/', why: 'a misspelt district, put right' },
  {
    lang: 'sv',
    q: 'områdesteam',
    first: '/atgarder/omradesteam/#ar-2021',
    why: 'the measure before its events',
  },
  // Plurals and definite forms
  {
    lang: 'sv',
    q: 'områdesteamen',
    first: '/atgarder/omradesteam/#ar-2021',
    why: 'definite plural of a name',
  },
  {
    lang: 'sv',
    q: 'förskolorna',
    top3: ['/omraden/skaggetorp/#beslut-forskolor-skaggetorp-2023'],
    why: 'plural',
  },
  { lang: 'sv', q: 'protokollet', top3: [note('ll')], why: 'neuter definite, widened' },
  { lang: 'sv', q: 'Skäggetorps', first: '/omraden/skaggetorp/', why: 'genitive of a name' },
  // Misspellings and ASCII
  { lang: 'sv', q: 'Skägetorp', first: '/omraden/skaggetorp/', why: 'a letter missing' },
  { lang: 'sv', q: 'skaggetorp', first: '/omraden/skaggetorp/', why: 'ASCII' },
  { lang: 'sv', q: 'Berrga', first: '/omraden/berga/', why: 'a letter too many' },
  { lang: 'sv', q: 'Miljöpartite', first: note('mp'), why: 'a misspelt party' },
  { lang: 'sv', q: 'kommunstyrlsen', first: MINUTES, why: 'a misspelt body: its minutes first' },
  // Names first
  {
    lang: 'sv',
    q: 'Skäggetorp',
    first: '/omraden/skaggetorp/',
    why: 'the district before the Skäggetorp school',
  },
  {
    lang: 'sv',
    q: 'åtgärd 5.4',
    first: '/atgarder/kulturskolan-for-fler/#ar-2023',
    why: 'a measure by number',
  },
  {
    lang: 'sv',
    q: 'kulturskolan',
    first: '/atgarder/kulturskolan-for-fler/#ar-2023',
    why: 'a measure by name',
  },
  { lang: 'sv', q: 'plan 2023', first: '/planer/2023/', why: 'a plan year' },
  { lang: 'sv', q: '2023', first: '/planer/2023/', why: 'a year alone names the plan' },
  // Context
  { lang: 'sv', q: 'Sofia Frithioff', first: note('v'), why: "a note's author" },
  { lang: 'sv', q: 'barnfattigdomen Skäggetorp', first: note('v'), why: 'a definite form in a note' },
  { lang: 'sv', q: 'KS 2020-754', top3: [MINUTES], why: 'a diary number' },
  // No dead ends
  {
    lang: 'sv',
    q: 'kulturskolan qwerty',
    first: '/atgarder/kulturskolan-for-fler/#ar-2023',
    noDeadEnd: true,
    why: 'a word no result has',
  },
  // English
  { lang: 'en', q: 'Miljöpartiet criticism', first: `/en${note('mp')}`, why: 'an everyday word in English' },
  {
    lang: 'en',
    q: 'area teams',
    first: '/en/atgarder/omradesteam/#ar-2021',
    why: 'the measure by its English name',
  },
  { lang: 'en', q: 'skagetorp', first: '/en/omraden/skaggetorp/', why: 'a misspelt district' },
  { lang: 'en', q: 'Kommunstyrelsen', first: `/en${MINUTES}`, why: 'a body in Swedish' },
  {
    lang: 'en',
    q: 'protocol notes 2023',
    top3: [`/en${note('ll')}`, `/en${note('v')}`],
    why: 'plural in English',
  },
  {
    lang: 'en',
    q: 'kulturskolan qwerty',
    first: '/en/atgarder/kulturskolan-for-fler/#ar-2023',
    noDeadEnd: true,
    why: 'a word no result has',
  },
  {
    lang: 'en',
    q: 'what did Miljöpartiet criticise in 2023',
    first: `/en${note('mp')}`,
    noDeadEnd: true,
    why: 'a question in English',
  },
  {
    lang: 'en',
    q: 'vad kritiserade Miljöpartiet 2023',
    first: `/en${note('mp')}`,
    noDeadEnd: true,
    why: 'the Swedish question on the English page',
  },
  {
    lang: 'en',
    q: 'statsbidraget till Skäggetorp',
    top3: ['/en/dokument/ansokan-2018-tillvaxtverket/*'],
    why: 'Swedish words on the English page',
  },
  // Arabic
  {
    lang: 'ar',
    q: 'ماذا انتقد حزب البيئة 2023',
    first: `/ar${note('mp')}`,
    noDeadEnd: true,
    why: 'a question in Arabic',
  },
  {
    lang: 'ar',
    q: 'vad kritiserade Miljöpartiet 2023',
    first: `/ar${note('mp')}`,
    noDeadEnd: true,
    why: 'the Swedish question on the Arabic page',
  },
  {
    lang: 'ar',
    q: 'statsbidraget till Skäggetorp',
    top3: ['/ar/dokument/ansokan-2018-tillvaxtverket/*'],
    why: 'Swedish words on the Arabic page',
  },
  {
    lang: 'ar',
    q: 'Skagetorp',
    first: '/ar/omraden/skaggetorp/',
    why: 'a misspelt district in Latin letters',
  },
  {
    lang: 'ar',
    q: 'انتقاد Miljöpartiet',
    first: `/ar${note('mp')}`,
    why: 'an everyday word in Arabic, a party in Swedish',
  },
  { lang: 'ar', q: 'خطة 2023', first: '/ar/planer/2023/', why: 'a plan year in Arabic' },
  { lang: 'ar', q: 'Berrga', first: '/ar/omraden/berga/', why: 'a misspelt district' },
  {
    lang: 'ar',
    q: 'Skäggetorp qwerty',
    first: '/ar/omraden/skaggetorp/',
    noDeadEnd: true,
    why: 'a word no result has',
  },
];

/** What a search page shows for a query, as far as the table checks it. */
export interface Shown {
  /** the result URLs in order */
  urls: string[];
  /** whether the first result says which words it lacks */
  firstLacks: boolean;
}

const matches = (expected: string, url: string) =>
  expected.endsWith('*') ? url.startsWith(expected.slice(0, -1)) : url === expected;

/** What is wrong with what a query showed, in words that name the query; none when the row holds. */
export function checkRow(row: QueryRow, shown: Shown): string[] {
  const name = `${row.lang} "${row.q}" (${row.why})`;
  const top = shown.urls.slice(0, 3);
  const problems: string[] = [];
  if (shown.urls.length === 0) problems.push(`${name}: no results (a dead end)`);
  if (row.first && !matches(row.first, shown.urls[0] ?? ''))
    problems.push(`${name}: first is ${shown.urls[0] ?? 'nothing'}, expected ${row.first}`);
  for (const expected of row.top3 ?? [])
    if (!top.some((url) => matches(expected, url)))
      problems.push(`${name}: ${expected} is not in the first three (${top.join(', ')})`);
  if (row.noDeadEnd && !shown.firstLacks)
    problems.push(`${name}: the first result does not say what it lacks`);
  return problems;
}
