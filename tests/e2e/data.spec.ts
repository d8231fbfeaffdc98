import { parse } from 'csv-parse/sync';
import { test, expect } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { datasetsIn } from '../../src/lib/data-export/datasets.ts';
import { sv } from '../../src/i18n/sv/index.ts';
import { schemaNames } from '../../src/lib/data-export/json-schema.ts';

const datasets = datasetsIn(sv);

const { snapshot } = loadContent(process.env.INSYN_CONTENT_DIR ?? 'content');

test('every published CSV and JSON file holds exactly the rows of the content, and its columns are the ones /data/ documents', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  for (const d of datasets) {
    const documented = await page
      .getByRole('table', { name: `Kolumner i ${d.id}` })
      .locator('tbody th code')
      .allTextContents();
    expect(documented.length, `${d.id} documented`).toBeGreaterThan(0);

    const csvRes = await request.get(`/data/${d.id}.csv`);
    expect(csvRes.status()).toBe(200);
    const bytes = await csvRes.body();
    expect([...bytes.subarray(0, 3)], `${d.id}.csv starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(header, `${d.id}.csv columns = documented columns`).toEqual(documented);
    const expected = d.rows(snapshot);
    expect(records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))).toEqual(expected);

    const json = await (await request.get(`/data/${d.id}.json`)).json();
    expect(
      json.columns.map((c: { name: string }) => c.name),
      `${d.id}.json columns = documented columns`,
    ).toEqual(documented);
    expect(json.rows).toHaveLength(expected.length);
    expect(json.rows.map((r: Record<string, unknown>) => Object.keys(r))).toEqual(
      expected.map(() => documented),
    );
  }
});

test('the events dataset: its columns are documented on /data/ and in its JSON, both ways, and every kind is one the schema allows', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const documented = await page
    .getByRole('table', { name: 'Kolumner i events' })
    .locator('tbody th code')
    .allTextContents();
  const json = await (await request.get('/data/events.json')).json();
  const inJson = json.columns.map((c: { name: string }) => c.name);
  // Both ways: every documented column is in the file, and every column in the file is documented.
  for (const name of documented) expect(inJson, `${name} is in events.json`).toContain(name);
  for (const name of inJson) expect(documented, `${name} is documented on /data/`).toContain(name);
  const [header] = parse(await (await request.get('/data/events.csv')).body(), {
    bom: true,
    delimiter: ';',
    to_line: 1,
  }) as string[][];
  expect(header).toEqual(documented);
  expect(documented).toEqual(
    expect.arrayContaining([
      'what',
      'label',
      'stance',
      'source_kind',
      'attribution',
      'link_confidence',
      'source',
    ]),
  );
  expect(json.rows.length).toBeGreaterThan(0);
  for (const row of json.rows)
    expect(['decision', 'action', 'plan', 'finding', 'agreement']).toContain(row.what);
  // Whose word a fact is comes with every fact that is not the acting body's own.
  for (const row of json.rows.filter((r: { stance: string }) => r.stance === 'attributed'))
    expect(row.attribution).toBeTruthy();
});

test('the data page links every file and every schema, and they answer', async ({ page, request }) => {
  await page.goto('/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öppna data');
  await expect(page.getByText('semikolon', { exact: false }).first()).toBeVisible();
  const hrefs = await page
    .locator('main a[href^="/data/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const d of datasets)
    expect(hrefs).toEqual(expect.arrayContaining([`/data/${d.id}.csv`, `/data/${d.id}.json`]));
  for (const name of schemaNames) {
    expect(hrefs).toContain(`/data/schema/${name}.json`);
    const schema = await (await request.get(`/data/schema/${name}.json`)).json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(new RegExp(`/data/schema/${name}\\.json$`));
  }
});

test('the footer leads to the open data page from every page', async ({ page }) => {
  await page.goto('/planer/2023/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
  await expect(page).toHaveURL(/\/data\/$/);
});
