/**
 * WCAG 1.4.10 Reflow: at 320 CSS px every page reads without scrolling sideways, in every
 * language, right to left too (an Arabic page's overflow would run off to the left).
 * Wide tables may scroll inside their own box, never the whole page.
 * One page of each type per language (browserSamples, discovered from the build).
 */
import { languageIds } from '../../src/i18n/languages.ts';
import { test, expect, browserSamples, openSample } from './support.ts';

test.use({ viewport: { width: 320, height: 800 } });

const samples = browserSamples();

for (const language of languageIds.filter((id) => samples.some((s) => s.language === id))) {
  test(`${language}: no page scrolls sideways at 320 px (scrollWidth ≤ clientWidth), one of each type`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(180_000);
    const wide: string[] = [];
    for (const s of samples.filter((x) => x.language === language)) {
      await openSample(page, s, consoleErrors);
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      if (scroll > client) wide.push(`${s.path} (${s.type}) is ${scroll} px wide in ${client} px`);
    }
    expect(wide).toEqual([]);
  });
}
