/**
 * The published content's own invariants: the one unit test file that reads
 * content/. Tests of logic (feeds, measures, search facets, export, aggregation,
 * comparison, maps) run on fixtures under tests/fixtures, so editing content/
 * changes only what is checked here: that it loads and validates, that every
 * district has its shape, and the few facts the site's pages state from it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { grantBudget, statusByYear } from '../../src/lib/statistics/aggregate.ts';
import { comparePlans, comparisonCounts, consecutivePlanPairs } from '../../src/lib/plan/compare.ts';
import { parseDocumentText } from '../../src/lib/sources/document-text.ts';
import { labelPoint, outerRings, ringContains } from '../../src/lib/map/geo.ts';
import { municipalityContact } from '../../src/lib/contact/municipality.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { formatProblem, validate } from '../../src/lib/site/validate.ts';
import { i18nFor } from '../../src/lib/page/i18n.ts';

const content = join(import.meta.dirname, '../../content');
const { snapshot, problems } = loadContent(content);
const site = buildSite(snapshot);

test('content/ loads and passes every validation', () => {
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(validate(snapshot).map(formatProblem), []);
});

test('every district has exactly one shape, and every shape a district', () => {
  const shapes = snapshot.geometry.features
    .filter((f) => f.properties.kind === 'district')
    .map((f) => f.properties.id)
    .sort();
  assert.deepEqual(shapes, snapshot.districts.map((d) => d.id).sort());
});

test('every district gets a label point inside its own shape', () => {
  for (const f of snapshot.geometry.features.filter((f) => f.properties.kind === 'district'))
    assert.equal(ringContains(outerRings(f)[0], labelPoint(f)), true, f.properties.id);
});

test('the 2022 follow-up is 15/39/6 of 60 and the application states 13 808 000 kr a year for three years', () => {
  const counts = (list: { status: string; count: number }[]) =>
    Object.fromEntries(list.map((c) => [c.status, c.count]));
  const y2022 = statusByYear(site).find((y) => y.year === 2022)!;
  assert.deepEqual(counts(y2022.stated!.counts), { genomford: 15, pagar: 39, 'ej-genomford': 6 });
  assert.equal(y2022.total, 60);
  assert.deepEqual(y2022.conflicts, []);
  assert.deepEqual(
    grantBudget(site) && [grantBudget(site)!.perYear, grantBudget(site)!.years],
    [13_808_000, 3],
  );
});

test('no plan-to-plan comparison claims anything added, removed or changed while the plan lists are missing', () => {
  assert.deepEqual(consecutivePlanPairs(site), [
    [2021, 2022],
    [2022, 2023],
    [2023, 2024],
    [2024, 2025],
  ]);
  for (const [from, to] of consecutivePlanPairs(site)) {
    const counts = comparisonCounts(comparePlans(site, from, to, i18nFor('sv')));
    assert.deepEqual(
      { ...counts, unknown: 0 },
      { added: 0, removed: 0, renumbered: 0, changed: 0, unchanged: 0, unknown: 0 },
      `${from}-${to}`,
    );
  }
});

test("the municipality's address and phone number stand in the paragraphs the site cites for them", () => {
  const { document, anchor } = municipalityContact.source;
  const blocks = parseDocumentText(site.documentById.get(document)?.body ?? '');
  const text = (id: string) => {
    const b = blocks.find((x) => 'id' in x && x.id === id);
    return b && 'text' in b ? b.text : '';
  };
  const next = `st-${Number(anchor.slice(3)) + 1}`;
  assert.ok(text(anchor).includes(municipalityContact.name), anchor);
  assert.ok(text(anchor).includes(municipalityContact.address.replace(', ', ' ')), anchor);
  assert.ok(text(next).includes(municipalityContact.phone), next);
});
