import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measuresPage } from '../../../src/lib/measure/measures-page.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { site } from '../../support/fixture-context.ts';

const sv = i18nFor('sv');

test('the measures list: every measure in the site’s order, with its years and numbers', () => {
  const rows = measuresPage(site, sv);
  assert.deepEqual(
    rows.map((r) => r.measure.id),
    site.measures.map((m) => m.id),
  );
  const laxhjalp = rows.find((r) => r.measure.id === 'fixtur-laxhjalp');
  assert.deepEqual(laxhjalp?.years, ['2022 (3.1)', '2023 (3.2)', '2024 (3.2)']);
});

test('the measures list names each development area once, and a year with none as unknown', () => {
  for (const { measure, areas } of measuresPage(site, sv)) {
    assert.equal(new Set(areas).size, areas.length, measure.id);
    const ids = new Set(measure.data.years.map((y) => y.area));
    assert.equal(areas.length, ids.size, measure.id);
    if (ids.has(null)) assert.ok(areas.includes(sv.t.unknown), measure.id);
  }
});
