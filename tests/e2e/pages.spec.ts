/**
 * Pages and their links, in Swedish. Checks over every page (links and anchors, one h1, lang,
 * the footer) are in site.files.spec.ts and i18n.spec.ts.
 */
import { test, expect } from './support.ts';

test('a plan page says how complete it is and how to request the plan', async ({ page }) => {
  await page.goto('/planer/2023/');
  await expect(page.getByText('Insyn känner till 3 av planens 50 åtgärder.')).toBeVisible();
  // one way to request the plan's list: its ready letter under what is not known (no second block)
  const request = page.getByRole('link', {
    // its name says which document (Chrome puts a space before the hidden part)
    name: /^Begär ut handlingen ?: Bilaga 2 – Åtgärdsplan mot segregation 2023$/,
  });
  await expect(request).toBeVisible();
  await expect(request).toHaveAttribute('href', /^mailto:\?subject=/);
  await expect(page.getByRole('heading', { name: 'Begär ut planen' })).toHaveCount(0);
  await page.goto('/planer/2024/');
  await expect(page.getByText('Ingen källa anger hur många åtgärder planen har.')).toBeVisible();
});

test('the 2022 follow-up shows the counts its source gives', async ({ page }) => {
  await page.goto('/planer/2022/');
  const table = page.getByRole('table', { name: /Status för planens åtgärder/ });
  await expect(table.getByRole('row', { name: /Genomförd/ })).toContainText('15');
  await expect(table.getByRole('row', { name: /Pågår/ })).toContainText('39');
  await expect(table.getByRole('row', { name: /Ej genomförd/ })).toContainText('6');
});

test('a measure links to its note, the note to the minutes, and the citation into the document paragraph', async ({
  page,
}) => {
  await page.goto('/atgarder/kulturskolan-for-fler/');
  await page
    .getByRole('link', { name: /Kommunstyrelsen 14 februari 2023 § 31/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/protokoll\/ks-2023-02-14-31\/#anteckning-v$/);
  const note = page.locator('article:has(> #anteckning-v)');
  await expect(note).toContainText('Sofia Frithioff');
  await note.getByRole('link', { name: /5\.4 Öppna upp kulturskolan för fler/ }).click();
  await expect(page).toHaveURL(/\/atgarder\/kulturskolan-for-fler\/$/);
  // Sources are numbered per section, their list one tap away: open them all, follow the paragraph's.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page
    .locator('a.cite')
    .filter({ hasText: /^KS 2023-02-14 § 31, s\. 4, st\. 34$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/dokument\/ks-2023-02-14-31\/#st-34$/);
  await expect(page.locator('#st-34')).toContainText('Öppna upp kulturskolan för fler');
});

test('unknown facts are shown as unknown, not filled in', async ({ page }) => {
  await page.goto('/atgarder/forskola-fler-barn/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Åtgärd 3.1 (2023)');
  const entry = page.locator('#ar-2023');
  await expect(entry.getByText('Okänt')).toHaveCount(3); // wording, districts, responsible
  // the unknown years are one row; each year's anchor is its link in the row's heading
  await expect(page.locator('li:has(> h3 #ar-2024)')).toContainText(
    'Ingen källa visar om åtgärden finns i de planerna.',
  );
});

test('a low-confidence measure carries its caveat up front', async ({ page }) => {
  await page.goto('/atgarder/skaggetorpsskolan-hogstadium/');
  // The first note on the page is the caveat (the sources that disagree are a note further down).
  await expect(page.getByRole('note').first()).toContainText('Osäker uppgift');
});

test('a plan page says how many of its documented measures are uncertain', async ({ page }) => {
  await page.goto('/planer/2022/');
  await expect(page.getByText('Insyn känner till 1 av planens 60 åtgärder.')).toBeVisible();
  await expect(page.getByText('1 av dem är en osäker uppgift.')).toBeVisible();
  await page.goto('/planer/2021/');
  await expect(page.getByText('Insyn känner till 4 av planens 60 åtgärder.')).toBeVisible();
  await expect(page.getByText('1 av dem är en osäker uppgift.')).toBeVisible(); // lokala driftsorganisationer
});

// Every page's footer link to it is checked on every page in site.files.spec.ts.
test('the footer leads to the accessibility statement, which says how to report a problem', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighet för Insyn');
  await expect(page.getByRole('heading', { name: 'Det här fungerar inte fullt ut' })).toBeVisible();
  const contact = page.getByRole('link', { name: 'Skriv till Insyn' });
  await expect(contact).toHaveAttribute('href', /^mailto:.*subject=[^&]*Tillg%C3%A4nglighet/);
});

test('the about page gives a way to write to Insyn', async ({ page }) => {
  await page.goto('/om/');
  await expect(page.getByRole('link', { name: 'Skriv till Insyn' })).toHaveAttribute('href', /^mailto:/);
});

test('"Kopiera citatet" copies the quoted words as they stand, the paragraph they stand in and its address', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/protokoll/ks-2023-02-14-31/');
  const item = page.locator('ul.quotes > li').first();
  const shown = (await item.locator('blockquote q').textContent())!.trim();
  await item.getByRole('button', { name: /^Kopiera citatet/ }).click();
  await expect(item.getByRole('status')).toHaveText('Kopierat.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The words as shown, then where they stand (the paragraph) and that paragraph's public address.
  const match = /^”(.+)” \((KS 2023-02-14 § 31, s\. \d+, st\. (\d+))\) (https?:\/\/\S+)$/.exec(copied);
  expect(match, copied).not.toBeNull();
  const [, words, , paragraph, address] = match!;
  expect(words).toBe(shown);
  expect(new URL(address).pathname + new URL(address).hash).toBe(
    `/dokument/ks-2023-02-14-31/#st-${paragraph}`,
  );
  // The paragraph named is the one the quotation's own source points at: its marker leads to the
  // section's list item, whose link goes to that paragraph.
  const marker = (await item.locator('a.ref').first().getAttribute('href'))!.slice(1);
  await expect(page.locator(`li[id="${marker}"] a.cite`)).toHaveAttribute(
    'href',
    new RegExp(`#st-${paragraph}$`),
  );
});
