/**
 * Search in each full language (issue 13): the search page of a language loads that
 * language's Pagefind index (picked from <html lang>), finds records whose URLs are
 * under its prefix, names filters and counts in its words, says which pages it
 * searches and links to the same words on the Swedish search page.
 * Expected words come from the dictionaries and the records (imported here), so the
 * tests stay right when the English and Arabic dictionaries replace their Swedish placeholders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, builtPages } from './support.ts';
import { axeViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { buildRecords, recordLanguage } from '../../src/lib/search/records.ts';
import { plural, searchMessages } from '../../src/lib/search/messages.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { languages, type Locale } from '../../src/i18n/languages.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);
const dist = process.env.DIST_DIR ?? 'dist';
const messages = (locale: Locale) => searchMessages(dictionaries[locale], languages[locale].intl);
const recordsIn = (locale: Locale) => buildRecords(site, recordLanguage(site, locale));

const results = (page: Page) => page.locator('insyn-search [data-results] > li');
const status = (page: Page) => page.getByRole('status');
const hrefs = (page: Page) =>
  results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

/** Opens a language's search page with a query; resolves to the name of the index metadata it loaded. */
async function search(page: Page, locale: Locale, params: string): Promise<string> {
  const meta = page.waitForRequest(/\/pagefind\/pagefind\.[^/]+\.pf_meta/);
  await page.goto(`${languages[locale].prefix}/sok/?${params}`);
  const loaded = new URL((await meta).url()).pathname.split('/').pop() ?? '';
  await expect(results(page).first()).toBeVisible({ timeout: 20_000 });
  return loaded;
}

const qp = (q: string, extra: Record<string, string> = {}) => new URLSearchParams({ q, ...extra }).toString();

test('the Swedish search page searches the Swedish index: no result leads to another language', async ({
  page,
}) => {
  expect(await search(page, 'sv', qp('Skäggetorp'))).toMatch(/^pagefind\.sv_/);
  const urls = await hrefs(page);
  expect(urls).toContain('/omraden/skaggetorp/');
  for (const url of urls) expect(url).not.toMatch(/^\/(en|ar)\//);
  await expect(page.locator('insyn-search .scope')).toHaveText(dictionaries.sv.search.scope);
  await expect(page.locator('[data-in-swedish]')).toHaveCount(0);
});

test('the English search page searches English records, under /en/, with English filters and counts', async ({
  page,
}) => {
  const m = messages('en');
  const record = recordsIn('en').find((r) => r.url === '/en/atgarder/kulturskolan-for-fler/#ar-2023')!;
  expect(await search(page, 'en', qp('kulturskolan'))).toMatch(/^pagefind\.en_/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const urls = await hrefs(page);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/en\//);
  await expect(results(page).locator(`h2 a[href="${record.url}"]`)).toHaveText(record.title);
  const n = Number(/\d+/.exec((await status(page).textContent()) ?? '')?.[0]);
  expect(n).toBeGreaterThanOrEqual(urls.length);
  await expect(status(page)).toHaveText(plural(m.results, n, m.locale, { q: 'kulturskolan' }));
  await page.locator('insyn-search summary').click();
  const types = page.getByRole('group', { name: m.filters.typ, exact: true });
  await expect(types.getByRole('checkbox', { name: new RegExp(`^${m.types[0]}`) })).toBeVisible();
  await expect(page.getByRole('group', { name: m.filters.parti, exact: true })).toBeVisible();
});

test('an English filter value goes into the URL and narrows the English results', async ({ page }) => {
  const m = messages('en');
  await search(page, 'en', qp('Skäggetorp'));
  await page.locator('insyn-search summary').click();
  await page
    .getByRole('group', { name: m.filters.typ, exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${m.types[0]}`) })
    .check();
  await expect(page).toHaveURL(new RegExp(`[?&]typ=${encodeURIComponent(m.types[0])}`));
  await expect(results(page).first().locator('.kind')).toHaveText(new RegExp(`^${m.types[0]}`));
  for (const kind of await results(page).locator('.kind').allTextContents())
    expect(kind.startsWith(m.types[0])).toBe(true);
});

test('the Arabic search page searches Arabic records under /ar/, right to left', async ({ page }) => {
  expect(await search(page, 'ar', qp('Skäggetorp'))).toMatch(/^pagefind\.ar_/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const urls = await hrefs(page);
  expect(urls).toContain('/ar/omraden/skaggetorp/');
  for (const url of urls) expect(url).toMatch(/^\/ar\//);
  await expect(page.locator('insyn-search .scope')).toContainText(dictionaries.ar.search.scope);
});

test('"search the Swedish pages" keeps the query and finds the Swedish pages', async ({ page }) => {
  await search(page, 'en', qp('Berga'));
  const inSwedish = page.locator('[data-in-swedish]');
  await expect(inSwedish).toHaveText(dictionaries.en.search.inSwedish);
  await expect(inSwedish).toHaveAttribute('href', '/sok/?q=Berga');
  await page.locator('insyn-search input[name="q"]').fill('Ryd');
  await expect(inSwedish).toHaveAttribute('href', '/sok/?q=Ryd');
  await inSwedish.click();
  await expect(page).toHaveURL(/\/sok\/\?q=Ryd$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(results(page).locator('h2 a[href="/omraden/ryd/"]')).toBeVisible({ timeout: 20_000 });
});

test("the header's search form goes to the search page of the page's language", async ({ page }) => {
  await page.goto('/ar/planer/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox').fill('Berga');
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/ar\/sok\/\?q=Berga$/);
  await expect(results(page).locator('h2 a[href="/ar/omraden/berga/"]')).toBeVisible({ timeout: 20_000 });
});

test('nothing found in English: the words and the suggestions come from the English pages', async ({
  page,
}) => {
  const m = messages('en');
  const terms = page.waitForResponse((r) => r.url().endsWith('/en/sok/forslag.json'));
  // A misspelt measure (names of districts, parties and bodies are put right before searching).
  await page.goto(`/en/sok/?${qp('kulturskolna', { typ: m.types[2] })}`);
  await expect(status(page)).toHaveText(plural(m.results, 0, m.locale, { q: 'kulturskolna' }), {
    timeout: 20_000,
  });
  expect((await terms).ok()).toBe(true);
  await expect(
    page.locator('[data-none]').getByRole('link', { name: 'Öppna upp kulturskolan för fler', exact: true }),
  ).toBeVisible();
});

test('the English and Arabic search pages with results and filters open have no WCAG 2.1 A/AA violations', async ({
  page,
}) => {
  for (const locale of ['en', 'ar'] as const) {
    await search(page, locale, qp('Skäggetorp'));
    await page.locator('insyn-search summary').click();
    expect(await axeViolations(page), locale).toEqual([]);
  }
});

// Easy-read pages (/lattlast/, lang="sv") are in the Swedish index; skipped while the site has none.
const easyRead = existsSync(join(dist, 'lattlast'))
  ? builtPages(dist)
      .filter((p) => p.startsWith('/lattlast/'))
      .map((p) => ({ path: p, html: readFileSync(join(dist, p, 'index.html'), 'utf8') }))
      .find(
        ({ html }) =>
          html.includes('data-pagefind-body') &&
          !html.includes(`typ:${dictionaries.sv.search.types.oversikt}`) &&
          /<h1[^>]*>[^<]+</.test(html),
      )
  : undefined;

test('an easy-read page is found from the Swedish search', async ({ page }) => {
  test.skip(!easyRead, 'no indexed easy-read pages in this build');
  const heading = /<h1[^>]*>([^<]+)</.exec(easyRead!.html)![1].trim();
  await search(page, 'sv', qp(heading));
  expect(await hrefs(page)).toContain(easyRead!.path);
});
