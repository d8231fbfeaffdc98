/**
 * Keyboard gate on one page of each type in each language, and the not-found page
 * (browserSamples, discovered from the build): Tab reaches every interactive element in
 * turn, each one shows a focus indicator (an outline or box-shadow it does not have
 * unfocused), and the skip link (in the page's language) moves focus to the main content.
 */
import type { Page } from '@playwright/test';
import { dictOf } from '../../src/i18n/index.ts';
import { test, expect, browserSamples, openSample } from './support.ts';

/** Marks the page's tabbable elements with data-kb indexes and records their unfocused outline/shadow. */
async function markTabbables(page: Page): Promise<string[]> {
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

/** What has focus now: its data-kb index (or null) and whether its focus is visible. */
async function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const host = (el.closest('[data-kb]') as HTMLElement | null) ?? el;
    const cs = getComputedStyle(el);
    const now = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}|${cs.boxShadow}`;
    const hasIndicator =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    return {
      index: host.dataset.kb ?? null,
      visible: hasIndicator && now !== (el.dataset.kbRest ?? ''),
      what: `<${el.localName}${el.id ? `#${el.id}` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}`,
    };
  });
}

for (const s of browserSamples()) {
  test(`${s.path} (${s.language}, ${s.type}): Tab reaches every control with a visible focus, and the skip link works`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(120_000); // one key press and one read per control, on a shared machine
    await openSample(page, s, consoleErrors);
    await page.waitForLoadState('networkidle');
    const expected = await markTabbables(page);
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let presses = 0; presses < expected.length + 20; presses++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f === null) {
        if (reached.size > 0) break; // focus left the document after the last element
        continue;
      }
      if (f.index !== null && reached.has(f.index)) break; // wrapped around
      if (f.index !== null) reached.add(f.index);
      if (!f.visible) invisible.push(f.what);
    }
    const unreached = expected.filter((_, i) => !reached.has(String(i)));
    expect(unreached, 'interactive elements Tab never reaches').toEqual([]);
    expect(invisible, 'elements focused without a visible focus indicator').toEqual([]);

    await openSample(page, s, consoleErrors);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: dictOf(s.language).site.skip });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#innehall')).toBeFocused();
  });
}
