/**
 * The keyboard walk (a11y.spec.ts runs it in the same visit as axe): Tab reaches every
 * interactive element in turn, each one shows a focus indicator (an outline or box-shadow it
 * does not have unfocused), the first Tab lands on the skip link (in the page's language) and
 * the skip link moves focus to the main content.
 */
import type { Page } from '@playwright/test';
import { dictOf } from '../../src/i18n/index.ts';
import type { LanguageId } from '../../src/i18n/languages.ts';
import { expect, pressTab } from './support.ts';

/**
 * Marks the page's tabbable elements with data-kb indexes, records their unfocused
 * outline/shadow, and from then on logs every element that gets focus (its index and
 * whether its focus is visible), so the walk needs no round trip per key press.
 */
async function watchFocus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
    const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    const w = window as unknown as { kbLog: { index: string | null; visible: boolean; what: string }[] };
    w.kbLog = [];
    document.addEventListener('focusin', () => {
      let el = document.activeElement as HTMLElement | null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
      if (!el || el === document.body) return;
      const host = (el.closest('[data-kb]') as HTMLElement | null) ?? el;
      const cs = getComputedStyle(el);
      const now = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}|${cs.boxShadow}`;
      const hasIndicator =
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
      w.kbLog.push({
        index: host.dataset.kb ?? null,
        visible: hasIndicator && now !== (el.dataset.kbRest ?? ''),
        what: `<${el.localName}${el.id ? `#${el.id}` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}`,
      });
    });
    return tabbable.map((el, i) => {
      el.dataset.kb = String(i);
      const cs = getComputedStyle(el);
      el.dataset.kbRest = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}|${cs.boxShadow}`;
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      return `<${el.localName}> "${label}"`;
    });
  });
}

/** Walks the open page with Tab from its start; fails on a control not reached or without a visible focus. */
export async function keyboardWalk(page: Page, language: LanguageId): Promise<void> {
  const expected = await watchFocus(page);
  // A few presses more than there are controls: focus leaves the page after the last one, or wraps.
  await pressTab(page, expected.length + 3);
  const log = await page.evaluate(
    () => (window as unknown as { kbLog: { index: string | null; visible: boolean; what: string }[] }).kbLog,
  );

  const reached = new Set<string>();
  const invisible: string[] = [];
  for (const f of log) {
    if (f.index !== null && reached.has(f.index)) break; // wrapped around
    if (f.index !== null) reached.add(f.index);
    if (!f.visible) invisible.push(f.what);
  }
  const unreached = expected.filter((_, i) => !reached.has(String(i)));
  expect(unreached, 'interactive elements Tab never reaches').toEqual([]);
  expect(invisible, 'elements focused without a visible focus indicator').toEqual([]);

  // The first Tab of the page lands on the skip link, and following it focuses the main content.
  const skip = page.getByRole('link', { name: dictOf(language).site.skip });
  expect(log[0]?.index, 'the first Tab reaches the skip link').toBe(
    await skip.evaluate((a) => (a as HTMLElement).dataset.kb ?? null),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#innehall')).toBeFocused();
}
