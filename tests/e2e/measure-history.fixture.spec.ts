/** Runs against the fixture site (tests/fixtures/site: invented multi-year data), project "fixture-site". */
import { test, expect } from './support.ts';

test("a measure present in several years shows each year's row and what changed, with a word diff", async ({
  page,
}) => {
  await page.goto('/atgarder/fixtur-laxhjalp/');
  for (const [year, number] of [
    ['2022', '3.1'],
    ['2023', '3.2'],
    ['2024', '3.2'],
  ]) {
    const row = page.locator(`#ar-${year}`);
    await expect(row.getByRole('heading', { level: 3 })).toHaveText(`Plan ${year} – nr ${number}`);
    // What the plan says that year, with its source, opens under the year's heading.
    await row.locator('details.year-more > summary').click();
    await expect(row.getByRole('link', { name: /Källa: Fixturplan/ }).first()).toBeVisible();
  }
  // 2021 and 2025, which no source lists it in, are one row after the years it is in
  const unknown = page.locator('li:has(> h3 #ar-2021)');
  await expect(unknown.locator('h3')).toHaveText('Planerna 2021 och 2025');
  await expect(unknown).toContainText('Ingen källa visar om åtgärden finns i de planerna.');
  await expect(page.locator('main ol.timeline > li').last()).toHaveAttribute('data-kind', 'unknown');

  const step = page.locator('#andring-2022-2023');
  await expect(step.getByRole('heading')).toHaveText('Från 2022 till 2023');
  await expect(step).toContainText('Nummer ändrades från 3.1 till 3.2.');
  await expect(step).toContainText('Ansvar flyttades från KOF till UTB.');
  await expect(step).toContainText('Områden ändrades från Skäggetorp till Skäggetorp och Berga.');
  await expect(step).toContainText('Status ändrades från Pågår till Genomförd.');
  await expect(step.locator('del')).toContainText(['biblioteket']);
  await expect(step.locator('ins')).toContainText(['biblioteken', 'och Berga']);
  // Readable without colour: the marks carry strike-through and underline.
  expect(
    await step
      .locator('del')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toBe('line-through');
  expect(
    await step
      .locator('ins')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toBe('underline');
  await expect(page.locator('#andring-2023-2024')).toContainText('Inga kända ändringar.');
});

test('a measure that disappears and returns shows the absent year as absent', async ({ page }) => {
  await page.goto('/atgarder/fixtur-sommarjobb/');
  await expect(page.locator('#ar-2023')).toContainText('Finns inte i planen 2023.');
  const step = page.locator('#andring-2022-2024');
  await expect(step).toContainText('Däremellan: Finns inte i planen 2023');
  await expect(step).toContainText('Nummer ändrades från 2.1 till 2.3.');
  await expect(step).toContainText(
    'Okänt om detta ändrades, eftersom ingen källa anger det för båda åren: ansvar och status.',
  );
});

test("a renumbered measure's old number URL resolves to the same page as its new one", async ({ page }) => {
  await page.goto('/planer/2022/3.1/');
  await page.waitForURL(/\/atgarder\/fixtur-laxhjalp\/$/);
  await page.goto('/planer/2023/3.2/');
  await page.waitForURL(/\/atgarder\/fixtur-laxhjalp\/$/);
  // The old number now belongs to another measure in 2023.
  await page.goto('/planer/2023/3.1/');
  await page.waitForURL(/\/atgarder\/forskola-fler-barn\/$/);
});

test('the plan comparison lists added, removed, renumbered and changed measures with counts', async ({
  page,
}) => {
  await page.goto('/planer/jamfor/2022-2023/');
  const summary = page.getByRole('table', { name: 'Sammanfattning' });
  await expect(summary.getByRole('row', { name: /Nya åtgärder/ })).toContainText('4');
  await expect(summary.getByRole('row', { name: /Åtgärder som försvann/ })).toContainText('3');
  await expect(summary.getByRole('row', { name: /Nytt nummer/ })).toContainText('1');
  await expect(page.getByRole('heading', { name: 'Åtgärder som försvann (3 åtgärder)' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Åtgärder som försvann/ })
      .getByRole('link', { name: 'Fixtur: sommarjobb för unga' }),
  ).toBeVisible();
  const renumbered = page
    .getByRole('region', { name: /Nytt nummer/ })
    .getByRole('row', { name: /Fixtur: läxhjälp/ });
  await expect(renumbered).toContainText('3.1');
  await expect(renumbered).toContainText('3.2');
  const changed = page.getByRole('region', { name: /Ändrade åtgärder/ });
  await expect(changed).toContainText('Ansvar flyttades från KOF till UTB.');
  await changed.getByRole('link', { name: 'Fixtur: läxhjälp på biblioteket' }).click();
  await expect(page).toHaveURL(/\/atgarder\/fixtur-laxhjalp\/#andring-2022-2023$/);
  await page.goto('/planer/jamfor/2023-2024/');
  await expect(
    page
      .getByRole('region', { name: /Nya åtgärder/ })
      .getByRole('link', { name: 'Fixtur: sommarjobb för unga' }),
  ).toBeVisible();
});
