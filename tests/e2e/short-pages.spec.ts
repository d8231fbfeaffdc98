import { test, expect } from './support.ts';

const pages = [
  { path: '/so/', lang: 'so', dir: 'ltr' },
  { path: '/ti/', lang: 'ti', dir: 'ltr' },
  { path: '/fa-af/', lang: 'fa-AF', dir: 'rtl' },
];

test('each one-page language is in its language, says it is an unchecked translation, and marks every Swedish word', async ({
  page,
}) => {
  for (const { path, lang, dir } of pages) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.locator('html'), path).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('note').locator('p'), path).toHaveCount(2);
    // The four status words, as the site shows them, in Swedish.
    // (the outermost marked element: a badge's Swedish label is itself marked again inside it)
    const words = page.locator('dt [lang="sv"]:not([lang="sv"] *)');
    await expect(words, path).toHaveText([/Genomförd/, /Pågår/, /Ej genomförd/, /Okänd/]);
    // Every district in Swedish, easy-read Swedish, English and Arabic.
    for (const href of [
      '/omraden/berga/',
      '/lattlast/omraden/ryd/',
      '/en/omraden/skaggetorp/',
      '/ar/omraden/berga/',
    ])
      await expect(page.locator(`main a[href="${href}"]`), `${path} → ${href}`).toHaveCount(1);
    await expect(page.locator('main a[href^="mailto:"], main a[href^="https:"]').first(), path).toBeVisible();
    // No Swedish letters outside an element marked Swedish inside the page's own text.
    const unmarked = await page.locator('main').evaluate((main) => {
      const found: string[] = [];
      const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode())
        if (
          /[åäö]/i.test(n.textContent ?? '') &&
          n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'sv'
        )
          found.push(n.textContent!.trim());
      return found;
    });
    expect(unmarked, path).toEqual([]);
  }
});

test('around a one-page language the Swedish interface is marked Swedish and links to Swedish pages', async ({
  page,
}) => {
  await page.goto('/fa-af/');
  const header = page.locator('header.site-header');
  await expect(header.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'sv');
  await expect(header.locator('xpath=ancestor::*[@dir][1]')).toHaveAttribute('dir', 'ltr');
  const hrefs = await header.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) expect(href.startsWith('/fa-af/'), href).toBe(false);
});
