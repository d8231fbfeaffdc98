/**
 * The Content-Security-Policy (set once in astro.config.mjs, written by Astro into
 * every page as a <meta http-equiv> tag) is on every page, allows no inline script,
 * is in force when the page loads, and nothing the pages do violates it.
 */
import { test, expect, builtPages } from './support.ts';

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

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

test('every page carries a strict policy without inline scripts or foreign hosts', async ({ request }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
    expect(metas, `${path} has one CSP meta tag`).toHaveLength(1);
    const policy = directives(metas[0][1]);
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'self'"]);
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
      const values = policy.get(name) ?? [];
      expect(values, `${path} ${name}`).not.toContain("'unsafe-inline'");
      expect(values, `${path} ${name}`).not.toContain("'unsafe-eval'");
      expect(values, `${path} ${name}`).not.toContain('*');
    }
    // Only this site: no scheme or host sources anywhere (data: only for images).
    for (const [name, values] of policy) {
      for (const v of values) {
        const allowed = v.startsWith("'") || (name === 'img-src' && v === 'data:');
        expect(allowed, `${path} ${name} allows ${v}`).toBe(true);
      }
    }
  }
});

test('the policy is in force: an injected inline script does not run', async ({ page, consoleErrors }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto('/');
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

test('no page violates the policy while it loads and runs its scripts', async ({ page }) => {
  test.setTimeout(180_000); // one test walks every page
  await page.addInitScript(RECORD_VIOLATIONS);
  const violations: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
});
