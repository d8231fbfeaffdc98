import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, plural, pluralTemplate, searchMessages } from '../../../src/lib/search/messages.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { searchTypes } from '../../../src/lib/search/facets.ts';

const sv = searchMessages(dictionaries.sv, 'sv-SE');

test('the words for the browser are plain data: they survive JSON as they are', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(sv)), sv);
  assert.deepEqual(
    sv.types,
    searchTypes.map((t) => dictionaries.sv.search.types[t]),
  );
});

test('a sentence of a number becomes one template per plural category, and "0" for none', () => {
  const results = dictionaries.sv.search.results;
  assert.equal(plural(sv.results, 0, 'sv-SE', { q: 'x' }), results(0, 'x'));
  assert.equal(plural(sv.results, 1, 'sv-SE', { q: 'x' }), results(1, 'x'));
  assert.equal(plural(sv.results, 12, 'sv-SE', { q: 'x' }), results(12, 'x'));
  assert.equal(plural(sv.withoutFilters, 3, 'sv-SE'), dictionaries.sv.search.noResults.withoutFilters(3));
  assert.equal(plural(sv.filteredResults, 2, 'sv-SE'), dictionaries.sv.search.filteredResults(2));
});

test('Arabic gets a template for each of its plural categories, numbers in Western digits', () => {
  const sentence = (n: number) => (n === 0 ? 'none' : `${n} [${new Intl.PluralRules('ar').select(n)}]`);
  const forms = pluralTemplate('ar-u-nu-latn', sentence);
  assert.deepEqual(Object.keys(forms).sort(), ['0', 'few', 'many', 'one', 'other', 'two']);
  for (const n of [0, 1, 2, 5, 11, 100, 1000])
    assert.equal(plural(forms, n, 'ar-u-nu-latn'), sentence(n).replace('1000', '1,000'), String(n));
});

test('the noun phrase templates keep the dictionary words around the slots', () => {
  const s = dictionaries.sv.search;
  assert.equal(fill(sv.searched, { q: 'x' }), s.noResults.searched('x', ''));
  assert.equal(
    fill(sv.searchedWith, { q: 'x', filters: 'Typ: Beslut' }),
    s.noResults.searched('x', 'Typ: Beslut'),
  );
  assert.equal(
    fill(sv.searchedFilters, { filters: 'Typ: Beslut' }),
    s.noResults.searchedFilters('Typ: Beslut'),
  );
  assert.equal(fill(sv.searchedAs, { q: 'förskola' }), s.searchedAs('förskola'));
});

test('what a reader typed is never read as a slot', () => {
  assert.equal(fill('“{q}” ({n})', { q: '{n}', n: '3' }), '“{n}” (3)');
  assert.equal(fill('{q}', { q: '$& $1' }), '$& $1');
});

test('no dead ends in every language: the partial sentence, the words a result lacks, a name spelt right', () => {
  for (const [locale, intl] of [
    ['sv', 'sv-SE'],
    ['en', 'en-GB'],
    ['ar', 'ar-u-nu-latn'],
  ] as const) {
    const s = dictionaries[locale].search;
    const m = searchMessages(dictionaries[locale], intl);
    for (const n of [1, 2, 3, 11, 28])
      assert.equal(plural(m.partial, n, intl, { q: 'x y' }), s.partial(n, 'x y'), `${locale} ${n}`);
    assert.equal(plural(m.alsoPartial, 4, intl), s.alsoPartial(4), locale);
    assert.equal(fill(m.missing, { words: 'vad' }), s.missing('vad'), locale);
    assert.equal(fill(m.correctedAs, { q: 'Skäggetorp' }), s.correctedAs('Skäggetorp'), locale);
  }
});
