import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measuresFor } from '../../../src/lib/district/districts.ts';
import { easyHomePage, homePage } from '../../../src/lib/home/home-page.ts';
import { plansPage } from '../../../src/lib/plan/plan-page.ts';
import { statusByYear } from '../../../src/lib/statistics/aggregate.ts';
import { site } from '../../support/fixture-context.ts';

test('the home page shows the plan list’s counts and the statistics page’s first chart', () => {
  const home = homePage(site);
  assert.deepEqual(home.plans, plansPage(site));
  assert.deepEqual(home.statusByYear, statusByYear(site));
  assert.deepEqual(
    home.districts.map((d) => d.id),
    ['berga', 'ryd', 'skaggetorp'],
  );
});

test('the home page lists the five newest minutes paragraphs, newest first', () => {
  const { meetings } = homePage(site);
  assert.ok(meetings.length <= 5);
  assert.deepEqual(meetings, site.meetings.slice(0, meetings.length));
  const dates = meetings.map((m) => m.data.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('the easy-read home counts the measures a source places in each district, as its district page does', () => {
  const home = easyHomePage(site);
  for (const d of home.districts) assert.equal(d.measures, measuresFor(site, d.id).targeted.length);
  assert.deepEqual(
    home.plans.map((p) => [p.year, p.stated]),
    site.plans.map((p) => [p.data.year, p.data.measureCount.value]),
  );
});
