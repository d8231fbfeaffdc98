import { test, expect } from './support.ts';
import { samplePages } from '../../scripts/lib/built-pages.ts';

// Every page's title, description, canonical URL and Open Graph tags: site.files.spec.ts, on every
// built page in every language.

test('every source link has a "Rapportera fel" link beside it, pre-filled with the page and the fact', async ({
  page,
}) => {
  await page.goto('/atgarder/kulturskolan-for-fler/');
  // A section's numbered sources are listed at its end, one tap away, each with its one report link.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const cites = page.locator('a.cite');
  const reports = page.getByRole('link', { name: /^Rapportera fel/ });
  expect(await cites.count()).toBeGreaterThan(0);
  await expect(reports).toHaveCount(await cites.count());
  const report = page
    .getByRole('link', { name: 'Rapportera fel i uppgiften med källan KS 2023-02-14 § 31, s. 4, st. 34' })
    .first();
  const href = (await report.getAttribute('href'))!;
  expect(href).toMatch(/^mailto:[^?]+@[^?]+\?/);
  const params = new URLSearchParams(href.split('?')[1]);
  expect(params.get('subject')).toContain('KS 2023-02-14 § 31, s. 4, st. 34');
  expect(params.get('body')).toContain('/atgarder/kulturskolan-for-fler/');
});

test('the sitemap lists the pages and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  expect(first).toBeTruthy();
  const sitemap = await (await request.get(new URL(first!).pathname)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  // One page of each type in each language here; every page: i18n.files.spec.ts.
  expect(locs).toEqual(expect.arrayContaining(samplePages().map((p) => p.path)));
});

test('on paper: no navigation or search, the page address on top, citations with their full address', async ({
  page,
}) => {
  await page.goto('/planer/2023/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: /^Rapportera fel/ }).first()).toBeHidden();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.locator('.print-only')).toHaveText(canonical!);
  const after = await page
    .locator('a.cite')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^"? ?\(https?:\/\/[^)]+\/dokument\/[^)]+\)"?$/);
});
