import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lattlast as e } from '../../../src/i18n/lattlast/index.ts';
import { easyTexts } from '../../../src/lib/easy-read/facts.ts';
import { easyDistrictPage, EASY_FIRST_ITEMS } from '../../../src/lib/easy-read/district-page.ts';
import { measuresFor } from '../../../src/lib/district/districts.ts';
import { site } from '../../support/fixture-context.ts';

const review = { status: 'reviewed', by: 'Granskare', date: '2026-01-01' } as const;
const district = (id: string) => {
  const d = site.districtById.get(id);
  assert.ok(d, `district ${id} in the fixture`);
  return d;
};
const someMeasure = measuresFor(site, 'skaggetorp').targeted[0];
// Insyn's easy-read words for Skäggetorp and one of its measures; none for the other districts.
const easy = easyTexts([
  {
    id: 'x',
    file: 'content/lattlast/x.yaml',
    data: {
      review: { status: 'unreviewed' },
      measures: [{ id: someMeasure.id, summary: ['En åtgärd.'], events: [], review }],
      districts: [{ id: 'skaggetorp', summary: ['Skäggetorp är ett område.'], review }],
      words: [],
    },
  },
] as unknown as Parameters<typeof easyTexts>[0]);

test("the easy-read district page: the standard page's measures, the first shown and the rest one tap away", () => {
  for (const d of site.districts) {
    const page = easyDistrictPage(site, easy, d, e);
    const { targeted, unspecified } = measuresFor(site, d.id);
    const [first, rest] = page.measures;
    assert.ok(first.length <= EASY_FIRST_ITEMS, `${d.id}: at most ${EASY_FIRST_ITEMS} before "Visa fler"`);
    assert.deepEqual(
      [...first, ...rest].map((m) => m.measure.id),
      targeted.map((m) => m.id),
      `${d.id}: every measure that names it, in order`,
    );
    assert.deepEqual(
      page.unspecified.flat().map((m) => m.measure.id),
      unspecified.map((m) => m.id),
    );
    assert.equal(page.answer[0].key, 'count', `${d.id}: the counts sentence first`);
  }
});

test('På sidan lists exactly the sections the page has, in its order', () => {
  for (const d of site.districts) {
    const page = easyDistrictPage(site, easy, d, e);
    const ids = page.sections.map((s) => s.id);
    const order = ['siffror', 'atgarder', 'uppfoljningar', 'partier', 'utan-omrade'];
    assert.deepEqual(
      ids,
      order.filter((id) => ids.includes(id)),
      `${d.id}: in order`,
    );
    assert.equal(ids.includes('siffror'), page.indicators.length > 0);
    assert.equal(ids.includes('atgarder'), page.facts.targeted.length > 0);
    assert.equal(ids.includes('partier'), page.facts.notes > 0);
    assert.equal(ids.includes('utan-omrade'), page.facts.unspecified.length > 0);
    for (const s of page.sections) assert.ok(s.label, `${d.id}#${s.id}: a label`);
  }
});

test("the follow-ups newest first, the years without one said once, and the page's texts' reviews", () => {
  const page = easyDistrictPage(site, easy, district('skaggetorp'), e);
  const years = page.followUps.map((f) => f.year);
  assert.ok(years.length > 0);
  assert.deepEqual(
    years,
    [...years].sort((a, b) => b - a),
  );
  const without = site.plans.filter((p) => !site.followUpByYear.has(p.data.year));
  assert.equal(page.noFollowUp === null, without.length === 0);
  assert.deepEqual(page.intro?.summary, ['Skäggetorp är ett område.']);
  assert.deepEqual(page.reviews, [review, review], "the district's text and its measure's");
  for (const m of page.measures.flat())
    assert.equal(m.text?.summary[0], m.measure.id === someMeasure.id ? 'En åtgärd.' : undefined);
  assert.deepEqual(easyDistrictPage(site, easy, district('berga'), e).intro, undefined);
});
