/** Related decisions (not known to be plan measures) as a district page shows them. */
import { decisionDistricts } from '../urls/anchors.ts';
import type { Decision, Site } from '../site/build-site.ts';

/** Decisions that name the district, or name none (municipality-wide), newest first. */
export function decisionsFor(site: Pick<Site, 'decisions' | 'districts'>, districtId: string): Decision[] {
  const all = site.districts.map((d) => d.id);
  return site.decisions.filter((d) => decisionDistricts(d.data, all).includes(districtId));
}
