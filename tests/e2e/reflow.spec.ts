/**
 * WCAG 1.4.10 Reflow: at 320 CSS px every page reads without scrolling sideways.
 * Wide tables may scroll inside their own box, never the whole page.
 */
import { test, expect, builtPages } from './support.ts';

test.use({ viewport: { width: 320, height: 800 } });

test('no built page scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path} is ${width} px wide`);
  }
  expect(wide).toEqual([]);
});
