/**
 * Search figures: the Pagefind index's size on disk, and how long a query takes
 * to its first result in headless Chromium once the index is loaded, through
 * Pagefind's own API (search → first result's data) and, when the search page's
 * <insyn-search> exists, through the page (submit → first result in the list); and the query
 * table's recall, with the time to the first result of each of its queries (tableRecall).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkRow, queryTable } from '../../tests/e2e/search-table.ts';
import { languages } from '../../src/i18n/languages.ts';

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

export interface TableRecall {
  /** rows whose expectations held */
  passed: number;
  total: number;
  /** what went wrong, each naming its query */
  failures: string[];
  /** submit → first result on each language's /sok/, median over the table's queries */
  firstResult: number | null;
}

/**
 * The search's query table (tests/e2e/search-table.ts) through each language's search page, as a
 * reader uses it: how many rows hold (recall), and the time from submitting each query to its first
 * result in the list (the rest of a search, e.g. the words a result lacks, follows after).
 */
export async function tableRecall(browser: Browser, base: string): Promise<TableRecall> {
  const page = await browser.newPage();
  const failures: string[] = [];
  const times: number[] = [];
  let passed = 0;
  try {
    for (const lang of ['sv', 'en', 'ar'] as const) {
      const rows = queryTable.filter((r) => r.lang === lang);
      await page.goto(`${base}${languages[lang].prefix}/sok/`, { waitUntil: 'networkidle' });
      await page.locator('insyn-search [data-enhanced]').waitFor({ state: 'visible' });
      for (const row of rows) {
        const shown = await page.evaluate(async (q) => {
          const root = document.querySelector('insyn-search')!;
          const form = root.querySelector('form')!;
          const list = root.querySelector('[data-results]')!;
          list.replaceChildren();
          const first = new Promise<number>((resolve) => {
            const seen = new MutationObserver(() => {
              if (list.querySelector('a')) {
                seen.disconnect();
                resolve(performance.now());
              }
            });
            seen.observe(list, { childList: true, subtree: true });
            setTimeout(() => resolve(Number.NaN), 5000);
          });
          const done = new Promise<void>((resolve) => {
            const idle = new MutationObserver(() => {
              if (!root.hasAttribute('aria-busy')) {
                idle.disconnect();
                resolve();
              }
            });
            idle.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
          });
          form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
          const t0 = performance.now();
          form.requestSubmit();
          const t1 = await first;
          await done;
          const items = [...list.querySelectorAll(':scope > li')];
          return {
            ms: t1 - t0,
            urls: items.map((li) => li.querySelector('h2 a')?.getAttribute('href') ?? ''),
            firstLacks: !!items[0]?.querySelector('.missing'),
          };
        }, row.q);
        if (!Number.isNaN(shown.ms)) times.push(shown.ms);
        const problems = checkRow(row, shown);
        if (problems.length === 0) passed++;
        failures.push(...problems);
      }
    }
  } finally {
    await page.close();
  }
  return { passed, total: queryTable.length, failures, firstResult: times.length ? median(times) : null };
}
