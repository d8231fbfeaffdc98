/**
 * Search quality (issue 18), over the built site and its index: a table of
 * queries with the result that must come first (URL with anchor) and results
 * that must not appear; filters that only return what they say; counts that
 * add up; excerpts that read as text; help when nothing is found.
 * Expected facts come from content/ (loaded here), not typed from memory.
 */
import { test, expect } from './support.ts';
import { axeViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { buildRecords, recordLanguage } from '../../src/lib/search/records.ts';
import { fullLocales } from '../../src/i18n/languages.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);
const MINUTES = '/protokoll/ks-2023-02-14-31/';
const V_NOTE = `${MINUTES}#anteckning-v`;

const results = (page: Page) => page.locator('insyn-search [data-results] > li');
const status = (page: Page) => page.getByRole('status');

/** Opens a search and waits until its results (or "no results") are shown; returns the result URLs. */
async function search(page: Page, params: string): Promise<string[]> {
  await page.goto(`/sok/?${params}`);
  // Loading Pagefind's WebAssembly can take seconds on a busy machine: wait for it, assert nothing about time.
  await expect(status(page)).toContainText(/träff/, { timeout: 20_000 });
  return results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The number in "N träffar …" (0 for "Inga träffar"). */
async function total(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  return /^Inga/.test(text) ? 0 : Number(/^(\d+)/.exec(text)?.[1]);
}

/** Opens "Avgränsa" unless it is open already (it opens by itself when the URL has filters). */
async function openRefine(page: Page) {
  const details = page.locator('insyn-search details.refine');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Avgränsa').click();
}

const qp = (q: string, extra: Record<string, string> = {}) => new URLSearchParams({ q, ...extra }).toString();

const table: { name: string; params: string; first: string | null; absent?: string[] }[] = [
  {
    name: '"kulturskolan" with party V: V\'s note first',
    params: qp('kulturskolan', { parti: 'Vänsterpartiet (V)' }),
    first: V_NOTE,
  },
  {
    name: '"kulturskolan" with party MP: not V\'s note (nothing)',
    params: qp('kulturskolan', { parti: 'Miljöpartiet (MP)' }),
    first: null,
    absent: [V_NOTE],
  },
  {
    name: '"kulturskolan": the measure\'s plan year first',
    params: qp('kulturskolan'),
    first: '/atgarder/kulturskolan-for-fler/#ar-2023',
    absent: [MINUTES],
  },
  {
    name: '"noteras": the decision that says it, at its anchor',
    params: qp('noteras'),
    first: `${MINUTES}#beslut-1`,
  },
  {
    name: '"barnfattigdomen": V\'s note, not the other parties\' notes',
    params: qp('barnfattigdomen'),
    first: V_NOTE,
    absent: [`${MINUTES}#anteckning-mp`, `${MINUTES}#anteckning-ll`],
  },
  { name: '"Berga": the district', params: qp('Berga'), first: '/omraden/berga/' },
  {
    name: '"Skäggetorpsskolan" as type Åtgärd: the measure\'s year, not its events',
    params: qp('Skäggetorpsskolan', { typ: 'Åtgärd' }),
    first: '/atgarder/skaggetorpsskolan-hogstadium/#ar-2022',
  },
  {
    name: "party MP without a query: only MP's note",
    params: qp('', { parti: 'Miljöpartiet (MP)' }),
    first: `${MINUTES}#anteckning-mp`,
    absent: [V_NOTE, `${MINUTES}#anteckning-ll`],
  },
];

for (const row of table) {
  test(`first result and absences: ${row.name}`, async ({ page }) => {
    const urls = await search(page, row.params);
    if (row.first === null) expect(urls).toEqual([]);
    else expect(urls[0]).toBe(row.first);
    for (const url of row.absent ?? []) expect(urls, `${url} must not be found`).not.toContain(url);
  });
}

test('the excerpt of a note shows the sentence that matched', async ({ page }) => {
  await search(page, qp('kulturskolan', { parti: 'Vänsterpartiet (V)' }));
  const excerpt = results(page).first().locator('.excerpt');
  await expect(excerpt).toContainText('om kulturskolan (åtgärd 5.4)');
  await expect(excerpt.locator('mark').first()).toHaveText(/kulturskola/i);
  await expect(results(page).first().locator('.kind')).toHaveText('Anteckning · 14 februari 2023');
});

test('type Anteckning returns only notes, each titled as one cites it', async ({ page }) => {
  const urls = await search(page, qp('Skäggetorp', { typ: 'Anteckning' }));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/protokoll\/[^/]+\/#anteckning-/);
  for (const kind of await results(page).locator('.kind').allTextContents())
    expect(kind).toMatch(/^Anteckning · /);
  for (const title of await results(page).locator('h2').allTextContents())
    expect(title).toMatch(/^[A-ZÅÄÖ]+:s protokollsanteckning, KS \d+ \p{L}+ \d{4} § \d+$/u);
});

test('a year filter returns only results about that year', async ({ page }) => {
  for (const year of ['2021', '2023']) {
    const urls = await search(page, qp('', { ar: year }));
    expect(urls.length, year).toBeGreaterThan(0);
    for (const kind of await results(page).locator('.kind').allTextContents())
      expect(kind, year).toContain(year);
  }
  // The minutes of 14 February 2023 treat the 2022 follow-up too, but they are about 2023, not 2022.
  const urls2022 = await search(page, qp('', { ar: '2022' }));
  expect(urls2022.filter((u) => u.startsWith(MINUTES))).toEqual([]);
});

test('a date range keeps only dated results inside it, and lives in the URL', async ({ page }) => {
  await search(page, qp('', { fran: '2021', till: '2022' }));
  const kinds = await results(page).locator('.kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) {
    expect(kind).toMatch(/202[12]/);
    expect(kind, 'measures are undated: a date range leaves them out').not.toMatch(/^Åtgärd/);
  }
  await openRefine(page);
  await expect(page.getByLabel('Från år')).toHaveValue('2021');
  await page.getByLabel('Till år').selectOption('2023');
  await expect(page).toHaveURL(/fran=2021&till=2023$/);
  // The URL changes as the new search starts (aria-busy from then on), while the 2021–2022
  // results still show: read the list once that search is shown, not the one before it.
  await expect(page.locator('insyn-search')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(results(page).locator('h2 a').first()).toBeVisible();
  const hrefs = await results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(V_NOTE);
});

test('the counts beside the filter values add up to the number of results shown', async ({ page }) => {
  for (const params of [
    qp('Skäggetorp'),
    qp('segregation'),
    qp('förskola', { ar: '2023' }),
    qp('', { parti: 'Vänsterpartiet (V)' }),
  ]) {
    await search(page, params);
    const n = await total(page);
    expect(n, params).toBeGreaterThan(0);
    await openRefine(page);
    for (const legend of ['Typ', 'År', 'Utvecklingsområde', 'Status', 'Parti (protokollsanteckningar)']) {
      const group = page.getByRole('group', { name: legend });
      const texts = [
        ...(await group.locator('.count').allTextContents()),
        ...(await group.locator('.rest:visible').allTextContents()),
      ];
      const sum = texts.reduce((s, t) => s + Number(/\((\d+)\)\s*$/.exec(t)?.[1] ?? 0), 0);
      expect(sum, `${legend} for ${params}`).toBe(n);
    }
    expect(await results(page).count()).toBe(Math.min(n, 10));
  }
});

test('no excerpt glues two words together across elements', async ({ page }) => {
  test.setTimeout(120_000); // a dozen searches, then each page with a suspect word
  const glued = /\p{Ll}\p{Lu}|\p{N}\p{L}|\p{L}\p{N}/u;
  const suspects = new Map<string, Set<string>>(); // page → glued-looking words seen in its excerpts
  for (const q of [
    'kulturskolan',
    'Skäggetorp',
    'Berga',
    'Ryd',
    'segregation',
    'förskola',
    'uppföljning',
    'statistik',
    'tillgänglighet',
    'data',
    'källa',
    'åtgärd',
  ]) {
    await search(page, qp(q));
    const shown = await results(page).evaluateAll((items) =>
      items.flatMap((li) =>
        [...li.querySelectorAll('.excerpt')].map((p) => ({
          url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
          text: p.textContent ?? '',
        })),
      ),
    );
    for (const { url, text } of shown) {
      const words = text
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => glued.test(w));
      const key = url.replace(/#.*$/, '');
      for (const w of words) suspects.set(key, (suspects.get(key) ?? new Set()).add(w));
    }
  }
  // A word such as "KS2020" or "30h" is fine if the page itself shows it as one word.
  for (const [url, words] of suspects) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const pageText = await page.locator('body').innerText();
    for (const w of words)
      expect(pageText, `"${w}" in an excerpt of ${url} is not a word on that page`).toContain(w);
  }
});

test('a low-confidence measure carries its caveat in the results', async ({ page }) => {
  const measure = site.measureById.get('skaggetorpsskolan-hogstadium')!;
  expect(measure.data.confidence).toBe('low');
  await search(page, qp('Skäggetorpsskolan', { typ: 'Åtgärd' }));
  const first = results(page).first();
  await expect(first.locator('.caveat')).toHaveText(`Osäker uppgift: ${measure.data.caveat}`);
  await expect(first.locator('.kind')).toHaveText('Åtgärd · Plan 2022');
});

test('nothing found: says what was searched, how many without the filters, suggests names and sections', async ({
  page,
}) => {
  await search(page, qp('kulturskolan', { parti: 'Miljöpartiet (MP)' }));
  await expect(status(page)).toHaveText(
    'Inga träffar för ”kulturskolan”. Sökt som ”kulturskola”, så att fler böjningsformer kommer med.',
  );
  const none = page.locator('[data-none]');
  await expect(none).toContainText(
    'Du sökte efter ”kulturskolan” med avgränsningarna Parti (protokollsanteckningar): Miljöpartiet (MP).',
  );
  await expect(none.getByRole('link', { name: 'Öppna upp kulturskolan för fler' })).toHaveAttribute(
    'href',
    `?${qp('Öppna upp kulturskolan för fler')}`,
  );
  for (const section of ['Planer', 'Åtgärder', 'Områden', 'Protokoll', 'Dokument'])
    await expect(none.getByRole('link', { name: section })).toBeVisible();
  const without = Number(
    /Utan avgränsningarna finns (\d+) träffar\./.exec((await none.textContent()) ?? '')?.[1],
  );
  expect(without).toBeGreaterThan(1);
  await none.getByRole('button', { name: 'Sök utan avgränsningar' }).click();
  await expect(page).toHaveURL(/\?q=kulturskolan$/);
  await expect(results(page).locator(`h2 a[href="${V_NOTE}"]`)).toBeVisible();
  // The count it promised is the count the unfiltered search shows.
  await expect(results(page)).toHaveCount(without);
  await expect(none).toBeHidden();
});

test('"inga träffar" for a misspelt measure suggests the measure', async ({ page }) => {
  await search(page, qp('områdestem', { typ: 'Plan' }));
  await expect(status(page)).toHaveText('Inga träffar för ”områdestem”.');
  await expect(
    page.locator('[data-none]').getByRole('link', { name: 'Bilda områdesteam', exact: true }),
  ).toBeVisible();
});

test('a misspelt measure that finds other things gets a "did you mean"', async ({ page }) => {
  await search(page, qp('kulturskolna'));
  const hint = page.locator('[data-didyoumean]');
  const name = 'Öppna upp kulturskolan för fler';
  await expect(hint.getByRole('link', { name })).toBeVisible();
  await hint.getByRole('link', { name }).click();
  await expect(status(page)).toContainText(`träffar för ”${name}”`, { timeout: 20_000 });
  await expect(results(page).first().locator('h2 a')).toHaveAttribute(
    'href',
    '/atgarder/kulturskolan-for-fler/#ar-2023',
  );
  await expect(hint).toBeHidden();
});

test('a misspelt district is searched as the district, which comes first, and the page says so', async ({
  page,
}) => {
  await search(page, qp('skagetorp'));
  await expect(status(page)).toContainText('Sökt som ”Skäggetorp”, med namnet rättstavat.');
  await expect(results(page).first().locator('h2 a')).toHaveAttribute('href', '/omraden/skaggetorp/');
  await expect(page.locator('[data-didyoumean]')).toBeHidden();
});

test('every result, in every language, links to an anchor that exists on its page', async ({ page }) => {
  const byPage = new Map<string, string[]>();
  for (const r of fullLocales.flatMap((locale) => buildRecords(site, recordLanguage(site, locale)))) {
    const [path, hash = ''] = r.url.split('#');
    const anchor = hash.split(':~:')[0];
    if (anchor) byPage.set(path, [...(byPage.get(path) ?? []), anchor]);
  }
  expect(byPage.size).toBeGreaterThan(15);
  for (const [path, anchors] of byPage) {
    const html = await (await page.request.get(path)).text();
    for (const a of anchors) expect(html, `${path}#${a}`).toContain(`id="${a}"`);
  }
});

test('the results with filters open, a caveat, "did you mean", "nothing found" and results that lack words have no WCAG 2.1 A/AA violations', async ({
  page,
}) => {
  test.setTimeout(60_000);
  for (const params of [
    qp('Skäggetorpsskolan', { typ: 'Åtgärd' }),
    qp('', { fran: '2021', till: '2022' }),
    qp('skagetorp'),
    qp('kulturskolan', { parti: 'Miljöpartiet (MP)' }),
    qp('vad kritiserade Miljöpartiet 2023'),
  ]) {
    await search(page, params);
    await openRefine(page);
    expect(await axeViolations(page), params).toEqual([]);
  }
});
