/**
 * The easy-read district page's figures: one or two sentences per series, numbers as digits,
 * the same figures as the standard page. On the fixture site (tests/fixtures/site).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { indicatorLines } from '../../../src/lib/easy-read/indicator-lines.ts';
import { districtIndicators } from '../../../src/lib/statistics/indicators.ts';
import { lattlast } from '../../../src/i18n/lattlast/index.ts';
import { figureEvidence } from '../../../src/lib/sources/evidence.ts';
import type { SourceRef } from '../../../src/schemas/source-ref.ts';

const site = buildSite(loadContent('tests/fixtures/site').snapshot);
const evidence = (source: SourceRef) => figureEvidence(site, [source]);

test('one or two sentences per series the standard page shows, in the same order', () => {
  for (const district of ['skaggetorp', 'berga', 'ryd']) {
    const easy = indicatorLines(
      site.indicators,
      district,
      site.districtById.get(district)!.data.name,
      lattlast,
      evidence,
    );
    const standard = districtIndicators(site.indicators, district).flatMap((g) => g.series.map((s) => s.id));
    assert.deepEqual(
      easy.map((i) => i.id),
      standard,
      district,
    );
    for (const i of easy) {
      assert.ok(
        i.lines.length >= 1 && i.lines.length <= 2,
        `${district} ${i.id}: ${i.lines.length} sentences`,
      );
      assert.ok(i.sources.length >= 1, `${i.id} has its sources`);
    }
  }
});

test('the figures are digits, with their month or year, a range stays a range', () => {
  const skaggetorp = indicatorLines(site.indicators, 'skaggetorp', 'Skäggetorp', lattlast, evidence);
  const unemployment = skaggetorp.find((i) => i.id === 'arbetsloshet-18-64-stadsdel')!;
  assert.equal(
    unemployment.lines[0],
    'Vuxna som inte har jobb: 18,3 procent i mars 2020 och 19,0 procent i mars 2023.',
  );
  const ryd = indicatorLines(site.indicators, 'ryd', 'Ryd', lattlast, evidence);
  assert.match(ryd.find((i) => i.id === 'arbetsloshet-18-64-stadsdel')!.lines[0], /6–7 procent i mars 2023/);
});

test('an area other than the district itself is named in the sentence, once when it is the only one', () => {
  const basomraden = indicatorLines(site.indicators, 'skaggetorp', 'Skäggetorp', lattlast, evidence).find(
    (i) => i.id === 'barn-lag-ekonomisk-standard-basomrade',
  )!;
  assert.match(
    basomraden.lines[0],
    /81,0 procent i Rosendal år 2021 och 76,6 procent i Sörgården år 2021\.$/,
  );
});

test('a series another source disagrees with says that the sources differ', () => {
  const arena = indicatorLines(site.indicators, 'skaggetorp', 'Skäggetorp', lattlast, evidence).find(
    (i) => i.id === 'arbetsloshet-dagens-arena',
  )!;
  assert.deepEqual(arena.lines, [
    'Vuxna som inte har jobb, enligt Dagens Arena: 27,7 procent år 2022.',
    lattlast.indicators.disagree,
  ]);
});

test("a newspaper's figures say whose they are and that they are not sure; the municipality's statistics do not", () => {
  const skaggetorp = indicatorLines(site.indicators, 'skaggetorp', 'Skäggetorp', lattlast, evidence);
  const arena = skaggetorp.find((i) => i.id === 'arbetsloshet-dagens-arena')!;
  assert.equal(arena.from, lattlast.evidence.says('Dagens Arena'));
  const municipal = skaggetorp.find((i) => i.id === 'arbetsloshet-18-64-stadsdel')!;
  assert.equal(municipal.from, null);
});
