/**
 * District pages a phone can read (issue 24), once per language at 360 px: each page within its
 * height (scripts/bench/page-heights.ts: Skäggetorp ≤ 8,000 px, the others ≤ 6,000 px), the
 * answer and its counts on the first screen, "På sidan" landing on its sections, nothing wider
 * than the screen, a folded list that opens with the keyboard and with a finger; the tallest
 * measure pages (and their easy-read twins) within 4,000 px, the answer on the first screen,
 * their earlier timeline items (or events) one tap away. One visit per page, every check on it.
 * That each numbered source marker leads to its item in its section's list reads only the HTML:
 * trust.files.spec.ts checks it on every page in Node (here it cost a round trip per marker).
 */
import { localizePath, type LanguageId } from '../../src/i18n/languages.ts';
import { districtPath, measurePath } from '../../src/lib/urls/paths.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { heightTargets } from '../../scripts/bench/page-heights.ts';
import { test, expect } from './support.ts';

const site = buildSite(loadContent('content').snapshot);
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const districtTarget = heightTargets.find((k) => k.type === 'district')!.target;
const measureTarget = heightTargets.find((k) => k.type === 'measure')!.target(measurePath('omradesteam'))!;

test.describe('district pages on a 360 px phone', () => {
  test.use(phone);

  for (const language of ['sv', 'en', 'ar', 'lattlast'] as LanguageId[]) {
    test(`${language}: each district page is within its height, answers on the first screen, and "På sidan" and folds work`, async ({
      page,
    }) => {
      // Three pages, each with a dozen checks, on two cores shared with other runs.
      test.setTimeout(120_000);
      const easy = language === 'lattlast';
      const problems: string[] = [];
      for (const district of site.districts) {
        const path = localizePath(language, districtPath(district.id));
        await page.goto(path);
        const [height, scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollHeight,
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        const target = districtTarget(districtPath(district.id))!;
        if (height > target) problems.push(`${path}: ${height} px tall, over ${target}`);
        if (scroll > client) problems.push(`${path}: ${scroll} px wide in ${client} px`);

        // The first screen holds the answer's first sentence: how many measures, how many uncertain.
        const first = page.locator(
          easy ? '[data-easy-answer] .first' : '[data-district-answer] li[data-answer="measures"]',
        );
        const box = await first.boundingBox();
        if (!box || box.y + box.height > phone.viewport.height)
          problems.push(`${path}: the answer's first sentence ends below the first screen`);
        await expect(first).toContainText(/\d/);

        // "På sidan": every link lands on its section's heading, on the screen.
        const links = page.locator('[data-on-this-page] a');
        expect(await links.count(), `${path}: "På sidan" links`).toBeGreaterThanOrEqual(3);
        for (const link of await links.all()) {
          const id = (await link.getAttribute('href'))!.slice(1);
          await link.click();
          await expect(page).toHaveURL(new RegExp(`#${id}$`));
          const top = await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
          if (top < -1 || top > phone.viewport.height / 2)
            problems.push(`${path}: "På sidan" #${id} lands at ${Math.round(top)} px`);
          await page.evaluate(() => window.scrollTo(0, 0));
        }

        // A folded list opens with the keyboard and with a finger, and closes again.
        const more = page.locator('details.show-more').first();
        await more.locator('> summary').focus();
        await page.keyboard.press('Enter');
        await expect(more).toHaveAttribute('open', '');
        await page.keyboard.press('Enter');
        await expect(more).not.toHaveAttribute('open', '');
        await more.locator('> summary').tap();
        await expect(more).toHaveAttribute('open', '');
      }
      expect(problems).toEqual([]);
    });
  }
});

/** The tallest measure pages of issue 24 (scripts/measure-heights.ts lists every one). */
const tallMeasures = [
  'kulturskolan-for-fler',
  'skaggetorpsskolan-hogstadium',
  'lokala-driftsorganisationer',
  'omradesteam',
];

test.describe('the tallest measure pages on a 360 px phone', () => {
  test.use(phone);

  for (const language of ['sv', 'en', 'ar', 'lattlast'] as LanguageId[]) {
    test(`${language}: the tallest measure pages are within 4,000 px, answer on the first screen, earlier items open on request`, async ({
      page,
    }) => {
      // Four pages, each with several checks, on two cores shared with other runs.
      test.setTimeout(120_000);
      const easy = language === 'lattlast';
      const problems: string[] = [];
      for (const id of tallMeasures) {
        const path = localizePath(language, measurePath(id));
        await page.goto(path);
        const [height, scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollHeight,
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        if (height > measureTarget) problems.push(`${path}: ${height} px tall, over ${measureTarget}`);
        if (scroll > client) problems.push(`${path}: ${scroll} px wide in ${client} px`);

        // The first screen holds the answer's first line, or, for an uncertain measure, the caveat
        // that comes first (it must show before anything is said about the measure).
        const low = page.locator('main [data-certainty="low"]');
        const caveat = !easy && (await low.count()) > 0 ? await low.boundingBox() : null;
        const first = page.locator(easy ? '[data-easy-answer] .first' : '[data-measure-answer] p').first();
        const box = await first.boundingBox();
        if (caveat) {
          if (caveat.y + 48 > phone.viewport.height)
            problems.push(`${path}: the caveat's first line is below the first screen`);
        } else if (!box || box.y + box.height > phone.viewport.height)
          problems.push(`${path}: the answer's first line ends below the first screen`);

        // The newest items (events, on easy-read) show; the earlier ones open with the keyboard, in the page.
        const older = page.locator(
          easy ? 'section:has(#hant) details.show-more li' : '.timeline-items > li[data-older]',
        );
        const count = await older.count();
        if (count > 0) {
          await expect(older.first()).toBeHidden();
          const toggle = page.locator(
            easy ? 'section:has(#hant) details.show-more > summary' : 'details[data-older-toggle] > summary',
          );
          await expect(toggle).toContainText(String(count));
          await toggle.focus();
          await page.keyboard.press('Enter');
          for (const item of await older.all()) await expect(item).toBeVisible();
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('the languages on a 360 px phone', () => {
  test.use(phone);

  test('the home page names the other languages in words on its first screen, each in its own script, easy-read first', async ({
    page,
  }) => {
    await page.goto('/');
    const row = page.locator('header .language-bar .named a');
    await expect(row).toHaveText(['Lättläst', 'English', 'العربية']);
    await expect(row.nth(2)).toHaveAttribute('lang', 'ar');
    const easy = row.first();
    await expect(easy).toHaveAttribute('href', '/lattlast/');
    const box = (await easy.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(phone.viewport.height);
    await expect(page.locator('header details.languages > summary')).toContainText('Fler språk');
  });
});
