/**
 * The Content-Security-Policy (set once in astro.config.mjs, written by Astro into
 * every page as a <meta http-equiv> tag) is in force when the page loads, in Swedish and
 * in a right-to-left language. That every page carries a strict one is checked on every
 * built page in site.files.spec.ts; that nothing a page does violates it, on one page per
 * type and language in a11y.spec.ts (and every browser test fails on a console error).
 */
import { test, expect } from './support.ts';

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

for (const path of ['/', '/ar/'])
  test(`the policy is in force on ${path}: an injected inline script does not run`, async ({
    page,
    consoleErrors,
  }) => {
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(path);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injectedRan?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.injectedRan = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 0));
      return w.injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
      .toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    // The browser reports the blocked script in the console; that error is the one this test expects.
    const blocked = consoleErrors.filter((e) => /Content Security Policy/.test(e));
    expect(blocked).toHaveLength(1);
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/Content Security Policy/.test(e)),
    );
  });
