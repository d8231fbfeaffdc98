/** The indicators data file: one row per figure and per stated change, each with its series' measure and its source. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { indicatorColumns, indicatorRows } from '../../../src/lib/data-export/indicator-rows.ts';
import { datasetsIn, toJson } from '../../../src/lib/data-export/datasets.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

const { snapshot } = loadContent('tests/fixtures/site');
const rows = indicatorRows(snapshot);

test('one row per figure and per stated change, every column filled as documented', () => {
  const figures = snapshot.indicators.reduce((n, s) => n + s.data.points.length, 0);
  const changes = snapshot.indicators.reduce((n, s) => n + s.data.changes.length, 0);
  assert.equal(rows.filter((r) => r.kind === 'figure').length, figures);
  assert.equal(rows.filter((r) => r.kind === 'change').length, changes);
  for (const r of rows) {
    assert.deepEqual(
      Object.keys(r),
      indicatorColumns.map((c) => c.name),
    );
    assert.ok(r.source.startsWith('/'), 'a source on every row');
    assert.ok(r.unit && r.area_unit && r.series_id, 'the measure on every row');
    assert.ok(r.period || r.period_note, 'a period, or why there is none');
  }
});

test('a range stays a range, and each row links the page that shows it', () => {
  const ryd = rows.find(
    (r) => r.series_id === 'arbetsloshet-18-64-stadsdel' && r.area === 'Ryd' && r.period === '2023-03',
  )!;
  assert.deepEqual([ryd.value, ryd.range_min, ryd.range_max], ['', '6', '7']);
  assert.equal(ryd.page, '/omraden/ryd/#serie-arbetsloshet-18-64-stadsdel');
  const nowhere = rows.find((r) => r.district === '')!;
  assert.equal(nowhere.page, `/statistik/omraden/#serie-${nowhere.series_id}`);
});

test('the JSON file gives decimal numbers as numbers; the /data/ page lists the dataset', () => {
  const dataset = datasetsIn(sv).find((d) => d.id === 'indicators')!;
  assert.equal(dataset.title, sv.indicators.data.title);
  const json = JSON.parse(toJson(dataset, rows, 'villkor', snapshot));
  const skaggetorp = json.rows.find(
    (r: Record<string, unknown>) =>
      r.series_id === 'arbetsloshet-18-64-stadsdel' && r.period === '2020-03' && r.area === 'Skäggetorp',
  );
  assert.equal(skaggetorp.value, 18.3);
  assert.equal(skaggetorp.confidence, 'high');
});
