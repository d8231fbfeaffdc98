/**
 * Search (issue 6) against the built site and its Pagefind index: Swedish word forms,
 * filters, deep links into protocol notes, the URL as shareable state, and an index
 * that holds content only (no header/footer words).
 */
import { test, expect } from './support.ts';
import type { Page } from '@playwright/test';

const results = (page: Page) => page.locator('insyn-search [data-results] > li');
const status = (page: Page) => page.getByRole('status');
// A result is a page or a unit on it (a measure's plan year: /atgarder/<id>/#ar-2023), so match the page's path.
// A result on that page (measures' results carry an anchor, e.g. #ar-2023); the first is enough.
const resultLink = (page: Page, href: string) => results(page).locator(`h2 a[href^="${href}"]`).first();
// The page itself as a result, not one of its parts (a district's own record, not a decision on it).
const pageResult = (page: Page, href: string) => results(page).locator(`h2 a[href="${href}"]`);

test('each Swedish form of a word finds the same measure', async ({ page }) => {
  for (const q of ['förskola', 'förskolan', 'förskolor']) {
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toContainText(`för ”${q}”`);
    await expect(resultLink(page, '/atgarder/forskola-fler-barn/'), q).toBeVisible();
  }
});

test('the definite form also finds pages that only use the indefinite form', async ({ page }) => {
  // LL's note says "förskola" but never "förskolan"; Snowball does not strip "-an".
  await page.goto('/sok/?q=f%C3%B6rskolan');
  await expect(status(page)).toContainText('Sökt som ”förskola”');
  await expect(resultLink(page, '/protokoll/ks-2023-02-14-31/#anteckning-ll')).toBeVisible();
});

test('"Skäggetorp" and "skaggetorp" both find the district', async ({ page }) => {
  for (const q of ['Skäggetorp', 'skaggetorp']) {
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
    await expect(pageResult(page, '/omraden/skaggetorp/'), q).toBeVisible();
  }
});

test('a filter narrows the results and is written to the URL', async ({ page }) => {
  await page.goto('/sok/?q=Sk%C3%A4ggetorp');
  await expect(status(page)).toContainText('träffar för ”Skäggetorp”');
  const before = await results(page).count();
  await page.getByText('Avgränsa').click();
  await page
    .getByRole('group', { name: 'Typ' })
    .getByRole('checkbox', { name: /^Åtgärd/ })
    .check();
  await expect(page).toHaveURL(/[?&]typ=%C3%85tg%C3%A4rd/);
  await expect(results(page).first().locator('.kind')).toHaveText(/^Åtgärd/);
  const after = await results(page).count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const kind of await results(page).locator('.kind').allTextContents()) expect(kind).toMatch(/^Åtgärd/);
});

test('the party filter finds the V note that names 5.4, and its result links straight to the note', async ({
  page,
}) => {
  await page.goto('/sok/');
  await page.getByRole('searchbox', { name: 'Sök' }).last().fill('5.4');
  await page.getByText('Avgränsa').click();
  await page
    .getByRole('group', { name: /Parti/ })
    .getByRole('checkbox', { name: /^Vänsterpartiet \(V\)/ })
    .check();
  await expect(page).toHaveURL(/parti=V%C3%A4nsterpartiet/);
  await expect(status(page)).toContainText('1 träff');
  const deep = results(page).locator('a[href="/protokoll/ks-2023-02-14-31/#anteckning-v"]');
  await expect(deep).toHaveText('V:s protokollsanteckning, KS 14 februari 2023 § 31');
  await deep.click();
  await expect(page).toHaveURL(/\/protokoll\/ks-2023-02-14-31\/#anteckning-v$/);
  await expect(page.locator('#anteckning-v')).toBeInViewport();
});

test('a shared URL restores the query, the filters and the results', async ({ page }) => {
  await page.goto('/sok/?q=kulturskolan&typ=%C3%85tg%C3%A4rd');
  await expect(page.getByRole('searchbox', { name: 'Sök' }).last()).toHaveValue('kulturskolan');
  await expect(page.getByRole('checkbox', { name: /^Åtgärd/ })).toBeChecked();
  await expect(resultLink(page, '/atgarder/kulturskolan-for-fler/')).toBeVisible();
  await expect(resultLink(page, '/protokoll/ks-2023-02-14-31/')).toHaveCount(0);
  await expect(results(page).locator('mark').first()).toHaveText(/kulturskola/i);
});

test('typing updates the URL in place, without adding history entries', async ({ page }) => {
  await page.goto('/sok/');
  await expect(status(page)).toContainText('Skriv ett sökord');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: 'Sök' }).last().pressSequentially('Berga');
  await expect(page).toHaveURL(/\/sok\/\?q=Berga$/);
  await expect(pageResult(page, '/omraden/berga/')).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('words that only appear in the header and footer find nothing', async ({ page }) => {
  // "kakor" is only in the footer's privacy line, "Huvudmeny" only in the navigation's label.
  // (Not the skip link's "Hoppa till innehållet": a measure that says "hoppa av skolan" has some of its words.)
  for (const q of ['kakor', 'Huvudmeny']) {
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toHaveText(`Inga träffar för ”${q}”.`);
    await expect(results(page)).toHaveCount(0);
  }
});

test('the header search goes to the search page with the query', async ({ page }) => {
  await page.goto('/planer/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox').fill('kulturskolan');
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=kulturskolan$/);
  await expect(resultLink(page, '/atgarder/kulturskolan-for-fler/')).toBeVisible();
});

test('at 320 px wide the results and filters fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/sok/?q=Sk%C3%A4ggetorp&typ=%C3%85tg%C3%A4rd');
  await expect(results(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says politely that results need JavaScript and offers links to browse', async ({ page }) => {
    await page.goto('/sok/?q=kulturskolan');
    await expect(page.getByText(/Sökresultaten behöver JavaScript/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Åtgärder' })).toBeVisible();
  });
});

test('search works under a strict Content Security Policy that only adds wasm-unsafe-eval (Pagefind compiles WebAssembly)', async ({
  page,
}) => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'";
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  await page.goto('/sok/?q=kulturskolan');
  await expect(resultLink(page, '/atgarder/kulturskolan-for-fler/')).toBeVisible();
});
