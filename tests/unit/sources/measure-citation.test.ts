import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { measureCitation, yearRanges } from '../../../src/lib/sources/measure-citation.ts';
import { numberLinks } from '../../../src/lib/urls/number-links.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

test('plan years are written as ranges', () => {
  assert.equal(yearRanges([2023]), '2023');
  assert.equal(yearRanges([2024, 2022, 2023]), '2022–2024');
  assert.equal(yearRanges([2021, 2022, 2023, 2025]), '2021–2023, 2025');
});

const site = buildSite(loadContent('tests/fixtures/site').snapshot);

test('the citation names the title, the plan years, the permanent URL and the retrieved date', () => {
  const m = site.measureById.get('fixtur-sommarjobb');
  assert.ok(m);
  assert.equal(
    measureCitation(m, 'https://insyn.example.se/atgarder/fixtur-sommarjobb/', i18nFor('sv'), '2026-05-01'),
    'Insyn, ”Fixtur: sommarjobb för unga”, åtgärd i Linköpings kommuns åtgärdsplaner mot segregation 2022, 2024. https://insyn.example.se/atgarder/fixtur-sommarjobb/ (hämtad 1 maj 2026).',
  );
});

test('every numbered plan entry gets a number link, old numbers included', () => {
  const links = numberLinks(site).map((l) => `${l.year}/${l.number} → ${l.measure.id}`);
  assert.ok(links.includes('2022/3.1 → fixtur-laxhjalp'));
  assert.ok(links.includes('2023/3.2 → fixtur-laxhjalp'));
  assert.ok(links.includes('2023/3.1 → forskola-fler-barn'));
  assert.equal(new Set(links).size, links.length);
});
