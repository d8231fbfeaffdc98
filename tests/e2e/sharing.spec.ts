import { test, expect } from './support.ts';

/** One page of each type. */
const pageTypes = [
  '/',
  '/planer/',
  '/planer/2023/',
  '/atgarder/',
  '/atgarder/kulturskolan-for-fler/',
  '/omraden/',
  '/omraden/ryd/',
  '/protokoll/ks-2023-02-14-31/',
  '/dokument/',
  '/dokument/ks-2023-02-14-31/',
  '/kallor/',
  '/om/',
  '/statistik/',
  '/data/',
];

test('every page type has a title, a description, a canonical URL and Open Graph tags with a local image', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000); // one page of each type, on a shared machine
  const titles = new Set<string>();
  for (const path of pageTypes) {
    await page.goto(path);
    const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
    const title = await page.title();
    expect(title, path).toMatch(/Insyn/);
    titles.add(title);
    expect((await meta('meta[name="description"]'))?.length ?? 0, `${path} description`).toBeGreaterThan(20);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, `${path} canonical`).toBe(path);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    // A single measure, minutes or document is an article; lists and sections are the website.
    const article = /^\/(atgarder|protokoll|dokument)\/[^/]+\/$/.test(path);
    expect(await meta('meta[property="og:type"]'), path).toBe(article ? 'article' : 'website');
    expect(await meta('meta[property="og:locale"]')).toBe('sv_SE');
    expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = new URL((await meta('meta[property="og:image"]'))!);
    expect(image.origin, 'the image is on the site itself').toBe(new URL(canonical!).origin);
    const res = await request.get(image.pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
  }
  expect(titles.size, 'every page has its own title').toBe(pageTypes.length);
});

test('every source link has a "Rapportera fel" link beside it, pre-filled with the page and the fact', async ({
  page,
}) => {
  await page.goto('/atgarder/kulturskolan-for-fler/');
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
  expect(locs).toEqual(expect.arrayContaining(pageTypes));
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
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
