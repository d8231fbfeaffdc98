import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  grantBudget,
  grantIntervals,
  measuresPerDistrict,
  statusByArea,
  statusByOrganisation,
  statusByYear,
} from '../../../src/lib/statistics/aggregate.ts';
import { statisticsPage } from '../../../src/lib/statistics/statistics-page.ts';
import { site } from '../../support/fixture-context.ts';

test('the statistics page shows each chart’s counts as aggregate.ts counts them', () => {
  assert.deepEqual(statisticsPage(site), {
    byYear: statusByYear(site),
    byArea: statusByArea(site),
    byOrganisation: statusByOrganisation(site),
    perDistrict: measuresPerDistrict(site),
    grant: { intervals: grantIntervals(site), budget: grantBudget(site) },
  });
});
