/**
 * The home pages' data: the standard home (/, /en/, /ar/) and the easy-read home (/lattlast/).
 * Both show the same districts and plans with counts from the same functions as the district,
 * plan and statistics pages, so a number on the home page is the number on the page it links to.
 */
import { measuresFor } from '../district/districts.ts';
import { planFacts } from '../easy-read/facts.ts';
import { plansPage } from '../plan/plan-page.ts';
import type { Site } from '../site/build-site.ts';
import { statusByYear } from '../statistics/aggregate.ts';

/** How many of the latest minutes paragraphs the home page lists. */
const LATEST_MEETINGS = 5;

export function homePage(site: Site) {
  return {
    districts: site.districts,
    /** each plan year with how complete Insyn's record of it is */
    plans: plansPage(site),
    /** the statistics page's first chart: follow-up status per plan year */
    statusByYear: statusByYear(site),
    /** the newest minutes paragraphs, newest first */
    meetings: site.meetings.slice(0, LATEST_MEETINGS),
  };
}

export function easyHomePage(site: Site) {
  return {
    /**
     * each district with the number of measures a source places in it (its easy-read page's
     * count), and how many of those are uncertain: a count never implies certainty
     */
    districts: site.districts.map((d) => {
      const { targeted } = measuresFor(site, d.id);
      return {
        id: d.id,
        name: d.data.name,
        measures: targeted.length,
        uncertain: targeted.filter((m) => m.data.confidence === 'low').length,
      };
    }),
    /** each plan year with the number of measures a source states (null: no source says) */
    plans: site.plans.map((plan) => planFacts(site, plan)),
  };
}
