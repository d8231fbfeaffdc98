import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  correctedName,
  nameWords,
  namedKeys,
  planQuery,
  sameWord,
  type SearchVocabulary,
} from '../../../src/lib/search/query.ts';
import { widenSwedishWord } from '../../../src/lib/search/swedish-query.ts';

// A small vocabulary written inline, as names.ts would build it from content.
const vocabulary: SearchVocabulary = {
  names: [
    { key: 'omrade:skaggetorp', phrases: [['skaggetorp']] },
    { key: 'omrade:berga', phrases: [['berga']] },
    { key: 'atgard:omradesteam', phrases: [['bilda', 'omradesteam'], ['omradesteam']] },
    { key: 'atgard:kulturskolan', phrases: [['oppna', 'kulturskolan'], ['kulturskolan'], ['5.4']] },
    { key: 'parti:mp', phrases: [['miljopartiet'], ['mp']] },
    { key: 'organ:kommunstyrelsen', phrases: [['kommunstyrelsen'], ['ks']] },
    {
      key: 'plan:2023',
      phrases: [
        ['plan', '2023'],
        ['atgardsplan', '2023'],
      ],
      alone: [['2023']],
    },
  ],
  spellings: [
    'Skäggetorp',
    'Berga',
    'Miljöpartiet',
    'Vänsterpartiet',
    'Kommunstyrelsen',
    'Samhällsbyggnadsnämnden',
  ],
};

test('query words are compared folded, without a genitive ":s" or punctuation; "5.4" stays one word', () => {
  assert.deepEqual(nameWords('V:s kritik, Åtgärd 5.4!'), ['v', 'kritik', 'atgard', '5.4']);
  assert.deepEqual(nameWords('  Skäggetorp  '), ['skaggetorp']);
});

test('a word is the same word as a name with a Swedish ending, either way round, but not a longer compound', () => {
  assert.ok(sameWord('skaggetorps', 'skaggetorp'));
  assert.ok(sameWord('kommunstyrelse', 'kommunstyrelsen'));
  assert.ok(sameWord('planen', 'plan'));
  assert.ok(!sameWord('skaggetorpsskolan', 'skaggetorp'), 'the school is not the district');
  assert.ok(!sameWord('berg', 'berga'));
});

test('a misspelt district, party or body is put right; a right, inflected, short or unknown word is not', () => {
  const s = vocabulary.spellings;
  assert.equal(correctedName('skagetorp', s), 'Skäggetorp');
  assert.equal(correctedName('Skägetorp', s), 'Skäggetorp');
  assert.equal(correctedName('Berrga', s), 'Berga');
  assert.equal(correctedName('Miljöpartite', s), 'Miljöpartiet');
  assert.equal(correctedName('kommunstyrlsen', s), 'Kommunstyrelsen');
  assert.equal(correctedName('samhällsbygnadsnämnden', s), 'Samhällsbyggnadsnämnden');
  assert.equal(correctedName('skaggetorp', s), undefined, 'only without diacritics: Pagefind folds those');
  assert.equal(correctedName('Skäggetorps', s), undefined, 'a genitive is the name');
  assert.equal(correctedName('miljöparti', s), undefined, 'a start of the name is the name being typed');
  assert.equal(correctedName('Rydd', s), undefined, 'too short to guess');
  assert.equal(correctedName('kritik', s), undefined, 'not close to any name');
  assert.equal(correctedName('5.4', s), undefined, 'only words of letters');
});

test('a query names a thing by all its words, a word of its own, its number or short name', () => {
  assert.deepEqual(namedKeys('Skäggetorp', vocabulary.names), ['omrade:skaggetorp']);
  assert.deepEqual(namedKeys('skäggetorps förskolor', vocabulary.names), ['omrade:skaggetorp']);
  assert.deepEqual(namedKeys('Skäggetorpsskolan', vocabulary.names), [], 'a school is not the district');
  assert.deepEqual(namedKeys('områdesteam', vocabulary.names), ['atgard:omradesteam']);
  assert.deepEqual(namedKeys('åtgärd 5.4', vocabulary.names), ['atgard:kulturskolan']);
  assert.deepEqual(namedKeys('MP:s kritik', vocabulary.names), ['parti:mp']);
  assert.deepEqual(namedKeys('KS', vocabulary.names), ['organ:kommunstyrelsen']);
});

test('a plan year is named by "plan 2023" or by the year as the whole query, not by a year among other words', () => {
  assert.deepEqual(namedKeys('plan 2023', vocabulary.names), ['plan:2023']);
  assert.deepEqual(namedKeys('åtgärdsplanen 2023', vocabulary.names), ['plan:2023']);
  assert.deepEqual(namedKeys('2023', vocabulary.names), ['plan:2023']);
  assert.deepEqual(namedKeys('protokollsanteckning 2023', vocabulary.names), []);
});

test('the Swedish forms stemming misses are cut back to a start every form shares', () => {
  for (const [form, wide] of [
    ['förskolan', 'förskola'],
    ['skolan', 'skola'],
    ['förskolans', 'förskola'],
    ['protokollet', 'protokoll'],
    ['protokollets', 'protokoll'],
    ['dokumentet', 'dokument'],
    ['området', 'områd'],
    ['områdena', 'område'],
    ['utvecklingsområdena', 'utvecklingsområde'],
    ['indikatorer', 'indikator'],
    ['indikatorerna', 'indikator'],
    ['indikatorn', 'indikator'],
    ['ansökningar', 'ansökan'],
  ])
    assert.equal(widenSwedishWord(form), wide, form);
  for (const word of [
    'plan',
    'förskola',
    'förskolor',
    'åtgärder',
    'budget',
    'Ryd',
    '2023',
    'KS-2023an',
    'ansökan',
    'samverkan',
  ])
    assert.equal(widenSwedishWord(word), word, `${word} is left as it is`);
  assert.equal(widenSwedishWord('Förskolan'), 'Förskola', 'the case typed is kept');
});

test('a query plan: names put right, Swedish forms widened (never a name), the named things found', () => {
  const p = planQuery('skagetorp förskolan', vocabulary, true);
  assert.deepEqual(p.words, ['Skäggetorp', 'förskola']);
  assert.equal(p.term, 'Skäggetorp förskola');
  assert.deepEqual(p.corrected, [{ from: 'skagetorp', to: 'Skäggetorp' }]);
  assert.equal(p.widened, true);
  assert.deepEqual(p.named, ['omrade:skaggetorp']);
  const name = planQuery('Miljöpartiet kritik', vocabulary, true);
  assert.deepEqual(name.words, ['Miljöpartiet', 'kritik'], 'a name is no noun to widen');
  assert.equal(name.widened, false);
  assert.deepEqual(name.named, ['parti:mp']);
  const english = planQuery('förskolan', vocabulary, false);
  assert.deepEqual(english.words, ['förskolan'], 'Swedish forms are widened on the Swedish page only');
});
