/**
 * One visit to one page of each type in each language, and the not-found page
 * (browserSamples: discovered from the build, never listed by hand), for what only a
 * browser can tell about every template in every language:
 * - axe with the WCAG 2.0/2.1 A and AA rules, after the page's scripts have run, so maps,
 *   charts and search are checked as residents see them;
 * - every Content-Security-Policy violation the document reports while it loads and runs;
 * - the page is laid out in its language's direction, and its language menu opens with a
 *   visible link for every language;
 * - the keyboard walk (keyboard-walk.ts) in Swedish, Arabic (left to right and right to left),
 *   easy-read and one of the one-page languages (they share one template): Tab reaches every
 *   control with a visible focus, and the skip link works. One visit per page for all of it.
 * English pages are the Swedish templates with other words, so these checks run on Swedish, Arabic (right to left), easy-read and the one-page languages, which have
 * templates or a direction of their own; English words are checked where words matter: the
 * 320 px layout (phone.spec.ts) and every page's text and attributes in Node.
 * Every page in every language would not fit the time budget; what needs no browser
 * (valid HTML, links, lang/dir attributes, one h1, the skip link, where the menu's links
 * lead, CSP meta …) runs on every page in *.files.spec.ts.
 */
import { languageIds, languages } from '../../src/i18n/languages.ts';
import { test, expect, browserSamples, openSample, scriptsDone, type Sample } from './support.ts';
import { axeViolations } from './axe.ts';
import { keyboardWalk } from './keyboard-walk.ts';

/** Records every CSP violation the document reports, from before any page script runs. */
const RECORD_VIOLATIONS = () => {
  const w = window as unknown as { cspViolations: string[] };
  w.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    );
  });
};

/** The languages walked with the keyboard: Swedish, Arabic, easy-read and the first one-page language. */
function walkedLanguages(samples: Sample[]): string[] {
  const short = samples.find((s) => languages[s.language].scope === 'short')?.language;
  return ['sv', 'ar', 'lattlast', ...(short ? [short] : [])];
}

const samples = browserSamples().filter((x) => x.language !== 'en');
const walked = walkedLanguages(samples);

for (const s of samples) {
  const walk = walked.includes(s.language);
  test(`${s.path} (${s.language}, ${s.type}) has no WCAG 2.1 A/AA violations, breaks no CSP rule, reads in its direction${walk ? ', Tab reaches every control with a visible focus' : ''} and its language menu opens`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(120_000); // axe over a whole page and a key press per control, on a shared machine
    await page.addInitScript(RECORD_VIOLATIONS);
    await openSample(page, s, consoleErrors);
    await scriptsDone(page);
    expect(await axeViolations(page)).toEqual([]);
    const csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(csp, 'CSP violations while the page loads and runs').toEqual([]);

    const direction = await page.locator('main').evaluate((m) => getComputedStyle(m).direction);
    expect(direction, "main is laid out in the language's direction").toBe(languages[s.language].dir);
    // before the language menu is opened: the walk starts from the top of the untouched page
    if (walk) await keyboardWalk(page, s.language);
    const menu = page.locator('header details.languages');
    await menu.locator('summary').click();
    const links = menu.getByRole('link');
    await expect(links).toHaveCount(languageIds.length);
    for (const link of await links.all()) await expect(link).toBeVisible();
  });
}
