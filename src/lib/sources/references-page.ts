/**
 * The sources page (/kallor/): every reference (content/references.yaml), by publisher and
 * title, and the kinds of source the site has, each with what a fact from it may be called
 * (src/lib/sources/evidence.ts).
 */
import { sourceKinds } from '../../schemas/source-kinds.ts';
import type { Site } from '../site/build-site.ts';

export function referencesPage(site: Site) {
  return {
    references: site.references,
    /** the kinds of source at least one reference has, in the kinds' own order */
    kinds: sourceKinds.filter((k) => site.references.some((r) => r.data.kind === k)),
  };
}
