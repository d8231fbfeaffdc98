/**
 * What is missing (issue 23) in a browser, on a 360 px phone in Swedish and Arabic: /saknas/ and
 * the 2024 plan page read without scrolling sideways and pass axe; a document's letter opens under
 * its request link (the Swedish letter the link sends, and on the Arabic page Insyn's translation
 * after it); the request link's mailto: decodes to that letter. What needs no browser (every
 * document, every language, every link to /saknas/) is in missing.files.spec.ts.
 */
import { test, expect } from './support.ts';
import { axeViolations } from './axe.ts';
import { sv } from '../../src/i18n/sv/index.ts';
import { ar } from '../../src/i18n/ar/index.ts';
import { localizePath, type LanguageId } from '../../src/i18n/languages.ts';
import { missingPath, planPath } from '../../src/lib/urls/paths.ts';

test.use({ viewport: { width: 360, height: 740 } });

const pages: [LanguageId, string][] = [
  ['sv', missingPath()],
  ['ar', missingPath()],
  ['sv', planPath(2024)],
  ['ar', planPath(2024)],
];

for (const [language, path] of pages) {
  test(`${localizePath(language, path)} at 360 px: no sideways scroll, no WCAG 2.1 A/AA violations`, async ({
    page,
  }) => {
    test.setTimeout(60_000); // axe over a whole page is slow on a shared machine
    await page.goto(localizePath(language, path));
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('on the Arabic /saknas/, a document’s letter opens under its request: the Swedish letter it sends, then Insyn’s translation', async ({
  page,
}) => {
  await page.goto(localizePath('ar', missingPath('atgardsplan-2023')));
  const item = page.locator('article#atgardsplan-2023');
  const link = item.locator('a[data-request="atgardsplan-2023"]');
  await expect(link).toBeVisible();
  await expect(link).toHaveAccessibleName(new RegExp(`^${ar.missing.request}`));
  const href = (await link.getAttribute('href')) ?? '';
  const body = decodeURIComponent(href.split('&body=')[1] ?? '');
  expect(body).toContain('Bilaga 2 – Åtgärdsplan mot segregation 2023');
  expect(body).toContain('tryckfrihetsförordningen 2 kap.');
  expect(body).toContain('digital kopia');

  const letter = item.locator('details.letter');
  await expect(letter.locator('[data-letter="sv"]')).toBeHidden();
  await letter.locator('summary').click();
  const swedish = letter.locator('[data-letter="sv"]');
  await expect(swedish).toBeVisible();
  await expect(swedish).toHaveAttribute('lang', 'sv');
  await expect(swedish).toContainText(sv.missing.mail.subject('Bilaga 2 – Åtgärdsplan mot segregation 2023'));
  await expect(letter.locator('[data-letter="translation"]')).toContainText('قانون حرية الصحافة، الفصل 2');
});
