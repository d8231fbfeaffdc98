import { test, expect, builtPages } from './support.ts';

test('a per-year number URL lands on the measure page', async ({ page }) => {
  await page.goto('/planer/2023/5.4/');
  await page.waitForURL(/\/atgarder\/kulturskolan-for-fler\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öppna upp kulturskolan för fler');
  await page.goto('/planer/2023/3.1/');
  await page.waitForURL(/\/atgarder\/forskola-fler-barn\/$/);
});

test('the number redirect page works without JavaScript and names its canonical target', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const response = await page.request.get('/planer/2023/5.4/');
  const html = await response.text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/atgarder/kulturskolan-for-fler/">');
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/atgarder\/kulturskolan-for-fler\/">/);
  expect(html).not.toMatch(/<script/);
  await page.goto('/planer/2023/5.4/');
  await page.waitForURL(/\/atgarder\/kulturskolan-for-fler\/$/);
  await context.close();
});

test('every per-year number page points at a measure page that exists', async ({ request }) => {
  const numberPages = builtPages(undefined, 'redirects');
  expect(numberPages).toEqual(expect.arrayContaining(['/planer/2023/3.1/', '/planer/2023/5.4/']));
  for (const path of numberPages) {
    const html = await (await request.get(path)).text();
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
    expect(target, path).toMatch(/^\/atgarder\/[a-z0-9-]+\/$/);
    expect(html, `${path} shows a visible link`).toContain(`<a href="${target}">`);
    expect((await request.get(target!)).status(), `${path} → ${target}`).toBe(200);
  }
});

test('a note on the meeting page links to the measure, and the measure page links back to the note', async ({
  page,
}) => {
  await page.goto('/protokoll/ks-2023-02-14-31/');
  const note = page.locator('article', { has: page.locator('#anteckning-v') });
  await note.getByRole('link', { name: /5\.4 Öppna upp kulturskolan för fler/ }).click();
  await expect(page).toHaveURL(/\/atgarder\/kulturskolan-for-fler\/$/);
  const notes = page.getByRole('region', { name: 'Protokollsanteckningar som nämner åtgärden' });
  await expect(notes).toContainText('Sofia Frithioff');
  await notes
    .getByRole('link', { name: /Kommunstyrelsen 14 februari 2023 § 31/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/protokoll\/ks-2023-02-14-31\/#anteckning-v$/);
});

test('the measure page shows its citation and permanent URL, copyable with one click', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/atgarder/kulturskolan-for-fler/');
  const cite = page.getByRole('region', { name: 'Citera' });
  // The address and the reference are one tap away under "Citera".
  await cite.getByText('Adress och referens att kopiera').click();
  const reference = cite.locator('#referens');
  await expect(reference).toContainText(
    'Insyn, ”Öppna upp kulturskolan för fler”, åtgärd i Linköpings kommuns åtgärdsplan mot segregation 2023.',
  );
  // No build date on the page: nobody checked anything the day the site was built.
  await expect(reference).toHaveText(/\/atgarder\/kulturskolan-for-fler\/$/);
  await expect(cite.locator('#permanent-adress')).toHaveText(
    /^https?:\/\/[^ ]+\/atgarder\/kulturskolan-for-fler\/$/,
  );
  await cite.getByRole('button', { name: 'Kopiera referensen' }).click();
  await expect(cite.getByRole('status').filter({ hasText: 'Kopierat.' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The copy says the day of copying as its retrieved date.
  const today = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  expect(copied).toBe(`${(await reference.textContent())?.trim()} (hämtad ${today}).`);
});

test('without JavaScript the citation is visible and no dead copy button is shown', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/atgarder/kulturskolan-for-fler/');
  await page.getByText('Adress och referens att kopiera').click();
  await expect(page.locator('#referens')).toBeVisible();
  await expect(page.getByRole('button', { name: /Kopiera/ })).toHaveCount(0);
  await context.close();
});

test('with one documented year, the measure page says there is nothing to compare and which years are unknown', async ({
  page,
}) => {
  await page.goto('/atgarder/kulturskolan-for-fler/');
  // nothing to compare is a line under the year-by-year list, not a section of its own
  await expect(page.getByRole('region', { name: 'Åtgärden år för år' })).toContainText(
    'finns dokumenterad i ett enda planår',
  );
  await expect(page.getByRole('region', { name: 'Vad ändrades' })).toHaveCount(0);
  // the unknown years are one row; each year's anchor is its link in the row's heading
  const row = page.locator('li:has(> h3 #ar-2024)');
  await expect(row.locator('h3')).toHaveText('Planerna 2021, 2022, 2024 och 2025');
  await expect(row).toContainText('Ingen källa visar om åtgärden finns i de planerna.');
  await expect(page.getByText(/Finns inte i planen/)).toHaveCount(0);
});

test("a plan comparison with today's data says what cannot be compared instead of counting zero", async ({
  page,
}) => {
  await page.goto('/planer/2023/');
  await page.getByRole('link', { name: 'Jämför planerna 2022 och 2023' }).click();
  await expect(page).toHaveURL(/\/planer\/jamfor\/2022-2023\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan 2022 jämförd med plan 2023');
  const summary = page.getByRole('table', { name: 'Sammanfattning' });
  await expect(summary.getByRole('row', { name: /Nya åtgärder/ })).toContainText(
    'Kan inte avgöras utan planens lista för 2022',
  );
  await expect(summary.getByRole('row', { name: /Åtgärder som försvann/ })).toContainText(
    'Kan inte avgöras utan planens lista för 2023',
  );
  await expect(page.getByRole('heading', { name: 'Nya åtgärder' })).toHaveCount(0);
  const laterOnly = page.getByRole('region', { name: /Dokumenterade i 2023 men inte i 2022/ });
  await expect(laterOnly.getByRole('link', { name: 'Öppna upp kulturskolan för fler' })).toBeVisible();
});
