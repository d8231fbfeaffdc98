import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import {
  districtFacets,
  documentFacets,
  filterValues,
  measureFacets,
  meetingFacets,
  planFacets,
} from '../../../src/lib/search/facets.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';

// The fixture site (tests/fixtures/site), not content/: these test the facets, not the facts.
const { snapshot, problems } = loadContent('tests/fixtures/site');
const site = buildSite(snapshot);
const label = (t: string) => t.toUpperCase();

test('the fixture site loads without problems (the facts below come from it)', () => {
  assert.deepEqual(problems, []);
});

test('(page-level facets, kept for <SearchMeta>) a meeting page is both a protocol and notes, and carries the parties and districts of its notes', () => {
  const f = meetingFacets(site, site.meetingById.get('ks-2023-02-14-31')!);
  assert.deepEqual(f.types, ['protokoll', 'anteckning']);
  assert.deepEqual(f.years, [2022, 2023]);
  assert.deepEqual(f.parties, ['Miljöpartiet (MP)', 'Vänsterpartiet (V)', 'Linköpingslistan (LL)']);
  assert.deepEqual(f.districts.sort(), ['Berga', 'Ryd', 'Skäggetorp']);
});

test('a measure carries its plan years, numbered development area and the status the follow-up gives (else unknown)', () => {
  const f = measureFacets(site, site.measureById.get('kulturskolan-for-fler')!, 'Okänd');
  assert.deepEqual(f.types, ['atgard']);
  assert.deepEqual(f.years, [2023]);
  assert.deepEqual(f.areas, ['5. Fritid']);
  assert.deepEqual(f.districts, [], 'no source names a district, so none is filled in');
  assert.deepEqual(f.statuses, ['Okänd']);
  assert.deepEqual(f.parties, [], 'party is a filter for notes, not for the measures they name');
});

test('plans, documents and districts', () => {
  assert.deepEqual(planFacets(site.planByYear.get(2023)!).years, [2023]);
  const doc = documentFacets(site, site.documentById.get('ks-2023-02-14-31')!);
  assert.deepEqual(doc.types, ['dokument']);
  assert.ok(doc.years.includes(2023), 'the minutes of the 2023 plan belong to plan year 2023');
  const d = districtFacets(site.districtById.get('skaggetorp')!);
  assert.deepEqual(d.districts, ['Skäggetorp']);
});

test('no filter value contains a comma (Pagefind splits its attributes on commas)', () => {
  const all = [
    ...site.measures.map((m) => measureFacets(site, m, 'Okänd')),
    ...site.meetings.map((m) => meetingFacets(site, m)),
    ...site.documents.map((d) => documentFacets(site, d)),
    ...site.districts.map((d) => districtFacets(d)),
    ...site.plans.map((p) => planFacets(p)),
  ];
  for (const f of all)
    for (const [key, values] of filterValues(f, label))
      for (const v of values) assert.ok(!v.includes(','), `${key}: ${v}`);
});
