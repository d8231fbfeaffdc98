/**
 * The plan pages' data: the list of plan years (/planer/), one plan year (/planer/<year>/)
 * and its easy-read twin (/lattlast/planer/<year>/). Counts come from plan-years.ts and the
 * easy-read facts, so the pages and the home page say the same numbers.
 */
import type { Lattlast } from '../../i18n/lattlast/index.ts';
import {
  followUpFact,
  planAnswerLines,
  planFacts,
  planKnownLines,
  reviewsOf,
  yearStatuses,
  type EasyTexts,
} from '../easy-read/facts.ts';
import { groupByArea, measuresInPlan, statusOf } from '../measure/measures.ts';
import { planFacets } from '../search/facets.ts';
import type { Plan, Site } from '../site/build-site.ts';
import type { PageLang } from '../text/content-text.ts';
import { termsIn } from '../text/glossary.ts';
import { comparePlans, comparisonSummary, consecutivePlanPairs, pairSlug } from './compare.ts';
import { completeness, countsInWords } from './plan-years.ts';
import { planUnknowns } from './plan-unknowns.ts';
// The request letter to the municipality is Swedish on every page (docs/languages.md).
import { sv } from '../../i18n/sv/index.ts';

/** Every plan year, oldest first, with how complete Insyn's record of it is. */
export function plansPage(site: Site) {
  return site.plans.map((plan) => ({ plan, completeness: completeness(site, plan) }));
}

/** One plan year's page: its facts, its documented measures by area, its follow-up and papers. */
export function planYearPage(site: Site, plan: Plan, lang: Pick<PageLang, 't' | 'lang' | 'intl'>) {
  const p = plan.data;
  const inPlan = measuresInPlan(site, p.year);
  const followUp = site.followUpByYear.get(p.year);
  return {
    plan,
    facets: planFacets(plan),
    completeness: completeness(site, plan),
    /** the follow-up's counts in words, or null when no source gives them */
    counts: countsInWords(site, p.year, lang),
    /** glossary words the plan's facts use, linked once above them */
    factTerms: termsIn(site.glossary, p.facts.map((f) => f.text).join(' ')),
    /** the documented measures by development area (unknown area last), each with its status that year */
    groups: groupByArea(
      site,
      inPlan.map((r) => ({ ...r, status: statusOf(site, r.measure.id, p.year) })),
      (r) => r.entry.area,
    ),
    /** the comparisons with the plan year before and after */
    comparisons: consecutivePlanPairs(site)
      .filter(([from, to]) => from === p.year || to === p.year)
      .map(([from, to]) => ({ from, to, slug: pairSlug(from, to) })),
    followUp,
    meetings: p.meetings.flatMap((id) => site.meetingById.get(id) ?? []),
    documents: p.documents.flatMap((id) => site.documentById.get(id) ?? []),
    /** what no source here says about the plan, and the year's documents that are not here */
    unknowns: planUnknowns(site, plan, sv.missing.mail),
  };
}

/** The easy-read plan page: the answer (how many measures), the follow-up, the measures Insyn knows. */
export function easyPlanPage(site: Site, easy: EasyTexts, plan: Plan, e: Lattlast) {
  const facts = planFacts(site, plan);
  const measures = facts.measures.map((measure) => ({
    measure,
    text: easy.measures.get(measure.id),
    years: yearStatuses(site, measure).present,
  }));
  return {
    facts,
    answer: planAnswerLines(facts, e),
    known: planKnownLines(facts, e),
    followUp: followUpFact(site, facts.year),
    measures,
    reviews: reviewsOf(measures.map((m) => m.text)),
  };
}

/** The comparison of two consecutive plan years (/planer/jamfor/<from>-<to>/): what changed, and what cannot be known. */
export function comparisonPage(
  site: Site,
  from: number,
  to: number,
  lang: Pick<PageLang, 't' | 'lang' | 'intl'>,
) {
  const comparison = comparePlans(site, from, to, lang);
  return {
    comparison,
    /** each of the two plan years with whether its full list of measures is here */
    years: [
      { year: from, listed: comparison.fromListed },
      { year: to, listed: comparison.toListed },
    ],
    summary: comparisonSummary(comparison, lang),
  };
}
