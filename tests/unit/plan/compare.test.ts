import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite, type Site } from '../../../src/lib/site/build-site.ts';
import {
  comparePlans,
  comparisonCounts,
  consecutivePlanPairs,
  entryChanges,
  measureSteps,
} from '../../../src/lib/plan/compare.ts';
import { validate } from '../../../src/lib/site/validate.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

const sv = i18nFor('sv');

function load(dir: string): Site {
  const { snapshot, problems } = loadContent(dir);
  assert.deepEqual([...problems, ...validate(snapshot)], [], `${dir} is valid content`);
  return buildSite(snapshot);
}

const fixture = load('tests/fixtures/site');
const ids = (list: { measure: { id: string } }[]) => list.map((x) => x.measure.id).sort();
const measure = (site: Site, id: string) => {
  const m = site.measureById.get(id);
  assert.ok(m, id);
  return m;
};

test('a renumbered measure is matched by id and named as renumbered, not removed and added', () => {
  const c = comparePlans(fixture, 2022, 2023, sv);
  assert.deepEqual(
    c.renumbered.map((r) => [r.measure.id, r.before.number, r.after.number]),
    [['fixtur-laxhjalp', '3.1', '3.2']],
  );
  assert.ok(!ids(c.added).includes('fixtur-laxhjalp'));
  assert.ok(!ids(c.removed).includes('fixtur-laxhjalp'));
});

test('with both plan lists available, measures are added and removed', () => {
  const c = comparePlans(fixture, 2022, 2023, sv);
  assert.equal(c.fromListed && c.toListed, true);
  assert.deepEqual(ids(c.added), [
    'fixtur-fruktrad',
    'forskola-fler-barn',
    'kulturskolan-for-fler',
    'samverkan-skolavhopp',
  ]);
  assert.deepEqual(ids(c.removed), [
    'fixtur-lasecirkel',
    'fixtur-sommarjobb',
    'skaggetorpsskolan-hogstadium',
  ]);
  assert.deepEqual(comparisonCounts(c), {
    added: 4,
    removed: 3,
    renumbered: 1,
    changed: 1,
    unchanged: 0,
    unknown: 0,
  });
});

test('a measure that disappears and returns is removed, then added, and its steps skip the absent year', () => {
  assert.ok(ids(comparePlans(fixture, 2022, 2023, sv).removed).includes('fixtur-sommarjobb'));
  assert.ok(ids(comparePlans(fixture, 2023, 2024, sv).added).includes('fixtur-sommarjobb'));
  const steps = measureSteps(fixture, measure(fixture, 'fixtur-sommarjobb'), sv);
  assert.equal(steps.length, 1);
  assert.deepEqual([steps[0].from.year, steps[0].to.year], [2022, 2024]);
  assert.deepEqual(
    steps[0].between.map((r) => [r.year, r.kind]),
    [[2023, 'absent']],
  );
  assert.deepEqual(
    steps[0].changes.map((c) => c.sentence),
    [
      'Nummer ändrades från 2.1 till 2.3',
      'Lydelsen ändrades',
      'Områden ändrades från Berga till Berga och Ryd',
    ],
  );
  assert.ok(steps[0].unknown.includes('responsible'));
});

test('changed fields are named in Swedish sentences, with a word diff for the wording', () => {
  const m = measure(fixture, 'fixtur-laxhjalp');
  const [y2022, y2023] = m.data.years;
  const { changes, unknown } = entryChanges(fixture, m.id, y2022, y2023, sv);
  assert.deepEqual(
    changes.map((c) => c.sentence),
    [
      'Nummer ändrades från 3.1 till 3.2',
      'Lydelsen ändrades',
      'Områden ändrades från Skäggetorp till Skäggetorp och Berga',
      'Ansvar flyttades från KOF till UTB',
      'Status ändrades från Pågår till Genomförd',
    ],
  );
  assert.deepEqual(unknown, []);
  const diff = changes.find((c) => c.field === 'wording')?.diff ?? [];
  assert.deepEqual(
    diff.filter((s) => s.kind === 'removed').map((s) => s.text.trim()),
    ['biblioteket'],
  );
});

test('a measure unchanged between two years has no changes, and an unknown status is not a change', () => {
  const c = comparePlans(fixture, 2023, 2024, sv);
  const same = c.unchanged.find((u) => u.measure.id === 'fixtur-laxhjalp');
  assert.ok(same, 'läxhjälp is unchanged 2023→2024');
  assert.deepEqual(same.unknown, ['status']); // no follow-up of 2024 in the fixture
  assert.deepEqual(ids(c.removed), [
    'fixtur-fruktrad',
    'forskola-fler-barn',
    'kulturskolan-for-fler',
    'samverkan-skolavhopp',
  ]);
});

test("without the earlier plan's list nothing is called added; without the later one nothing is called removed", () => {
  const c = comparePlans(fixture, 2021, 2022, sv);
  assert.deepEqual([c.fromListed, c.toListed], [false, true]);
  assert.deepEqual(c.added, []);
  assert.ok(ids(c.laterOnlyUnknown).includes('fixtur-laxhjalp'));
  // The 2022 list is available and does not have it, so leaving is known even though 2021's list is not.
  assert.ok(ids(c.removed).includes('omradesteam'));
  assert.deepEqual(c.earlierOnlyUnknown, []);
  const back = comparePlans(fixture, 2024, 2025, sv);
  assert.deepEqual(back.removed, []);
  assert.ok(ids(back.earlierOnlyUnknown).includes('fixtur-laxhjalp'));
});

test('comparisons pair each plan year with the next one', () => {
  assert.deepEqual(consecutivePlanPairs(fixture), [
    [2021, 2022],
    [2022, 2023],
    [2023, 2024],
    [2024, 2025],
  ]);
});
