/**
 * The query table (search-table.ts, issue 25) against the built site: one search page per full
 * language, every query of that language typed on it, and each row's expectations checked. One
 * test per language keeps the browser visits few; a failure names its query.
 */
import { test, expect } from './support.ts';
import type { Page } from '@playwright/test';
import { checkRow, queryTable, type Shown } from './search-table.ts';
import { languages } from '../../src/i18n/languages.ts';

/** Types a query into the page's search box and waits until its results, words and hints are shown. */
async function searchOn(page: Page, q: string): Promise<Shown> {
  const input = page.locator('insyn-search input[name="q"]');
  await input.fill(q);
  await input.press('Enter');
  // the search element is aria-busy from the submit until everything of this search is shown
  await expect(page.locator('insyn-search')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  const items = page.locator('insyn-search [data-results] > li');
  return {
    urls: await items.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
    firstLacks: (await items.first().locator('.missing').count()) > 0,
  };
}

for (const lang of ['sv', 'en', 'ar'] as const) {
  test(`the query table in ${languages[lang].name}: first results, names first, no dead ends`, async ({
    page,
  }) => {
    const rows = queryTable.filter((r) => r.lang === lang);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await page.goto(`${languages[lang].prefix}/sok/`);
    await expect(page.locator('insyn-search [data-enhanced]')).toBeVisible({ timeout: 20_000 });
    const problems: string[] = [];
    for (const row of rows) problems.push(...checkRow(row, await searchOn(page, row.q)));
    expect(problems).toEqual([]);
  });
}

test('a result that lacks words of the query says which, in the words of the page', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('vad kritiserade Miljöpartiet 2023')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('Ingen träff har alla orden i ”vad kritiserade Miljöpartiet 2023”.', {
    timeout: 20_000,
  });
  const first = page.locator('insyn-search [data-results] > li').first();
  await expect(first.locator('.missing')).toHaveText('Saknas: vad');
  await expect(first.locator('.context')).toContainText('Miljöpartiet (MP) · Maria Moraes · Kommunstyrelsen');
  // the suggestions and the ways to browse still follow
  await expect(page.locator('[data-none]').getByRole('link', { name: 'Planer' })).toBeVisible();
});

test('the party filter lists every party in the council, with 0 for those that left no note', async ({
  page,
}) => {
  await page.goto('/sok/?q=segregation');
  await expect(page.locator('insyn-search')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await page.getByText('Avgränsa').click();
  const parties = page.getByRole('group', { name: 'Parti (protokollsanteckningar)' });
  await expect(parties.getByRole('checkbox', { name: /^Moderaterna \(M\) \(0\)$/ })).toBeVisible();
  await expect(parties.getByRole('checkbox', { name: /^Sverigedemokraterna \(SD\) \(0\)$/ })).toBeVisible();
  const years = page.getByRole('group', { name: 'År', exact: true });
  for (const year of ['2021', '2022', '2023', '2024', '2025'])
    await expect(years.getByRole('checkbox', { name: new RegExp(`^${year} `) })).toBeVisible();
});
