/**
 * What a plan page says is not known about its plan (components/plan/PlanUnknowns.astro):
 * derived from what the sources leave empty (content/plans.yaml values that are null, no
 * measure documented, no follow-up), never typed, so a plan year that no source mentions
 * reads as a page of unknowns, not as an empty list that looks like "no measures". The
 * documents of the year that are not here come with it (src/lib/sources/missing-documents.ts).
 */
import type { Plan, Site } from '../site/build-site.ts';
import { measuresInPlan } from '../measure/measures.ts';
import type { RequestWords } from '../contact/document-request.ts';
import { missingFor, type MissingView } from '../sources/missing-documents.ts';

/** The things a plan page can say are not known, in the order it says them. */
export const unknownItems = [
  'measures',
  'list',
  'count',
  'decidedOn',
  'decidedBy',
  'followUp',
  'statuses',
] as const;
export type UnknownItem = (typeof unknownItems)[number];

export interface PlanUnknowns {
  year: number;
  /** true when no source Insyn has mentions the plan at all (nothing decided, counted, documented) */
  noSource: boolean;
  /** what is not known, in order */
  items: UnknownItem[];
  /** the documents of the plan year that are not here, each with its request */
  missing: MissingView[];
}

export function planUnknowns(site: Site, plan: Plan, words: RequestWords): PlanUnknowns {
  const p = plan.data;
  const documented = measuresInPlan(site, p.year).length;
  const followUp = site.followUpByYear.get(p.year);
  const has: Record<UnknownItem, boolean> = {
    measures: documented === 0,
    // Some measures are known but not the whole list: the plan document is not here.
    list: documented > 0 && !p.planDocumentAvailable,
    count: p.measureCount.value === null,
    decidedOn: p.decidedOn.value === null,
    decidedBy: p.decidedBy.value === null,
    followUp: !followUp,
    // A follow-up that gives counts but no measure's own status.
    statuses: Boolean(followUp) && followUp?.data.measures.length === 0,
  };
  const noSource =
    documented === 0 &&
    p.decidedOn.value === null &&
    p.decidedBy.value === null &&
    p.measureCount.value === null &&
    p.documents.length === 0 &&
    p.meetings.length === 0 &&
    p.facts.length === 0;
  return {
    year: p.year,
    noSource,
    items: unknownItems.filter((k) => has[k]),
    missing: missingFor(site, p.year, words),
  };
}
