import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lattlast as e } from '../../../src/i18n/lattlast/index.ts';
import { easyTexts } from '../../../src/lib/easy-read/facts.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { comparisonPage, easyPlanPage, planYearPage, plansPage } from '../../../src/lib/plan/plan-page.ts';
import { site } from '../../support/fixture-context.ts';

const sv = i18nFor('sv');
const plan = (year: number) => {
  const p = site.planByYear.get(year);
  assert.ok(p, `plan ${year} in the fixture`);
  return p;
};

test('the plan list: every plan year oldest first, with the stated and the documented count', () => {
  const rows = plansPage(site);
  assert.deepEqual(
    rows.map((r) => r.plan.data.year),
    [2021, 2022, 2023, 2024, 2025],
  );
  const y2023 = rows.find((r) => r.plan.data.year === 2023)!;
  assert.equal(y2023.completeness.stated, 50);
  assert.equal(y2023.completeness.documented, 5);
});

test('a plan year: its measures by area, each with that year’s status from the follow-up', () => {
  const page = planYearPage(site, plan(2023), sv);
  const items = page.groups.flatMap((g) => g.items);
  assert.equal(items.length, page.completeness.documented);
  for (const item of items) assert.equal(item.entry.year, 2023);
  // Areas in the plans' order, the unknown area (null) last.
  const areas = page.groups.map((g) => g.area?.data.number ?? Infinity);
  assert.deepEqual(
    areas,
    [...areas].sort((a, b) => a - b),
  );
  const laxhjalp = items.find((i) => i.measure.id === 'fixtur-laxhjalp');
  assert.ok(laxhjalp);
  assert.deepEqual(laxhjalp.status, {
    status: 'genomford',
    source: { document: 'fixtur-plan-2023', anchor: 'st-6' },
  });
});

test('a plan year: the comparisons with the year before and after, and the papers it names', () => {
  const page = planYearPage(site, plan(2023), sv);
  assert.deepEqual(
    page.comparisons.map((c) => c.slug),
    ['2022-2023', '2023-2024'],
  );
  assert.deepEqual(
    page.meetings.map((m) => m.id),
    ['ks-2023-02-14-31'],
  );
  assert.deepEqual(
    page.documents.map((d) => d.id),
    ['ks-2023-02-14-31', 'fixtur-plan-2023'],
  );
  // The 2023 follow-up gives per-measure statuses but no counts; the 2022 one gives counts.
  assert.equal(page.followUp?.data.planYear, 2023);
  assert.equal(page.counts, null);
  assert.equal(planYearPage(site, plan(2022), sv).counts?.total, 60);
  assert.match(planYearPage(site, plan(2022), sv).counts?.words ?? '', /15/);
});

test('a plan year with no measures known is a page of unknowns, not an empty list', () => {
  const page = planYearPage(site, plan(2025), sv);
  assert.deepEqual(page.groups, []);
  assert.equal(page.counts, null);
  // what the page says is not known comes with it (plan-unknowns.ts), in the order it says them
  assert.deepEqual(page.unknowns.items, ['measures', 'count', 'decidedOn', 'followUp']);
  assert.deepEqual(planYearPage(site, plan(2023), sv).unknowns.items, []);
});

test('a plan year links the glossary words its facts use, once', () => {
  const page = planYearPage(site, plan(2021), sv);
  // "fem utvecklingsområden" and "De flesta åtgärderna" (a word start finds its inflections).
  assert.deepEqual(
    page.factTerms.map((t) => t.id),
    ['atgard', 'utvecklingsomrade'],
  );
});

test('the easy-read plan page: the standard page’s measures, their texts and the texts’ reviews', () => {
  const review = { status: 'reviewed', by: 'Granskare', date: '2026-01-01' } as const;
  const easy = easyTexts([
    {
      id: 'x',
      file: 'content/lattlast/x.yaml',
      data: {
        review: { status: 'unreviewed' },
        measures: [{ id: 'fixtur-laxhjalp', summary: ['Läxhjälp.'], events: [], review }],
        districts: [],
        words: [],
      },
    },
  ] as unknown as Parameters<typeof easyTexts>[0]);
  const page = easyPlanPage(site, easy, plan(2023), e);
  const standard = planYearPage(site, plan(2023), sv).groups.flatMap((g) => g.items.map((i) => i.measure.id));
  assert.deepEqual(page.measures.map((m) => m.measure.id).sort(), standard.sort());
  assert.deepEqual(page.measures.find((m) => m.measure.id === 'fixtur-laxhjalp')?.text?.summary, [
    'Läxhjälp.',
  ]);
  assert.deepEqual(page.reviews, [review]);
  assert.equal(page.answer[0].key, 'count');
  assert.equal(page.followUp.kind, 'no-counts');
  assert.equal(easyPlanPage(site, easy, plan(2022), e).followUp.kind, 'counts');
  assert.equal(easyPlanPage(site, easy, plan(2025), e).followUp.kind, 'none');
});

test('the comparison page: both years with whether their lists are here, and a summary row per section', () => {
  const page = comparisonPage(site, 2022, 2023, sv);
  assert.deepEqual(page.years, [
    { year: 2022, listed: true },
    { year: 2023, listed: true },
  ]);
  assert.deepEqual(
    page.summary.map((r) => [r.id, r.value]),
    [
      ['nya', '4'],
      ['forsvann', '3'],
      ['nytt-nummer', '1'],
      ['andrade', '1'],
      ['oforandrade', '0'],
    ],
  );
});

test('the comparison summary never says "0" for what cannot be known: a missing list says so, and its section is not linked', () => {
  const page = comparisonPage(site, 2021, 2022, sv);
  assert.equal(page.comparison.fromListed, false);
  const added = page.summary.find((r) => r.label === sv.t.compare.added);
  assert.deepEqual(added, { id: null, label: sv.t.compare.added, value: sv.t.compare.cannotAdded(2021) });
  assert.ok(page.summary.some((r) => r.id === 'bara-senare'));
  assert.ok(!page.summary.some((r) => r.id === 'bara-tidigare'));
});
