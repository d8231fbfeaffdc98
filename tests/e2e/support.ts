/**
 * Shared e2e fixture: every test fails if its page requests anything from a
 * host other than the local server (no CDN, tiles, fonts or analytics), or if
 * the page logs an error (CSP violations included).
 */
import { test as base, expect } from '@playwright/test';

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
