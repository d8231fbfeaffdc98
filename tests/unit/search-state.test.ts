import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagefindFilters, parseState, sortValues, toParams } from '../../src/lib/search-state.ts';
import { widenDefiniteForms } from '../../src/lib/swedish-query.ts';

test('a shared URL restores the query and the filters; unknown parameters are dropped', () => {
  const s = parseState(new URLSearchParams('q=+kulturskolan+&parti=V%C3%A4nsterpartiet+(V)&typ=Anteckning&typ=Protokoll&utm=x&ar='));
  assert.deepEqual(s, { q: 'kulturskolan', filters: { parti: ['Vänsterpartiet (V)'], typ: ['Anteckning', 'Protokoll'] } });
});

test('the URL is canonical: q first, filters in a fixed order, values sorted', () => {
  const params = toParams({ q: 'förskola', filters: { parti: ['Vänsterpartiet (V)'], ar: ['2023', '2021'] } });
  assert.equal(params.toString(), 'q=f%C3%B6rskola&ar=2021&ar=2023&parti=V%C3%A4nsterpartiet+%28V%29');
  assert.deepEqual(parseState(params), { q: 'förskola', filters: { ar: ['2021', '2023'], parti: ['Vänsterpartiet (V)'] } });
});

test('values of one filter are alternatives, different filters all apply', () => {
  assert.deepEqual(pagefindFilters({ q: '', filters: { typ: ['Åtgärd', 'Plan'], ar: ['2023'], status: [] } }), {
    typ: { any: ['Åtgärd', 'Plan'] },
    ar: { any: ['2023'] },
  });
});

test('filter values sort by a given order first, then numerically', () => {
  assert.deepEqual(sortValues(['Plan', 'Åtgärd', 'Sida'], ['Åtgärd', 'Plan']), ['Åtgärd', 'Plan', 'Sida']);
  assert.deepEqual(sortValues(['10. X', '2. Y', '1. Z']), ['1. Z', '2. Y', '10. X']);
});

test('definite "-an" nouns are searched in their "-a" form, which the stemmer and prefix match cover', () => {
  assert.equal(widenDefiniteForms('förskolan'), 'förskola');
  assert.equal(widenDefiniteForms('Förskolan i Skäggetorp'), 'Förskola i Skäggetorp');
  assert.equal(widenDefiniteForms('plan'), 'plan', 'short words are left alone');
  assert.equal(widenDefiniteForms('förskola förskolor'), 'förskola förskolor');
  assert.equal(widenDefiniteForms('KS-2023an'), 'KS-2023an', 'only plain words');
});
