/**
 * Shared e2e fixture: every test fails if its page requests anything from a
 * host other than the local server (no CDN, tiles, fonts or analytics), or if
 * the page logs an error (CSP violations included).
 */
import { test as base, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const test = base.extend<{ foreignRequests: string[]; consoleErrors: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const local = new URL(baseURL ?? 'http://127.0.0.1').host;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== local) foreign.push(req.url());
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

/** A built page that only forwards to another (meta refresh), like /planer/2023/5.4/. */
function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/**
 * Every built page's URL path, read from dist/ (so new pages are tested without listing them).
 * `content` leaves out redirect stubs, which navigate away at once; `redirects` is only those.
 */
export function builtPages(dist = process.env.DIST_DIR ?? 'dist', kind: 'content' | 'redirects' | 'all' = 'content'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        if (kind !== 'all' && isRedirect(path) !== (kind === 'redirects')) continue;
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}
