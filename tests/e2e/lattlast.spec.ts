/**
 * Easy-read Swedish (lättläst, /lattlast/): every page easy-read-pages.ts lists is built;
 * each page type is Swedish, has its answer on the first screen of a phone, says that
 * Insyn wrote it and whether it is checked, and leads back to the standard page; the numbers
 * are the standard pages' numbers; an unknown stays unknown. Axe, the keyboard walk and reflow
 * on one easy-read page of each type: a11y.spec.ts (with the keyboard walk), phone.spec.ts; every
 * link and anchor of every page: site.files.spec.ts.
 */
import { builtPages, expect, test } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { easyReadPages } from '../../src/lib/easy-read/pages.ts';
import { localizePath } from '../../src/i18n/languages.ts';
import { lattlast as e } from '../../src/i18n/lattlast/index.ts';
import { measuresFor } from '../../src/lib/district/districts.ts';

const site = buildSite(loadContent('content').snapshot);
const PHONE = { width: 360, height: 640 };

/** One page of each type, and the standard page its notice leads back to (null: none, it goes to "/"). */
const pageTypes = [
  { path: '/lattlast/', standard: '/' },
  { path: '/lattlast/omraden/skaggetorp/', standard: '/omraden/skaggetorp/' },
  { path: '/lattlast/planer/2022/', standard: '/planer/2022/' },
  { path: '/lattlast/atgarder/omradesteam/', standard: '/atgarder/omradesteam/' },
  { path: '/lattlast/ordlista/', standard: '/ordlista/' },
  { path: '/lattlast/om/', standard: '/om/' },
  { path: '/lattlast/fraga-kommunen/', standard: null },
];

test('every easy-read page that easy-read-pages.ts lists is built, and no other', () => {
  const listed = easyReadPages(site)
    .map((p) => localizePath('lattlast', p))
    .sort();
  expect(listed.length).toBeGreaterThan(10);
  expect(builtPages().filter((p) => p.startsWith('/lattlast/'))).toEqual(listed);
  expect(pageTypes.map((t) => t.path).every((p) => listed.includes(p))).toBe(true);
});

for (const { path, standard } of pageTypes) {
  test(`${path}: Swedish, the answer on a phone's first screen, the notice and the way back to the standard page`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('h1')).toHaveCount(1);
    const first = page.locator('[data-easy-answer] p').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, 'the answer starts on the first screen').toBeLessThanOrEqual(PHONE.height);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scroll',
    ).toBeLessThanOrEqual(PHONE.width);

    const notice = page.locator('[data-easy-notice]');
    await expect(notice).toContainText(e.notice.written);
    await expect(notice).toContainText(e.notice.unreviewed);
    const back = notice.locator('[data-standard-link]');
    await expect(back).toHaveAttribute('href', standard ?? '/');
    await expect(back).toHaveText(standard ? e.notice.standard : e.notice.standardHome);
    expect((await request.get(standard ?? '/')).status()).toBe(200);
  });
}

test.describe('district pages', () => {
  for (const district of site.districts) {
    const n = measuresFor(site, district.id).targeted.length;
    const sentence = e.district.count(district.data.name, n);

    test(`/lattlast/omraden/${district.id}/ opens with the counts sentence, the standard page's number`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/lattlast/omraden/${district.id}/`);
      const counts = page.locator('[data-easy-answer] [data-line="count"]');
      await expect(counts).toHaveText(sentence);
      const box = (await counts.boundingBox())!;
      expect(box.y + box.height, 'the counts sentence is on the first screen').toBeLessThanOrEqual(
        PHONE.height,
      );
      await expect(page.locator('main [data-measure]')).toHaveCount(n);

      await page.goto(`/omraden/${district.id}/`);
      await expect(page.locator('[data-district-answer] [data-answer="measures"]')).toContainText(
        `Insyn känner till ${n} åtgärd`,
      );
    });
  }

  test('Skäggetorp: an unknown status stays "Det vet vi inte.", the follow-up counts are the source\'s', async ({
    page,
  }) => {
    await page.goto('/lattlast/omraden/skaggetorp/');
    const answer = page.locator('[data-easy-answer]');
    await expect(answer.locator('[data-line="unknown"]')).toHaveText(e.unknown);
    await expect(answer).not.toContainText('Genomförd');
    const followUp = page.locator('[data-follow-up="2022"]');
    await expect(followUp.locator('[data-line="genomford"]')).toHaveText(e.followUp.counts.genomford(15));
    await expect(followUp.locator('[data-line="pagar"]')).toHaveText(e.followUp.counts.pagar(39));
    await expect(followUp.locator('[data-line="ej-genomford"]')).toHaveText(
      e.followUp.counts['ej-genomford'](6),
    );
    await expect(followUp.locator('.source a').first()).toHaveAttribute(
      'href',
      '/dokument/ks-2023-02-14-31/#st-11',
    );
    await expect(page.locator('[data-follow-up="2021"] [data-line="unknown"]')).toHaveText(e.unknown);
  });

  test('the language menu of a standard district page leads to its easy-read page', async ({ page }) => {
    await page.goto('/omraden/ryd/');
    await expect(page.locator('.languages a', { hasText: 'Lättläst' })).toHaveAttribute(
      'href',
      '/lattlast/omraden/ryd/',
    );
  });
});

test('an uncertain measure carries its caveat in easy-read words and as the standard page words it', async ({
  page,
}) => {
  for (const m of site.measures.filter((x) => x.data.confidence === 'low')) {
    await page.goto(`/lattlast/atgarder/${m.id}/`);
    const caveat = page.locator(`main [data-caveat="${m.id}"]`).first();
    await expect(caveat).toContainText(e.measure.uncertainHeading);
    await expect(caveat.locator('details p')).toHaveText(m.data.caveat!);
  }
  // Wherever the measure is listed, too: on the district page its card, one tap away ("Visa N till"),
  // carries it; the answer says first how many are uncertain.
  await page.goto('/lattlast/omraden/skaggetorp/');
  const uncertain = measuresFor(site, 'skaggetorp').targeted.filter((m) => m.data.confidence === 'low');
  await expect(page.locator('[data-easy-answer]')).toContainText(e.evidence.uncertain(uncertain.length));
  const card = page.locator('[data-measure="skaggetorpsskolan-hogstadium"]');
  await page.locator('section:has(#atgarder) details.show-more > summary').click();
  await expect(card.locator('[data-caveat]')).toBeVisible();
});

test("a measure page marks Insyn's summary as Insyn's words and explains Okänd", async ({ page }) => {
  await page.goto('/lattlast/atgarder/kulturskolan-for-fler/');
  await expect(page.locator('[data-insyn-summary]')).toContainText(e.measure.whatLead);
  await expect(page.locator('main')).toContainText(e.measure.fromNote('Vänsterpartiet'));
  const okand = page.locator('[data-easy-answer] a', { hasText: e.measure.unknownMeans });
  await expect(okand).toHaveAttribute('href', '/lattlast/ordlista/#okand');
  await okand.click();
  await expect(page.locator('#okand')).toContainText('Okänd');
});
