import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import type { Entry } from '../../../src/lib/site/snapshot.ts';
import type { EasyReadFile } from '../../../src/schemas/easy-read.ts';
import { lattlast as e } from '../../../src/i18n/lattlast/index.ts';
import {
  districtAnswerLines,
  districtFacts,
  districtSources,
  easyEvents,
  easyReadProblems,
  easySource,
  easyTexts,
  followUpFact,
  followUpLines,
  followUpNone,
  measureAnswerLines,
  measureFacts,
  measurePlanLines,
  planAnswerLines,
  planKnownLines,
  planFacts,
  yearSpans,
  type EasyLine,
} from '../../../src/lib/easy-read/facts.ts';

// The fixture: plan 2023 (2 measures stated, list not available), its follow-up counts
// 1 Genomförd and 1 Pågår and gives "parken" Genomförd; "parken" is in Norr, "jobb" (low
// confidence) names no district.
const base = loadContent('tests/fixtures/valid').snapshot;
const texts = (lines: EasyLine[]) => lines.map((l) => l.text);
const measure = (site: ReturnType<typeof buildSite>, id: string) => site.measureById.get(id)!;

function variant(change: (s: Snapshot) => void) {
  const s: Snapshot = structuredClone(base);
  change(s);
  return buildSite(s);
}

const file = (data: Partial<EasyReadFile>, id = 'atgarder'): Entry<EasyReadFile> => ({
  id,
  file: `content/lattlast/${id}.yaml`,
  data: { review: { status: 'unreviewed' }, measures: [], districts: [], words: [], ...data },
});

test('a district answer starts with the counts sentence, explains the word and says what is known of the status', () => {
  const site = buildSite(base);
  assert.deepEqual(texts(districtAnswerLines(districtFacts(site, 'norr'), e)), [
    'Insyn känner till 1 åtgärd som gäller Norr.',
    'En åtgärd är något som kommunen lovar att göra.',
    'Kommunens uppföljning säger hur det gick för åtgärden.',
    'Insyn har inte hela listan med åtgärder för 2023. Därför kan fler åtgärder gälla Norr.',
  ]);
});

test('when no follow-up gives a status the district answer says "Det vet vi inte." and never fills it in', () => {
  const site = variant((s) => {
    s.followUps[0].data.measures = [];
    s.measures.find((m) => m.id === 'jobb')!.data.years[0].districts = ['norr'];
  });
  const lines = districtAnswerLines(districtFacts(site, 'norr'), e);
  assert.deepEqual(texts(lines).slice(0, 6), [
    'Insyn känner till 2 åtgärder som gäller Norr.',
    // Counts never imply certainty: the uncertain one is said right after the count.
    '1 av dem är osäker. Det är inte säkert att den finns i planen.',
    'En åtgärd är något som kommunen lovar att göra.',
    'Har kommunen gjort dem?',
    'Det vet vi inte.',
    'Ingen uppföljning säger hur det gick för de här åtgärderna.',
  ]);
  assert.ok(!texts(lines).join(' ').includes('Genomförd'));
});

test('some statuses known: counted as the standard answer counts them', () => {
  const site = variant((s) => {
    s.measures.find((m) => m.id === 'jobb')!.data.years[0].districts = ['norr'];
  });
  const f = districtFacts(site, 'norr');
  assert.equal(f.withStatus, 1);
  assert.equal(
    districtAnswerLines(f, e).find((l) => l.key === 'status')!.text,
    'Kommunens uppföljning säger hur det gick för 1 av de 2 åtgärderna.',
  );
});

test('a district with no measure says so, without the status lines', () => {
  const site = variant((s) => {
    s.measures.find((m) => m.id === 'parken')!.data.years[0].districts = null;
  });
  const lines = districtAnswerLines(districtFacts(site, 'norr'), e);
  assert.equal(lines[0].text, 'Insyn känner inte till någon åtgärd som gäller Norr.');
  assert.deepEqual(
    lines.map((l) => l.key),
    ['count', 'unlisted'],
  );
});

test('a measure in a district carries the source that places it there, as the standard answer cites it', () => {
  const site = buildSite(base);
  assert.deepEqual(districtSources(site, 'norr', measure(site, 'parken')), [
    { document: 'beslut', anchor: 'st-3' },
  ]);
});

test('follow-up counts become one sentence per status, in status order, with the total', () => {
  const site = buildSite(base);
  assert.deepEqual(texts(followUpLines(followUpFact(site, 2023), e)), [
    '1 åtgärd är genomförd. Den är gjord.',
    '1 åtgärd pågår. Den är inte klar.',
    'Planen hade 2 åtgärder.',
    'Vilka åtgärder är gjorda? Det säger inte uppföljningen.',
  ]);
});

test('a follow-up without counts says it exists and that the counts are unknown', () => {
  const site = variant((s) => {
    s.followUps[0].data.counts = null;
  });
  const f = followUpFact(site, 2023);
  assert.equal(f.kind, 'no-counts');
  assert.deepEqual(texts(followUpLines(f, e)), [
    'Kommunen har följt upp planen för 2023. Men hur många åtgärder blev gjorda?',
    'Det vet vi inte.',
  ]);
});

test('plans without a follow-up are named once, as spans of years', () => {
  const site = variant((s) => {
    s.followUps = [];
  });
  assert.equal(
    followUpNone([followUpFact(site, 2023)], e),
    'Insyn har ingen uppföljning av planen för 2023.',
  );
  assert.equal(
    followUpNone(
      [2021, 2022, 2023, 2025].map((year) => ({ year, kind: 'none' as const })),
      e,
    ),
    'Insyn har ingen uppföljning av planerna för 2021 till 2023 och 2025.',
  );
  assert.equal(
    e.years(yearSpans([2021, 2022, 2024, 2025])),
    '2021, 2022, 2024 och 2025',
    'two years in a row are two years, not a span',
  );
  assert.deepEqual(yearSpans([2025, 2021, 2022, 2023, 2022]), [
    [2021, 2023],
    [2025, 2025],
  ]);
});

test('a plan answer gives the stated count and the word; then how many Insyn knows and how many are uncertain', () => {
  const site = buildSite(base);
  const f = planFacts(site, site.planByYear.get(2023)!);
  assert.deepEqual(texts(planAnswerLines(f, e)), [
    'Planen har 2 åtgärder.',
    'En åtgärd är något som kommunen lovar att göra.',
  ]);
  assert.deepEqual(texts(planKnownLines(f, e)), [
    'Insyn känner till 2 av planens 2 åtgärder.',
    '1 av dem är osäker. Det är inte säkert att den finns i planen.',
    'Insyn har inte hela listan med åtgärder.',
  ]);
});

test('a plan whose size no source states says "Det vet vi inte."', () => {
  const site = variant((s) => {
    s.plans[0].data.measureCount = { value: null };
  });
  assert.deepEqual(texts(planAnswerLines(planFacts(site, site.planByYear.get(2023)!), e)).slice(0, 2), [
    'Hur många åtgärder har planen?',
    'Det vet vi inte.',
  ]);
});

test('a measure answer gives the follow-up status per year, or says it is not known', () => {
  const site = buildSite(base);
  assert.deepEqual(texts(measureAnswerLines(measureFacts(site, measure(site, 'parken')), e)), [
    'Kommunens uppföljning av planen för 2023 säger: Genomförd.',
  ]);
  assert.deepEqual(texts(measureAnswerLines(measureFacts(site, measure(site, 'jobb')), e)), [
    'Har kommunen gjort det här?',
    'Det vet vi inte.',
    'Ingen uppföljning säger hur det gick.',
  ]);
});

test("a measure's plans: the years it is in, its number, or that the number is unknown", () => {
  const site = buildSite(base);
  assert.deepEqual(texts(measurePlanLines(measureFacts(site, measure(site, 'parken')), e)), [
    'Åtgärden finns i planen för 2023.',
    'Den har nummer 1.1 i planen för 2023.',
  ]);
  // An uncertain measure (only a newspaper names it) is never said to be in the plan.
  assert.deepEqual(texts(measurePlanLines(measureFacts(site, measure(site, 'jobb')), e)), [
    'En källa räknar åtgärden till 2023. Det är inte säkert att den finns i planen.',
    'Vi vet inte vilket nummer åtgärden har i planen.',
  ]);
});

test("a source in a party's protocol note is named as that note, a newspaper as not the municipality", () => {
  const site = buildSite(base);
  assert.deepEqual(easySource(site, { document: 'beslut', anchor: 'st-3' }, e), {
    href: '/dokument/beslut/#st-3',
    label: 'Protokollsanteckning från Vänsterpartiet, 26 januari 2023',
    secondary: true,
    kind: 'party',
  });
  assert.deepEqual(easySource(site, { document: 'beslut', anchor: 'st-1' }, e), {
    href: '/dokument/beslut/#st-1',
    label: 'Beslut 26 januari 2023',
    secondary: false,
    kind: 'record',
  });
  assert.deepEqual(easySource(site, { reference: 'nyhet' }, e), {
    href: '/kallor/#nyhet',
    label: 'Testtidningen februari 2023',
    secondary: true,
    kind: 'news',
  });
});

test('easy-read texts take their file review unless they carry their own, and events match by id or date', () => {
  const site = buildSite(base);
  const easy = easyTexts([
    file({
      measures: [
        {
          id: 'parken',
          summary: ['Kommunen vill att parken blir tryggare.'],
          events: [
            { event: 'beslut-2023-03', text: ['Nämnden bestämmer om nya lampor i parken.'] },
            { event: '2023-02', text: ['Kommunen har börjat arbeta med parken.'] },
          ],
          review: { status: 'reviewed', by: 'En granskare', date: '2026-12-01' },
        },
      ],
    }),
  ]);
  const parken = easy.measures.get('parken')!;
  assert.deepEqual(parken.review, { status: 'reviewed', by: 'En granskare', date: '2026-12-01' });
  const events = easyEvents(site, measure(site, 'parken'), parken, e);
  assert.deepEqual(
    events.map((x) => [x.event.date, x.easy?.[0] ?? null]),
    [
      ['2023-02', 'Kommunen har börjat arbeta med parken.'],
      ['2023-02-14', null],
      ['2023-03-01', 'Nämnden bestämmer om nya lampor i parken.'],
      ['2024-04-02', null],
    ],
  );
  // The label and whose word it is come from the source's kind, never from the content.
  assert.deepEqual(
    events.map((x) => [x.label, x.from, x.decided]),
    [
      [
        'Vänsterpartiets protokollsanteckning skriver',
        'Det här kommer från Vänsterpartiets protokollsanteckning.',
        false,
      ],
      ['Nyhet', 'Det här kommer från Testtidningen.', false],
      ['Beslut', null, true],
      [
        'En insändare av en boende i Testtidningen skriver',
        'Det här kommer från en insändare av en boende i Testtidningen.',
        false,
      ],
    ],
  );
});

test('easy-read texts that name nothing, twice, or give a caveat to a certain measure are problems', () => {
  const site = buildSite(base);
  const problems = easyReadProblems(site, [
    file({
      measures: [
        { id: 'finns-inte', summary: ['Text.'], events: [] },
        {
          id: 'parken',
          summary: ['Text.'],
          caveat: ['Osäkert.'],
          events: [{ event: '2030-01', text: ['X.'] }],
        },
        { id: 'parken', summary: ['Igen.'], events: [] },
        { id: 'jobb', summary: ['Text.'], caveat: ['Osäkert.'], events: [] },
      ],
    }),
    file(
      {
        words: [
          { id: 'okand', text: ['Vi vet inte.'] },
          { id: 'genomford', text: ['Gjord.'] },
          { id: 'ordet-finns-inte', text: ['X.'] },
        ],
      },
      'ordlista',
    ),
  ]);
  assert.deepEqual(problems, [
    'content/lattlast/atgarder.yaml: measures: finns-inte: no measures entry has this id',
    'content/lattlast/atgarder.yaml: measures: parken: the same id twice',
    'content/lattlast/ordlista.yaml: words: ordet-finns-inte: no words entry has this id',
    'content/lattlast/atgarder.yaml: measures: parken: caveat given, but the measure is not uncertain (confidence medium)',
    'content/lattlast/atgarder.yaml: measures: parken: events: "2030-01" matches 0 events (expected one event\'s id, or the date of one without id)',
  ]);
});
