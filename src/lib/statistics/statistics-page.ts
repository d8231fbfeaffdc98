/** The statistics page (/statistik/): every chart's counts, each from aggregate.ts (the charts draw them, the tables under them list them). */
import type { Site } from '../site/build-site.ts';
import {
  grantBudget,
  grantIntervals,
  measuresPerDistrict,
  statusByArea,
  statusByOrganisation,
  statusByYear,
} from './aggregate.ts';

export function statisticsPage(site: Site) {
  return {
    byYear: statusByYear(site),
    byArea: statusByArea(site),
    byOrganisation: statusByOrganisation(site),
    perDistrict: measuresPerDistrict(site),
    grant: { intervals: grantIntervals(site), budget: grantBudget(site) },
  };
}
