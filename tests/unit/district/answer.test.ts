import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { districtAnswer, type AnswerSentence } from '../../../src/lib/district/answer.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { partText } from '../../../src/lib/text/sentence-parts.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

const base = loadContent('tests/fixtures/valid').snapshot;
const sv = i18nFor('sv');
const text = (s: AnswerSentence) => s.parts.map(partText).join('');
const byKey = (sentences: AnswerSentence[], key: AnswerSentence['key']) =>
  sentences.filter((s) => s.key === key).map(text);

/** The fixture with the measure "jobb" placed in Norr, and an event on "parken". */
function variant(): Snapshot {
  const s: Snapshot = structuredClone(base);
  const jobb = s.measures.find((m) => m.id === 'jobb')!;
  jobb.data.years[0].districts = ['norr'];
  const parken = s.measures.find((m) => m.id === 'parken')!;
  parken.data.events = [
    { date: '2023-03', what: 'action', text: 'Parken fick belysning.', source: { reference: 'nyhet' } },
    { date: '2023-01-05', what: 'action', text: 'Arbetet började.', source: { reference: 'nyhet' } },
  ];
  return s;
}

test('the answer names the documented measures of the district, with the sources that place them there', () => {
  const answer = districtAnswer(buildSite(base), 'norr', sv);
  assert.deepEqual(byKey(answer, 'measures'), [
    'Insyn känner till 1 åtgärd som nämner Norr: Öka tryggheten i parken.',
  ]);
  const measures = answer.find((s) => s.key === 'measures')!;
  assert.deepEqual(measures.sources, [{ document: 'beslut', anchor: 'st-3' }]);
  assert.deepEqual(measures.parts[1], { text: '1 åtgärd', term: 'atgard' });
  // The plan's own title is a quotation: kept as it stands on every language's page.
  assert.deepEqual(measures.parts[3], {
    text: 'Öka tryggheten i parken',
    href: '/atgarder/parken/',
    textIs: 'quote',
  });
});

test('an uncertain measure in the district is named with its caveat', () => {
  const answer = districtAnswer(buildSite(variant()), 'norr', sv);
  assert.deepEqual(byKey(answer, 'uncertain'), ['Osäker uppgift: Fler jobb: Bara en nyhet nämner det.']);
});

test('the latest event is told as what its source says, attributed and dated, not as a status', () => {
  const answer = districtAnswer(buildSite(variant()), 'norr', sv);
  // What happened stands first in the page's "Beslut och händelser" (#gjort), which the sentence links.
  assert.deepEqual(byKey(answer, 'event'), [
    'Senast kända händelse för Öka tryggheten i parken (mars 2023), enligt Testtidningen. Alla beslut och händelser.',
  ]);
  const event = answer.find((x) => x.key === 'event')!;
  assert.ok(event.parts.some((p) => typeof p === 'object' && 'href' in p && p.href === '#gjort'));
  assert.equal(event.sources.length, 1);
  assert.ok(!byKey(answer, 'event')[0].includes('Genomförd'));
});

test('follow-up counts are given for the whole plan and say they do not name measures or areas', () => {
  const [sentence] = byKey(districtAnswer(buildSite(base), 'norr', sv), 'follow-up');
  assert.match(
    sentence,
    /^Enligt uppföljningen av planen 2023 är 1 genomförda och 1 pågående av planens 2 åtgärder\./,
  );
  assert.match(sentence, /säger inte vilka åtgärder det är eller vilka områden de gäller/);
});

test('status known for some measures is counted; unknown plan lists are said once, with the years', () => {
  const answer = districtAnswer(buildSite(variant()), 'norr', sv);
  assert.deepEqual(byKey(answer, 'status'), ['Kommunens uppföljning anger status för 1 av 2.']);
  assert.match(
    byKey(answer, 'unlisted')[0],
    /^Planernas fullständiga listor för 2023 finns inte hos Insyn\./,
  );
});

test('the notes that name the district are counted with their parties and sources', () => {
  const answer = districtAnswer(buildSite(base), 'norr', sv);
  assert.deepEqual(byKey(answer, 'notes'), [
    '1 protokollsanteckning i kommunstyrelsens protokoll nämner Norr, från Vänsterpartiet. Läs anteckningarna.',
  ]);
  assert.deepEqual(answer.find((s) => s.key === 'notes')!.sources, [{ document: 'beslut', anchor: 'st-3' }]);
});

test("measures with no district are pointed to, not counted as the district's", () => {
  const answer = districtAnswer(buildSite(base), 'norr', sv);
  assert.deepEqual(byKey(answer, 'unspecified'), [
    '1 åtgärd har inget angivet område och kan gälla hela kommunen: åtgärder utan angivet område.',
  ]);
});

test('a district no measure names says so', () => {
  const s: Snapshot = structuredClone(base);
  s.measures.find((m) => m.id === 'parken')!.data.years[0].districts = null;
  const answer = districtAnswer(buildSite(s), 'norr', sv);
  assert.deepEqual(byKey(answer, 'measures'), [
    'Ingen källa som Insyn har nämner en åtgärd särskilt för Norr.',
  ]);
  assert.deepEqual(byKey(answer, 'status'), []);
});
