/**
 * Search figures: the Pagefind index's size on disk, and how long a query takes
 * to its first result in headless Chromium once the index is loaded, through
 * Pagefind's own API (search → first result's data) and, when the search page's
 * <insyn-search> exists, through the page (submit → first result in the list).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface IndexSize {
  /** index/, fragment/, filter/ and the .pf_meta: what grows with content */
  data: number;
  /** pagefind.js, its worker and the WebAssembly for Swedish: fixed cost */
  runtime: number;
  pages: number;
}

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0) : s.size;
}

export function indexSize(dist: string): IndexSize | null {
  const dir = join(dist, 'pagefind');
  let entry: { languages: Record<string, { page_count: number; wasm: string }> };
  try {
    entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  } catch {
    return null;
  }
  const names = readdirSync(dir);
  const data = names
    .filter((n) => ['index', 'fragment', 'filter'].includes(n) || n.endsWith('.pf_meta'))
    .reduce((n, name) => n + sizeOf(join(dir, name)), 0);
  const langs = Object.values(entry.languages);
  const wasm = langs.map((l) => `wasm.${l.wasm}.pagefind`);
  const runtime = names
    .filter((n) => n === 'pagefind.js' || n === 'pagefind-worker.js' || wasm.includes(n))
    .reduce((n, name) => n + sizeOf(join(dir, name)), 0);
  return { data, runtime, pages: langs.reduce((n, l) => n + l.page_count, 0) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface QueryTimes {
  api: number | null;
  page: number | null;
  runs: number;
}

/** Words that occur in the real content; each is searched once per run (a new word each time). */
const QUERIES = [
  'skäggetorp',
  'kulturskolan',
  'förskola',
  'segregation',
  'berga',
  'ryd',
  'uppföljning',
  'åtgärdsplan',
  'protokoll',
];

export async function queryTimes(browser: Browser, base: string): Promise<QueryTimes> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/sok/`, { waitUntil: 'networkidle' });
    // Pagefind's API, loaded from this site like the search page does; a first search loads the index.
    const api = await page.evaluate(async (queries) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(/* @vite-ignore */ url);
      await pf.init();
      await (await pf.search('linköping'))?.results[0]?.data();
      const times: number[] = [];
      for (const q of queries) {
        const t0 = performance.now();
        const found = await pf.search(q);
        if (!found?.results.length) continue;
        await found.results[0].data();
        times.push(performance.now() - t0);
      }
      return times;
    }, QUERIES);

    let pageTimes: number[] = [];
    if ((await page.locator('insyn-search [data-results]').count()) > 0) {
      await page.locator('insyn-search [data-enhanced]').waitFor({ state: 'visible' });
      pageTimes = await page.evaluate(async (queries) => {
        const root = document.querySelector('insyn-search')!;
        const form = root.querySelector('form')!;
        const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
        const list = root.querySelector('[data-results]')!;
        const times: number[] = [];
        for (const q of queries) {
          list.replaceChildren();
          const t0 = performance.now();
          const shown = new Promise<number>((resolve) => {
            const seen = new MutationObserver(() => {
              if (list.querySelector('a')) {
                seen.disconnect();
                resolve(performance.now());
              }
            });
            seen.observe(list, { childList: true, subtree: true });
            setTimeout(() => resolve(Number.NaN), 5000);
          });
          input.value = q;
          form.requestSubmit();
          const t1 = await shown;
          if (!Number.isNaN(t1)) times.push(t1 - t0);
        }
        return times;
      }, QUERIES);
    }
    return {
      api: api.length ? median(api) : null,
      page: pageTimes.length ? median(pageTimes) : null,
      runs: QUERIES.length,
    };
  } finally {
    await page.close();
  }
}
