/** Per plan year: how complete Insyn's record is, and what its follow-up says. */
import { measuresInPlan } from './measures.ts';
import type { Plan, Site } from './site.ts';

export interface Completeness {
  /** measures the plan has, as a source states; null when no source says */
  stated: number | null;
  /** measures documented here for that year */
  documented: number;
  /** documented measures that carry a plan number */
  numbered: number;
  /** documented measures with low confidence (maybe not a measure of this plan at all) */
  uncertain: number;
}

export function completeness(site: Site, plan: Plan): Completeness {
  const inPlan = measuresInPlan(site, plan.data.year);
  return {
    stated: plan.data.measureCount.value,
    documented: inPlan.length,
    numbered: inPlan.filter((m) => m.entry.number !== null).length,
    uncertain: inPlan.filter((m) => m.measure.data.confidence === 'low').length,
  };
}
