/**
 * Accessibility gate: axe with the WCAG 2.0/2.1 A and AA rules on every built
 * page (enumerated from the build, never listed by hand), after the page's
 * scripts have run, so maps, charts and search are checked as residents see them.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, builtPages } from './support.ts';

for (const path of builtPages()) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    test.setTimeout(60_000); // axe over a whole page is slow on a shared machine
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
    expect(violations).toEqual([]);
  });
}
