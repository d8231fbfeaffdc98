/**
 * Shared e2e fixture: every test fails if its page requests anything from a
 * host other than the local server (no CDN, tiles, fonts or analytics), or if
 * the page logs an error (CSP violations included).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { samplePages } from '../../scripts/lib/built-pages.ts';
import { languageIds, languages, type LanguageId } from '../../src/i18n/languages.ts';

export const test = base.extend<{ foreignRequests: string[]; consoleErrors: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const local = new URL(baseURL ?? 'http://127.0.0.1').host;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== local)
          foreign.push(req.url());
      });
      await use(foreign);
      expect(foreign, 'requests to hosts other than the local server').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export { builtPages } from '../../scripts/lib/built-pages.ts';

export interface Sample {
  path: string;
  language: LanguageId;
  type: string;
}

/**
 * The pages the browser gates visit: one per page type and language (samplePages, from
 * dist/), plus the not-found page of each language that has one (dist/404.html, or
 * dist/<prefix>/404.html), reached at an address that does not exist.
 */
export function browserSamples(dist = process.env.DIST_DIR ?? 'dist'): Sample[] {
  const notFound = languageIds
    .filter((id) => existsSync(join(dist, languages[id].prefix, '404.html')))
    // astro preview answers every missing address with the root 404.html; the language's own
    // not-found page is opened at its file here (nginx's per-prefix 404: server.nginx.spec.ts).
    .map((id) => ({
      path: languages[id].prefix ? `${languages[id].prefix}/404.html` : '/finns-inte/',
      language: id,
      type: '404',
    }));
  return [...samplePages(dist), ...notFound];
}

/**
 * Presses Tab `times` times, sent to the browser in one go (it handles them in order): a round
 * trip per key press was most of a keyboard walk's time on a page with a hundred links. What
 * got focus is for the test to record (a focusin listener), since no round trip comes between.
 */
export async function pressTab(page: Page, times: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = (type: 'rawKeyDown' | 'keyUp') =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      key: 'Tab',
      code: 'Tab',
      windowsVirtualKeyCode: 9,
      nativeVirtualKeyCode: 9,
    });
  await Promise.all(Array.from({ length: times }, () => [key('rawKeyDown'), key('keyUp')]).flat());
  await cdp.detach();
}

/**
 * Opens a sample page. The not-found page answers 404, which the browser logs as an error:
 * that one message is expected and taken out of the console errors.
 */
export async function openSample(page: Page, s: Sample, consoleErrors: string[]) {
  const res = await page.goto(s.path);
  expect(res?.status(), s.path).toBe(s.path.endsWith('/finns-inte/') ? 404 : 200);
  if (s.type === '404')
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
}

/**
 * Waits until the page's scripts have done what they do on load, so a check sees the page as a
 * reader does: the load event, then on the search page its filters (once Pagefind has loaded) and
 * first search shown, a map not half loaded, and every chart on or near the first screen drawn
 * (charts further down draw when scrolled to, as they do for a reader). This replaces waiting for
 * the network to be idle, which cost at least 0.5 s a page even when nothing was loading.
 */
export async function scriptsDone(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    () => {
      const search = document.querySelector('insyn-search');
      if (
        search &&
        (search.getAttribute('aria-busy') === 'true' ||
          !search.querySelector('[data-enhanced]:not([hidden]), [data-failed]:not([hidden])'))
      )
        return false;
      if (document.querySelector('insyn-map[data-state="loading"]')) return false;
      // the charts' IntersectionObserver draws those within the viewport and half a viewport below it
      return [...document.querySelectorAll<HTMLElement>('insyn-chart')].every((chart) => {
        if (chart.dataset.state === 'loading') return false;
        if (chart.dataset.state !== 'waiting' || !chart.checkVisibility()) return true;
        const box = chart.getBoundingClientRect();
        return !(box.top < innerHeight * 1.5 && box.bottom > 0);
      });
    },
    undefined,
    { polling: 'raf' },
  );
}
