/**
 * Insyn's easy-read texts (content/lattlast/), looked up once for the /lattlast/ pages.
 * A text whose id names nothing (a renamed measure, a typo) fails the build, as a
 * broken reference does elsewhere; a measure without a text still gets its page.
 */
import { site, snapshot } from '../site/astro-site.ts';
import { easyReadProblems, easyTexts } from './facts.ts';

const problems = easyReadProblems(site, snapshot.easyRead);
if (problems.length) throw new Error(`Bad easy-read texts:\n${problems.join('\n')}`);

export const easy = easyTexts(snapshot.easyRead);
