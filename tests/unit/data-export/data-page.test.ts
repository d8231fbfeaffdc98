import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictOf } from '../../../src/i18n/index.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { dataPage, datasetRoutes } from '../../../src/lib/data-export/data-page.ts';
import { datasetsIn } from '../../../src/lib/data-export/datasets.ts';
import { schemaNames } from '../../../src/lib/data-export/json-schema.ts';

const { snapshot } = loadContent('tests/fixtures/site');
const site = buildSite(snapshot);

test('the data page: every dataset with the row count of its file and its documented columns', () => {
  const page = dataPage(site, snapshot, dictOf('sv'), 'sv');
  assert.deepEqual(
    page.datasets.map((d) => d.dataset.id),
    datasetsIn(dictOf('sv')).map((d) => d.id),
  );
  for (const d of page.datasets) {
    assert.equal(d.rows, d.dataset.rows(snapshot).length, d.dataset.id);
    assert.deepEqual(
      d.columns.map((c) => c.name),
      d.dataset.columns.map((c) => c.name),
    );
    for (const c of d.columns) assert.equal(typeof c.allowed, 'string', `${d.dataset.id}.${c.name}`);
  }
  assert.deepEqual(
    page.schemas.map((s) => s.name),
    schemaNames,
  );
});

test('the data page lists the language’s feeds, the whole site’s first', () => {
  const { feeds } = dataPage(site, snapshot, dictOf('en'), 'en');
  assert.deepEqual(feeds[0], { href: '/en/flode.xml', district: null });
  assert.deepEqual(
    feeds.slice(1).map((f) => f.href),
    site.districts.map((d) => `/en/flode/${d.id}.xml`),
  );
});

test('the data page shows the report address without "mailto:" and its query', () => {
  const before = process.env.INSYN_REPORT_URL;
  try {
    process.env.INSYN_REPORT_URL = 'mailto:fel@example.se?subject=Data';
    const { report } = dataPage(site, snapshot, dictOf('sv'), 'sv');
    assert.deepEqual(report, { href: 'mailto:fel@example.se?subject=Data', label: 'fel@example.se' });
    process.env.INSYN_REPORT_URL = 'https://example.se/fel';
    assert.equal(dataPage(site, snapshot, dictOf('sv'), 'sv').report.label, 'https://example.se/fel');
  } finally {
    if (before === undefined) delete process.env.INSYN_REPORT_URL;
    else process.env.INSYN_REPORT_URL = before;
  }
});

test('each dataset has one route for its CSV and JSON files', () => {
  assert.deepEqual(
    datasetRoutes().map((r) => r.params.dataset),
    datasetsIn(dictOf('sv')).map((d) => d.id),
  );
});
