/**
 * axe with the WCAG 2.0/2.1 A and AA rules on the open page: its violations, one line each
 * (rule, impact, help, the elements), so a failing test names them all.
 *
 * Legacy mode runs axe.run in the page itself. The default runs axe.runPartial in every frame,
 * then opens a blank page, injects axe a second time and runs axe.finishRun there: that took
 * about twice as long per page (1–2 s more on a district or statistics page, a minute over the
 * browser samples) and only adds frames from other origins, which no page of this site has
 * (nothing loads from another host; a same-origin frame is still checked in legacy mode). Only
 * violations are gathered (resultTypes): axe runs every rule alike, it just does not collect the
 * nodes of passes and inapplicable rules nobody reads.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // options() replaces every option, the tags included: before withTags
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
