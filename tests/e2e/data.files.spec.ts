/**
 * The open data files (/data/*.csv, *.json, the JSON Schemas) and the page that documents
 * them, read from the build in Node (no browser): every file holds exactly the content's
 * rows, with the columns /data/ documents. That every page's footer links to /data/ is in
 * site.files.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { test, expect } from '@playwright/test';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { datasetsIn } from '../../src/lib/data-export/datasets.ts';
import { sv } from '../../src/i18n/sv/index.ts';
import { schemaNames } from '../../src/lib/data-export/json-schema.ts';
import { dist, sitePages } from './built-site.ts';
import { elements, first, textOf, type Element } from './html-tree.ts';

const datasets = datasetsIn(sv);
const { snapshot } = loadContent(process.env.INSYN_CONTENT_DIR ?? 'content');
const dataPage = () => sitePages().find((p) => p.path === '/data/')!;
const file = (path: string) => readFileSync(join(dist, path));
const json = (path: string) => JSON.parse(file(path).toString('utf8'));

/** The column names a /data/ table documents: the <code> in each row's header cell, by its caption. */
function documented(caption: string): string[] {
  const table = [...elements(dataPage().tree, 'table')].find(
    (t) => textOf(first(t, 'caption') ?? t).trim() === caption,
  );
  if (!table) return [];
  const body = first(table, 'tbody')!;
  return [...elements(body, 'th')].flatMap((th: Element) => [...elements(th, 'code')].map(textOf));
}

test('every published CSV and JSON file holds exactly the rows of the content, and its columns are the ones /data/ documents', () => {
  for (const d of datasets) {
    const columns = documented(`Kolumner i ${d.id}`);
    expect(columns.length, `${d.id} documented`).toBeGreaterThan(0);

    const bytes = file(`data/${d.id}.csv`);
    expect([...bytes.subarray(0, 3)], `${d.id}.csv starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(header, `${d.id}.csv columns = documented columns`).toEqual(columns);
    const expected = d.rows(snapshot);
    expect(records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))).toEqual(expected);

    const data = json(`data/${d.id}.json`);
    expect(
      data.columns.map((c: { name: string }) => c.name),
      `${d.id}.json columns = documented columns`,
    ).toEqual(columns);
    expect(data.rows).toHaveLength(expected.length);
    expect(data.rows.map((r: Record<string, unknown>) => Object.keys(r))).toEqual(
      expected.map(() => columns),
    );
  }
});

test('the events dataset: its columns are documented on /data/ and in its JSON, both ways, and every kind is one the schema allows', () => {
  const columns = documented('Kolumner i events');
  const data = json('data/events.json');
  const inJson = data.columns.map((c: { name: string }) => c.name);
  // Both ways: every documented column is in the file, and every column in the file is documented.
  for (const name of columns) expect(inJson, `${name} is in events.json`).toContain(name);
  for (const name of inJson) expect(columns, `${name} is documented on /data/`).toContain(name);
  const [header] = parse(file('data/events.csv'), { bom: true, delimiter: ';', to_line: 1 }) as string[][];
  expect(header).toEqual(columns);
  expect(columns).toEqual(
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
  expect(data.rows.length).toBeGreaterThan(0);
  for (const row of data.rows)
    expect(['decision', 'action', 'plan', 'finding', 'agreement']).toContain(row.what);
  // Whose word a fact is comes with every fact that is not the acting body's own.
  for (const row of data.rows.filter((r: { stance: string }) => r.stance === 'attributed'))
    expect(row.attribution).toBeTruthy();
});

test('the data page links every file and every schema, and they are built', () => {
  const page = dataPage();
  expect(textOf(first(page.tree, 'h1')!).trim()).toBe('Öppna data');
  expect(textOf(first(page.tree, 'main')!)).toContain('semikolon');
  const hrefs = [...elements(first(page.tree, 'main')!, 'a')]
    .map((a) => a.attrs.href ?? '')
    .filter((h) => h.startsWith('/data/'));
  for (const d of datasets)
    expect(hrefs).toEqual(expect.arrayContaining([`/data/${d.id}.csv`, `/data/${d.id}.json`]));
  for (const name of schemaNames) {
    expect(hrefs).toContain(`/data/schema/${name}.json`);
    const schema = json(`data/schema/${name}.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(new RegExp(`/data/schema/${name}\\.json$`));
  }
});
