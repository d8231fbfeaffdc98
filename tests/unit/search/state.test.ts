import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeFilters,
  hasFilters,
  pagefindFilters,
  parseState,
  sortValues,
  toParams,
  yearsInRange,
} from '../../../src/lib/search/state.ts';
import { withoutValue } from '../../../src/lib/search/facets.ts';

test('a shared URL restores the query and the filters; unknown parameters are dropped', () => {
  const s = parseState(
    new URLSearchParams(
      'q=+kulturskolan+&parti=V%C3%A4nsterpartiet+(V)&typ=Anteckning&typ=Protokoll&utm=x&ar=',
    ),
  );
  assert.deepEqual(s, {
    q: 'kulturskolan',
    filters: { parti: ['Vänsterpartiet (V)'], typ: ['Anteckning', 'Protokoll'] },
  });
});

test('the URL is canonical: q first, filters in a fixed order, values sorted', () => {
  const params = toParams({
    q: 'förskola',
    filters: { parti: ['Vänsterpartiet (V)'], ar: ['2023', '2021'] },
  });
  assert.equal(params.toString(), 'q=f%C3%B6rskola&ar=2021&ar=2023&parti=V%C3%A4nsterpartiet+%28V%29');
  assert.deepEqual(parseState(params), {
    q: 'förskola',
    filters: { ar: ['2021', '2023'], parti: ['Vänsterpartiet (V)'] },
  });
});

test('values of one filter are alternatives, different filters all apply', () => {
  assert.deepEqual(
    pagefindFilters({ q: '', filters: { typ: ['Åtgärd', 'Plan'], ar: ['2023'], status: [] } }),
    {
      typ: { any: ['Åtgärd', 'Plan'] },
      ar: { any: ['2023'] },
    },
  );
});

test('filter values sort by a given order first, then numerically', () => {
  assert.deepEqual(sortValues(['Plan', 'Åtgärd', 'Sida'], ['Åtgärd', 'Plan']), ['Åtgärd', 'Plan', 'Sida']);
  assert.deepEqual(sortValues(['10. X', '2. Y', '1. Z']), ['1. Z', '2. Y', '10. X']);
});

test('the date range lives in the URL as fran and till, by year, and a reversed range is put right', () => {
  const s = parseState(new URLSearchParams('q=budget&fran=2023&till=2021&typ=Beslut'));
  assert.deepEqual(s, { q: 'budget', filters: { typ: ['Beslut'] }, dates: { from: 2021, to: 2023 } });
  assert.equal(toParams(s).toString(), 'q=budget&typ=Beslut&fran=2021&till=2023');
  assert.deepEqual(parseState(new URLSearchParams('fran=2022')).dates, { from: 2022, to: undefined });
  assert.equal(parseState(new URLSearchParams('fran=tjugo&till=')).dates, undefined, 'a year is four digits');
  assert.ok(hasFilters(parseState(new URLSearchParams('till=2022'))));
});

test('a date range becomes "any of the dated years in range", and matches nothing when no dated year is in it', () => {
  const known = ['2018', '2020', '2021', '2023'];
  assert.deepEqual(yearsInRange({ q: '', filters: {}, dates: { from: 2020, to: 2022 } }, known), [
    '2020',
    '2021',
  ]);
  assert.deepEqual(yearsInRange({ q: '', filters: {}, dates: { from: 2021 } }, known), ['2021', '2023']);
  assert.deepEqual(pagefindFilters({ q: '', filters: { typ: ['Anteckning'] }, dates: { to: 2020 } }, known), {
    typ: { any: ['Anteckning'] },
    datum: { any: ['2018', '2020'] },
  });
  assert.deepEqual(pagefindFilters({ q: '', filters: {}, dates: { from: 2024 } }, known), {
    datum: { any: ['inget'] },
  });
  assert.deepEqual(
    pagefindFilters({ q: '', filters: {} }, known),
    {},
    'no range, no date filter: undated results stay',
  );
});

test('the chosen filters in words, for the "nothing found" message', () => {
  const labels = {
    typ: 'Typ',
    ar: 'År',
    utvecklingsomrade: 'U',
    omrade: 'Område',
    status: 'Status',
    parti: 'Parti',
  };
  assert.equal(
    describeFilters(
      {
        q: '',
        filters: { parti: ['Miljöpartiet (MP)'], typ: ['Anteckning', 'Beslut'] },
        dates: { from: 2022, to: 2023 },
      },
      labels,
      'Datum',
      'eller',
    ),
    'Typ: Anteckning eller Beslut; Parti: Miljöpartiet (MP); Datum: 2022–2023',
  );
  assert.equal(
    describeFilters({ q: '', filters: {}, dates: { from: 2022, to: 2022 } }, labels, 'Datum', 'eller'),
    'Datum: 2022',
  );
});

test('results without a value in a filter make its counts add up to the total', () => {
  assert.equal(withoutValue(11, { 'Vänsterpartiet (V)': 1, 'Miljöpartiet (MP)': 1 }), 9);
  assert.equal(withoutValue(3, { Anteckning: 1, Beslut: 2 }), 0);
  assert.equal(withoutValue(3, undefined), 3);
});
