/** What the map tests share: the activate button's name, where a district sits, reaching the button by Tab. */
import type { Locator, Page } from '@playwright/test';

export const activateName = 'Flytta och zooma i kartan';

/** Where a district's label sits on the opened map (the map element's own answer, in canvas pixels). */
export async function pointOf(page: Page, id: string) {
  const point = await page
    .locator('insyn-map')
    .evaluate(
      (el, id) => (el as HTMLElement & { pointOf(id: string): { x: number; y: number } | null }).pointOf(id),
      id,
    );
  if (!point) throw new Error(`no point for ${id}`);
  return point;
}

/**
 * Reach the map's button with Tab from the last heading before the map, as a keyboard
 * user would (a district page's answer, measures and facts come first).
 */
export async function tabTo(page: Page, button: Locator) {
  await page.locator('insyn-map').evaluate((map) => {
    const before = [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3')].filter(
      (h) => h.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const heading = before[before.length - 1];
    heading.tabIndex = -1;
    heading.focus();
  });
  for (let i = 0; i < 40 && !(await button.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
}
