import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import {
  closestTerms,
  fold,
  nearMisses,
  suggestionTerms,
  wordSimilarity,
} from '../../../src/lib/search/suggest.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

const terms = [
  'Berga',
  'Ryd',
  'Skäggetorp',
  'Öppna upp kulturskolan för fler',
  'Vänsterpartiet',
  'Miljöpartiet',
  'Bilda områdesteam',
];

test('the list holds district, measure, party and area names from the content, each once', () => {
  const site = buildSite(loadContent('content').snapshot);
  const list = suggestionTerms(site, { t: sv, lang: 'sv', tx: (text) => text });
  for (const t of [
    'Skäggetorp',
    'Berga',
    'Ryd',
    'Öppna upp kulturskolan för fler',
    'Vänsterpartiet',
    'Linköpingslistan',
  ])
    assert.ok(list.includes(t), t);
  assert.equal(new Set(list).size, list.length);
});

test('case and å/ä/ö do not matter', () => {
  assert.equal(fold('Skäggetorp'), 'skaggetorp');
  assert.deepEqual(closestTerms('SKAGGETORP', terms), []);
  assert.deepEqual(
    closestTerms('skaggetorp stad', terms),
    ['Skäggetorp'],
    'one known word is enough, the same word is not suggested back as itself only',
  );
});

test('a misspelt or cut-off name finds the name it was meant to be', () => {
  assert.deepEqual(closestTerms('skägetorp', terms), ['Skäggetorp']);
  assert.deepEqual(closestTerms('vänsterpartet', terms), ['Vänsterpartiet']);
  assert.deepEqual(closestTerms('kultursklan', terms), ['Öppna upp kulturskolan för fler']);
  assert.equal(closestTerms('omradesteam', terms)[0], 'Bilda områdesteam');
});

test('nothing is suggested for words that resemble no known name', () => {
  assert.deepEqual(closestTerms('kakor', terms), []);
  assert.deepEqual(closestTerms('xyz', terms), []);
  assert.ok(wordSimilarity('berga', 'ryd') < 0.5);
});

test('results found with a right word get no "did you mean"; a misspelt one does', () => {
  assert.deepEqual(nearMisses('Skäggetorp', terms), []);
  assert.deepEqual(nearMisses('kulturskolan', terms), []);
  assert.deepEqual(nearMisses('skagetorp', terms), ['Skäggetorp']);
});
