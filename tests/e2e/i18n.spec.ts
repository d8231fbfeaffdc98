/**
 * Languages in the browser: the language menu followed, right-to-left layout, Swedish
 * quotations kept Swedish. The whole-site language checks (lang and dir, hreflang, sitemap,
 * where every menu link leads) are in i18n.files.spec.ts and site.files.spec.ts; each sample
 * page's rendered direction and opened menu, with axe, in a11y.spec.ts; reflow at 320 px in
 * phone.spec.ts. Assertions are about structure, lang, dir and links: the English and
 * Arabic dictionaries may still hold Swedish words, so words come from the dictionaries.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support.ts';
import { samplePages } from '../../scripts/lib/built-pages.ts';
import { languages, localizePath, type LanguageId } from '../../src/i18n/languages.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { builtLanguages } from './built-site.ts';

const samples = samplePages();
const sample = (language: LanguageId, type: string) =>
  samples.find((s) => s.language === language && s.type === type)?.path;
const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);

const menuOf = (page: Page) => page.locator('header details.languages');

test('the language menu keeps the page: a district in Swedish, then English, Arabic and back', async ({
  page,
}) => {
  const path = sample('sv', 'omraden/*')!;
  await page.goto(path);
  for (const id of ['en', 'ar', 'sv'] as const) {
    await menuOf(page).locator('summary').click();
    await menuOf(page).getByRole('link', { name: languages[id].name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${localizePath(id, path)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', languages[id].lang);
    await expect(page.locator('html')).toHaveAttribute('dir', languages[id].dir);
    await expect(menuOf(page).locator('a[aria-current="page"]')).toHaveText(languages[id].name);
  }
});

test('from a page easy-read Swedish lacks, the menu leads to its nearest easy-read parent', async ({
  page,
}) => {
  test.skip(!builtLanguages().includes('lattlast'), 'no easy-read pages are built on this branch yet');
  // A comparison of plans has no easy-read version; the plans have.
  const path = sample('sv', 'planer/jamfor/*')!;
  await page.goto(path);
  await menuOf(page).locator('summary').click();
  await menuOf(page).getByRole('link', { name: languages.lattlast.name, exact: true }).click();
  await expect(page).toHaveURL(/\/lattlast\/(planer\/)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test.describe('right to left', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Arabic mirrors the header: the brand on the right, search and languages to its left, the sections from right to left', async ({
    page,
  }) => {
    for (const [path, rtl] of [
      ['/', false],
      ['/ar/', true],
    ] as const) {
      await page.goto(path);
      const brand = (await page.locator('header .brand').boundingBox())!;
      for (const other of ['header details.languages', 'header form[role="search"]']) {
        const box = (await page.locator(other).boundingBox())!;
        if (rtl)
          expect(box.x + box.width, `${path}: ${other} left of the brand`).toBeLessThanOrEqual(brand.x + 1);
        else
          expect(box.x, `${path}: ${other} right of the brand`).toBeGreaterThanOrEqual(
            brand.x + brand.width - 1,
          );
      }
      const sections = await page
        .locator('header nav a')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().x));
      expect(sections.length).toBeGreaterThan(2);
      const ordered = sections.every((x, i) => i === 0 || (rtl ? x < sections[i - 1] : x > sections[i - 1]));
      expect(ordered, `${path}: the sections run ${rtl ? 'right to left' : 'left to right'}`).toBe(true);
    }
  });

  test('Arabic breadcrumbs run right to left', async ({ page }) => {
    // Their separator "›" is a bidi-mirrored character: an RTL line shows it as "‹" by itself.
    const xs = async (path: string) => {
      await page.goto(path);
      return page
        .locator('nav.crumbs li')
        .evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().x));
    };
    const measure = sample('sv', 'atgarder/*')!;
    const sv = await xs(measure);
    expect(sv.length).toBeGreaterThan(1);
    expect(sv[1], 'the second crumb right of the first').toBeGreaterThan(sv[0]);
    const ar = await xs(localizePath('ar', measure));
    expect(ar[1], 'the second crumb left of the first').toBeLessThan(ar[0]);
  });

  test('a Swedish quotation inside an Arabic page keeps lang="sv" and reads left to right', async ({
    page,
  }) => {
    const measure = site.measures.find((m) =>
      m.data.years.some((y) => y.wordingKind === 'quote' && y.wording),
    )!;
    const wording = measure.data.years.find((y) => y.wordingKind === 'quote' && y.wording)!.wording!;
    const meeting = site.meetings.find((m) => m.data.items.some((i) => i.kind === 'decision'))!;
    const decision = meeting.data.items.find((i) => i.kind === 'decision')!.text;
    for (const [path, text] of [
      [`/ar/atgarder/${measure.id}/`, wording],
      [`/ar/protokoll/${meeting.id}/`, decision],
    ]) {
      await page.goto(path);
      // a plan year's text is folded under its heading: opened as a reader would
      await page
        .locator('main')
        .evaluate((m) => m.querySelectorAll('details').forEach((d) => (d.open = true)));
      const quote = page.locator('main [lang="sv"]:visible', { hasText: text.slice(0, 40) }).first();
      await expect(quote, `${path}: the Swedish words, marked Swedish`).toBeVisible();
      expect(await quote.evaluate((q) => getComputedStyle(q).direction)).toBe('ltr');
    }
  });
});
