import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { classificationSeries, yearCells } from '../../../src/lib/district/series.ts';
import { decisionsFor } from '../../../src/lib/district/decisions.ts';
import { correctionsOn } from '../../../src/lib/sources/corrections.ts';

const site = buildSite(loadContent('tests/fixtures/valid').snapshot);

test('a classification series is sorted by year, and its strip keeps the years between as gaps', () => {
  const [series] = classificationSeries(site.districtById.get('norr')!);
  assert.deepEqual(
    series.entries.map((e) => e.year),
    ['2016', '2019'],
  );
  const cells = yearCells(series.entries);
  assert.deepEqual(
    cells.map((c) => [c.year, c.entries.map((e) => e.value)]),
    [
      [2016, ['särskilt utsatt område']],
      [2017, []],
      [2018, []],
      [2019, ['utsatt område']],
    ],
  );
});

test('year cells group month-precise values by their year, and nothing gives no cells', () => {
  assert.deepEqual(
    yearCells([{ year: '2020-03' }, { year: '2022' }]).map((c) => [c.year, c.entries.length]),
    [
      [2020, 1],
      [2021, 0],
      [2022, 1],
    ],
  );
  assert.deepEqual(yearCells([]), []);
});

test('a decision shows on the districts it names; one that names none shows on every district', () => {
  assert.deepEqual(
    decisionsFor(site, 'norr').map((d) => d.id),
    ['torget'],
  );
  const none = {
    ...site,
    decisions: site.decisions.map((d) => ({ ...d, data: { ...d.data, districts: null } })),
  };
  assert.deepEqual(
    decisionsFor(none, 'norr').map((d) => d.id),
    ['torget'],
  );
  assert.deepEqual(decisionsFor(site, 'syd'), []);
});

test('corrections on a page are found by the anchor of the corrected fact', () => {
  assert.deepEqual(
    [...correctionsOn(site.corrections, '/atgarder/parken/')],
    [['beslut-2023-03', { id: 'parken-belysning', date: '2024-05-01' }]],
  );
  assert.equal(correctionsOn(site.corrections, '/atgarder/jobb/').size, 0);
});
