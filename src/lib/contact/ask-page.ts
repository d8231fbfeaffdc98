/**
 * The easy-read page on asking the municipality for a document (/lattlast/fraga-kommunen/):
 * the plan years whose document Insyn does not have, each with the words to ask for it.
 */
import type { Site } from '../site/build-site.ts';

export function easyAskPage(site: Site) {
  return {
    /** plan years whose plan document is not public here, with the content's hint for the request */
    missing: site.plans
      .filter((p) => !p.data.planDocumentAvailable)
      .map((p) => ({ year: p.data.year, requestHint: p.data.requestHint })),
  };
}
