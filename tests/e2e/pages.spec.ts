import { test, expect, builtPages } from './support.ts';
import { dictOf } from '../../src/i18n/index.ts';
import { languageOfPath, localizePath } from '../../src/i18n/languages.ts';
import { accessibilityPath } from '../../src/lib/paths.ts';

test('every page type renders with one h1, Swedish language and a skip link', async ({ page }) => {
  for (const path of [
    '/',
    '/planer/',
    '/planer/2023/',
    '/atgarder/',
    '/atgarder/kulturskolan-for-fler/',
    '/protokoll/ks-2023-02-14-31/',
    '/dokument/ks-2023-02-14-31/',
    '/omraden/skaggetorp/',
    '/om/',
    '/kallor/',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeAttached();
  }
});

test('a plan page says how complete it is and how to request the plan', async ({ page }) => {
  await page.goto('/planer/2023/');
  await expect(page.getByText('Insyn känner till 3 av planens 50 åtgärder.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Begär ut planen' })).toBeVisible();
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
  await page
    .getByRole('link', { name: /Källa: KS 2023-02-14 § 31, s\. 4, st\. 34/ })
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
  await expect(page.locator('#ar-2024')).toContainText('Ingen källa visar om åtgärden finns i planen 2024');
});

test('a low-confidence measure carries its caveat up front', async ({ page }) => {
  await page.goto('/atgarder/skaggetorpsskolan-hogstadium/');
  await expect(page.getByRole('note')).toContainText('Osäker uppgift');
});

test('no internal link or anchor on any built page is broken', async ({ page, request }) => {
  test.setTimeout(120_000); // one test walks every page, on a shared machine
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const checked = new Map<string, Set<string>>(); // path → ids on that page
  const idsOf = async (path: string) => {
    if (!checked.has(path)) {
      const res = await request.get(path);
      expect(res.status(), `${path} answers`).toBe(200);
      const html = await res.text();
      checked.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return checked.get(path)!;
  };
  for (const path of pages) {
    await page.goto(path);
    // getAttribute, not .href: the map picture's SVG <a> has an SVGAnimatedString there.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin !== new URL(page.url()).origin) continue;
      const ids = await idsOf(url.pathname);
      if (url.hash)
        expect(
          ids.has(decodeURIComponent(url.hash.slice(1))),
          `${path} links to ${url.pathname}${url.hash}`,
        ).toBe(true);
    }
  }
});

test('a plan page says how many of its documented measures are uncertain', async ({ page }) => {
  await page.goto('/planer/2022/');
  await expect(page.getByText('Insyn känner till 1 av planens 60 åtgärder.')).toBeVisible();
  await expect(page.getByText('1 av dem är en osäker uppgift.')).toBeVisible();
  await page.goto('/planer/2021/');
  await expect(page.getByText('Insyn känner till 4 av planens 60 åtgärder.')).toBeVisible();
  await expect(page.getByText('1 av dem är en osäker uppgift.')).toBeVisible(); // lokala driftsorganisationer
});

test('every page links to the accessibility statement, which says how to report a problem', async ({
  page,
  request,
}) => {
  for (const path of builtPages()) {
    const footer = /<footer[\s\S]*<\/footer>/.exec(await (await request.get(path)).text())?.[0] ?? '';
    // In the page's language: /en/tillganglighet/ from an English page, named in its words.
    const id = languageOfPath(path);
    expect(footer, path).toMatch(
      new RegExp(
        `<a href="${localizePath(id, accessibilityPath())}"[^>]*>${dictOf(id).nav.accessibility}</a>`,
      ),
    );
  }
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
