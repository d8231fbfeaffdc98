import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { groupByArea, measuresInPlan, statusOf, statusRow } from '../../../src/lib/measure/measures.ts';

const site = buildSite(loadContent('tests/fixtures/valid').snapshot);

test("a measure status comes from its year's follow-up, and is unknown without one", () => {
  assert.equal(statusOf(site, 'parken', 2023).status, 'genomford');
  assert.equal(statusOf(site, 'jobb', 2023).status, null);
  assert.equal(statusOf(site, 'parken', 2024).status, null);
  assert.equal(statusRow(undefined, 'parken'), undefined);
});

test("measures group by development area in the plans' order, unknown last, empty groups left out", () => {
  const fixture = buildSite(loadContent('tests/fixtures/site').snapshot);
  const groups = groupByArea(fixture, measuresInPlan(fixture, 2021), (r) => r.entry.area);
  assert.deepEqual(
    groups.map((g) => [g.area?.id ?? null, g.items.map((r) => r.measure.id).sort()]),
    [
      ['trygghet', ['lokala-brottsforebyggande-grupper', 'omradesteam']],
      ['arbete', ['arbetsmarknadsatgarder-500-personer']],
      [null, ['lokala-driftsorganisationer']],
    ],
  );
});
