import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import {
  grantBudget,
  grantIntervals,
  measuresPerDistrict,
  statusByArea,
  statusByOrganisation,
  statusByYear,
} from '../../../src/lib/statistics/aggregate.ts';
import { fixtureSnapshot } from '../../fixtures/aggregate/snapshot.ts';

const counts = (list: { status: string; count: number }[]) =>
  Object.fromEntries(list.map((c) => [c.status, c.count]));

test('status per year: stated counts in status order, unknown is the total minus known', () => {
  const years = statusByYear(buildSite(fixtureSnapshot()));
  assert.deepEqual(
    years.map((y) => y.year),
    [2021, 2022, 2023],
  );
  const y2022 = years[1];
  assert.deepEqual(
    y2022.stated?.counts.map((c) => c.status),
    ['genomford', 'pagar', 'ej-genomford'],
  );
  assert.deepEqual(counts(y2022.stated!.counts), { genomford: 2, pagar: 3, 'ej-genomford': 1 });
  assert.equal(y2022.stated?.unknown, 0);
  assert.equal(y2022.computed, null);
  assert.deepEqual(y2022.conflicts, []);
});

test('status per year: a year without counts is all unknown when the total is stated, and unknown stays null without a total', () => {
  const [y2021, , y2023] = statusByYear(buildSite(fixtureSnapshot()));
  assert.equal(y2021.stated, null);
  assert.equal(y2021.total, 6);
  assert.equal(y2023.total, null);
  assert.equal(y2023.stated, null);
});

test('status per year: per-measure statuses are counted, and partial ones that fit the stated counts raise no warning', () => {
  const site = buildSite(
    fixtureSnapshot({
      statuses2022: [
        { measure: 'm1', status: 'genomford' },
        { measure: 'm2', status: 'pagar' },
      ],
    }),
  );
  const y = statusByYear(site)[1];
  assert.deepEqual(counts(y.computed!.counts), { genomford: 1, pagar: 1, 'ej-genomford': 0 });
  assert.equal(y.computed?.unknown, 4);
  assert.deepEqual(y.conflicts, []);
});

test('status per year: more of a status than the follow-up states is flagged', () => {
  const statuses2022 = [
    { measure: 'm1', status: 'ej-genomford' },
    { measure: 'm2', status: 'ej-genomford' },
  ];
  const y = statusByYear(buildSite(fixtureSnapshot({ statuses2022 })))[1];
  assert.deepEqual(y.conflicts, [{ kind: 'status', status: 'ej-genomford', stated: 1, computed: 2 }]);
});

test('status per year: stated counts that do not add up to the total are flagged', () => {
  const y = statusByYear(buildSite(fixtureSnapshot({ counts2022: { genomford: 1, pagar: 1 } })))[1];
  assert.deepEqual(y.conflicts, [{ kind: 'sum', sum: 2, total: 6 }]);
  assert.equal(y.stated?.unknown, 4);
});

test('status per area: each measure-year counted once, no status counts as unknown, area unknown last', () => {
  const site = buildSite(fixtureSnapshot({ statuses2022: [{ measure: 'm1', status: 'genomford' }] }));
  const areas = statusByArea(site);
  assert.deepEqual(
    areas.map((a) => a.id),
    ['a1', 'a2', null],
  );
  assert.deepEqual(counts(areas[0].counts), { genomford: 1, pagar: 0, 'ej-genomford': 0, okand: 1 });
  assert.equal(areas[0].total, 2);
  assert.deepEqual(counts(areas[2].counts), { genomford: 0, pagar: 0, 'ej-genomford': 0, okand: 1 });
});

test('status per organisation: a measure with two organisations counts under both; none given goes to null', () => {
  const orgs = statusByOrganisation(buildSite(fixtureSnapshot()));
  assert.deepEqual(
    orgs.map((o) => [o.id, o.total]),
    [
      ['org1', 2],
      ['org2', 1],
      [null, 2],
    ],
  );
});

test('measures per district: each measure once per district, empty or missing districts are "not given"', () => {
  assert.deepEqual(measuresPerDistrict(buildSite(fixtureSnapshot())), [
    { id: 'berga', count: 1 },
    { id: 'ryd', count: 2 },
    { id: 'skaggetorp', count: 0 },
    { id: null, count: 2 },
  ]);
});

test('grant intervals: only priorities with an interval, areas before dimensions', () => {
  assert.deepEqual(
    grantIntervals(buildSite(fixtureSnapshot())).map((g) => [g.id, g.min, g.max]),
    [
      ['area', 10, 30],
      ['dim', 2, 5],
    ],
  );
});

test('grant budget: read from the cited sentence, null when the sentence has no amount', () => {
  const site = buildSite(fixtureSnapshot());
  const b = grantBudget(site, { document: 'doc', anchor: 'st-2' });
  assert.equal(b?.perYear, 1_234_000);
  assert.equal(b?.years, 2);
  assert.equal(grantBudget(site, { document: 'doc', anchor: 'st-3' }), null);
});
