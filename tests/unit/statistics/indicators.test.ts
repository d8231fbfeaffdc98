/**
 * The districts' indicators: every figure keeps its source, period and unit; series never mix
 * measures; the chart draws exactly the table's figures; a missing measurement stays a gap;
 * sources that disagree are shown side by side without a worked-out figure. On small inline
 * series (and the fixture site for the content check), never on content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorSeriesSchema, type IndicatorSeriesData } from '../../../src/schemas/indicators.ts';
import {
  axisRange,
  chartLines,
  disagreements,
  districtIndicators,
  isChartable,
  isGap,
  municipalityText,
  periodX,
  seriesInDistrict,
  tableRows,
  valueText,
  type IndicatorSeries,
} from '../../../src/lib/statistics/indicators.ts';
import { indicatorProblems } from '../../../src/lib/statistics/indicator-checks.ts';
import { indicatorChartSpec } from '../../../src/components/charts/time-spec.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { formatProblem, validate } from '../../../src/lib/site/validate.ts';
import { sv } from '../../../src/i18n/sv/index.ts';
import { tempDir } from '../support/temp-dir.ts';

const ref = (reference: string) => ({ reference });

/** A series as the schema parses it (defaults filled in), with its file. */
function series(id: string, data: Record<string, unknown>): IndicatorSeries {
  const parsed = indicatorSeriesSchema.parse({
    title: id,
    easyTitle: id,
    topic: 'arbetsloshet',
    definition: 'd',
    areaUnit: 'stadsdel',
    base: null,
    unit: 'procent',
    publisher: 'p',
    every: 1,
    ...data,
  });
  return { id, file: `content/indicators/${id}.yaml`, data: parsed };
}

const point = (area: string, period: string | null, value: number, extra: object = {}) => ({
  district: area === 'Skäggetorp' ? 'skaggetorp' : area === 'Berga' ? 'berga' : null,
  area,
  period,
  ...(period === null ? { periodNote: 'året anges inte' } : {}),
  value,
  source: ref('r'),
  ...extra,
});

const municipal = series('kommunen', {
  decimals: 1,
  order: 10,
  points: [
    point('Skäggetorp', '2020-03', 18.3),
    point('Berga', '2020-03', 10.7),
    point('Skäggetorp', '2023-03', 19.0),
    {
      ...point('Ryd', '2023-03', 0),
      value: undefined,
      district: 'ryd',
      range: { min: 6, max: 7 },
      decimals: 0,
    },
  ],
  changes: [
    { district: 'skaggetorp', area: 'Skäggetorp', from: '2022', to: '2023', value: -0.9, source: ref('r2') },
  ],
});
const other = series('tidningen', {
  decimals: 1,
  order: 40,
  every: null,
  points: [point('Skäggetorp', '2022', 27.7)],
  disagrees: { series: 'kommunen', district: 'skaggetorp', period: '2022', note: 'olika mått' },
});

const words = sv.indicators;

test('the schema: a figure without a source, or without a period and a reason, is refused', () => {
  const base = { district: null, area: 'A', value: 1 };
  const parse = (p: object) =>
    indicatorSeriesSchema.safeParse({ ...municipal.data, disagrees: undefined, points: [p], changes: [] });
  assert.equal(parse({ ...base, period: '2020', source: ref('r') }).success, true);
  assert.equal(parse({ ...base, period: '2020' }).success, false, 'no source');
  const noYear = parse({ ...base, period: null, source: ref('r') });
  assert.equal(noYear.success, false, 'no period and no reason');
  assert.match(JSON.stringify(noYear.error?.issues), /never the plan year/);
  assert.equal(
    parse({ ...base, period: null, periodNote: 'sidan visar inget år', source: ref('r') }).success,
    true,
  );
  assert.equal(parse({ ...base, period: '2020-13', source: ref('r') }).success, false, 'no such month');
  assert.equal(
    parse({ ...base, period: '2020', source: ref('r'), range: { min: 6, max: 7 } }).success,
    false,
    'value and range',
  );
});

test('the schema: unit, base and area unit belong to the series, so a point cannot differ from it', () => {
  const { unit: _unit, ...noUnit } = municipal.data;
  assert.equal(
    indicatorSeriesSchema.safeParse({ ...noUnit, disagrees: undefined }).success,
    false,
    'a series needs a unit',
  );
  for (const own of [{ unit: 'personer' }, { base: 'hushåll' }, { areaUnit: 'basomrade' }]) {
    const p = { ...municipal.data.points[0], ...own };
    assert.equal(
      indicatorSeriesSchema.safeParse({ ...municipal.data, disagrees: undefined, points: [p] }).success,
      false,
      JSON.stringify(own),
    );
  }
});

test('the checks: a second figure for the same area and period is another series, not a second point', () => {
  const twice = series('twice', {
    decimals: 1,
    points: [point('Skäggetorp', '2022', 20), point('Skäggetorp', '2022', 27.7)],
  });
  const lines = indicatorProblems([twice], new Set(['skaggetorp', 'berga']), () => true).map(formatProblem);
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    /^content\/indicators\/twice\.yaml: points\[1\]: a second figure for Skäggetorp, 2022/,
  );
});

test('the checks: unknown district, an area in two districts, two municipality values, too many decimals', () => {
  const bad = series('bad', {
    decimals: 0,
    points: [
      point('Skäggetorp', '2020', 18, { district: 'skaggetorpp' }),
      point('Skäggetorp', '2021', 18.3, { municipality: { value: 19 } }),
      point('Skäggetorp', '2022', 18, { district: 'berga' }),
      point('Berga', '2021', 10, { municipality: { value: 20 } }),
    ],
  });
  const lines = indicatorProblems([bad], new Set(['skaggetorp', 'berga']), () => true).map(formatProblem);
  assert.deepEqual(
    lines.map((l) => l.split(': ').slice(0, 2).join(': ')),
    [
      'content/indicators/bad.yaml: points[0].district',
      'content/indicators/bad.yaml: points[1].district',
      'content/indicators/bad.yaml: points[1].value',
      'content/indicators/bad.yaml: points[2].district',
      'content/indicators/bad.yaml: points[3].municipality.value',
    ],
  );
});

test('the checks: a disagreement names a series that says something about the same place and year', () => {
  const ok = indicatorProblems([municipal, other], new Set(['skaggetorp', 'berga', 'ryd']), () => true);
  assert.deepEqual(ok, []);
  const lonely = series('lonely', {
    decimals: 1,
    every: null,
    points: [point('Skäggetorp', '2022', 27.7)],
    disagrees: { series: 'saknas', district: 'skaggetorp', period: '2022', note: 'n' },
  });
  assert.deepEqual(indicatorProblems([lonely], new Set(['skaggetorp']), () => true).map(formatProblem), [
    'content/indicators/lonely.yaml: disagrees.series: unknown series "saknas" (expected a file name in indicators/)',
  ]);
});

test('the checks: the source words of a figure from a document must stand in its paragraph', () => {
  const quoted = series('quoted', {
    every: null,
    points: [
      point('Skäggetorp', null, 74, {
        source: { document: 'ks', anchor: 'st-35' },
        sourceWords: '75% av barnen',
      }),
    ],
  });
  const lines = indicatorProblems(
    [quoted],
    new Set(['skaggetorp']),
    (_d, _a, text) => text === '74% av barnen',
  );
  assert.deepEqual(lines.map(formatProblem), [
    "content/indicators/quoted.yaml: points[0].sourceWords: not found in ks#st-35 (expected the source's exact words)",
  ]);
});

test('bad indicator content fails the content check with one line naming the file', () => {
  const dir = tempDir('insyn-indicators-');
  cpSync('tests/fixtures/site', dir, { recursive: true });
  const file = join(dir, 'indicators/arbetsloshet-18-64-stadsdel.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      '    period: "2020-03"\n    value: 18.3',
      '    period: null\n    value: 18.3',
    ),
  );
  const { snapshot, problems } = loadContent(dir);
  const lines = (problems.length ? problems : validate(snapshot))
    .map(formatProblem)
    .map((l) => l.replace(`${dir}/`, ''));
  assert.deepEqual(lines, [
    'indicators/arbetsloshet-18-64-stadsdel.yaml: points[0].periodNote: a point without a period says why: add periodNote (never the plan year as period)',
  ]);
});

test('the fixture site has indicator series and no problems', () => {
  const { snapshot, problems } = loadContent('tests/fixtures/site');
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(validate(snapshot).map(formatProblem), []);
  assert.ok(snapshot.indicators.length >= 3);
});

test('periods sit in the middle of their year or month on the time axis; the axis always holds the plan start', () => {
  assert.equal(periodX('2022'), 2022.5);
  assert.equal(periodX('2020-03'), 2020 + 2.5 / 12);
  assert.deepEqual(axisRange(municipal.data, 2021), { min: 2020, max: 2024 });
  assert.deepEqual(axisRange({ points: [point('A', '2018', 1), point('A', '2019', 1)] as never }, 2021), {
    min: 2018,
    max: 2022,
  });
});

test('gaps stay gaps: no line joins two figures with a measurement missing between them', () => {
  assert.equal(isGap('2020-03', '2023-03', 1), true, 'yearly figures three years apart');
  assert.equal(isGap('2018', '2019', 1), false);
  assert.equal(isGap('2018', '2022', 4), false, 'two elections in a row');
  assert.equal(isGap('2018', '2019', null), true, 'an irregular series never joins its points');
  const [skaggetorp, berga, ryd] = chartLines(municipal.data);
  assert.deepEqual(
    skaggetorp.line.map((p) => p.y),
    [18.3, null, 19.0],
    'a break between March 2020 and March 2023',
  );
  assert.deepEqual(
    berga.line.map((p) => p.y),
    [10.7],
  );
  assert.deepEqual(
    ryd.line.map((p) => p.y),
    [null],
    'a range is never drawn as a value',
  );
  assert.deepEqual(
    ryd.ranges.map((p) => p.range),
    [{ min: 6, max: 7 }],
  );
  const elections = series('val', {
    every: 4,
    points: [point('Skäggetorp', '2018', 68), point('Skäggetorp', '2022', 55)],
  });
  assert.deepEqual(
    chartLines(elections.data)[0].line.map((p) => p.y),
    [68, 55],
  );
});

test('a figure without a stated year is in the table, last, and never on the time axis', () => {
  const s = series('utan-ar', { points: [point('Berga', null, 7000), point('Berga', '2020', 6000)] });
  assert.deepEqual(
    tableRows(s.data.points).map((p) => p.period),
    ['2020', null],
  );
  assert.deepEqual(
    chartLines(s.data)[0].line.map((p) => p.y),
    [6000],
  );
  assert.equal(isChartable(s.data), false, 'one dated figure is no line over time');
});

test('the chart draws exactly the figures of the table, written the same way', () => {
  const spec = indicatorChartSpec(municipal.data, {
    planStart: 2021,
    text: (p) => valueText(p, municipal.data, words, 'sv-SE'),
    municipalityText: (m) => municipalityText(m.point, municipal.data, words, 'sv-SE') ?? '',
    areaLabel: (a) => a,
    municipalityLabel: words.municipalityLine,
    markerLabel: words.planMarker(2021),
    locale: 'sv-SE',
  });
  const drawn = spec.lines.flatMap((l) => [
    ...l.data.flatMap((p) => (p.text ? [`${l.label} ${p.text}`] : [])),
    ...l.ranges.map((r) => `${l.label} ${r.text}`),
  ]);
  const table = tableRows(municipal.data.points).map(
    (p) => `${p.area} ${valueText(p, municipal.data, words, 'sv-SE')}`,
  );
  assert.deepEqual([...drawn].sort(), [...table].sort());
  assert.ok(table.includes('Skäggetorp 19,0\u00a0%'), 'decimals as the source writes them');
  assert.ok(table.includes('Ryd 6–7\u00a0%'), 'a range stays a range');
  assert.deepEqual(spec.marker, { x: 2021, label: 'Första planen 2021' });
  assert.ok(spec.x.min <= 2021 && spec.x.max > 2021);
});

test('the municipality is its own dashed line with the same gaps, written as in its column', () => {
  const s = series('barn', {
    decimals: 1,
    points: [
      point('Rosendal', '2020', 81.0, { municipality: { value: 19.6 } }),
      point('Sörgården', '2020', 76.6, { municipality: { value: 19.6 } }),
      point('Rosendal', '2022', 80.0, { municipality: { value: 19.8 } }),
    ],
  });
  const spec = indicatorChartSpec(s.data, {
    planStart: 2021,
    text: (p) => valueText(p, s.data, words, 'sv-SE'),
    municipalityText: (m) => municipalityText(m.point, s.data, words, 'sv-SE') ?? '',
    areaLabel: (a) => a,
    municipalityLabel: 'Hela Linköping',
    markerLabel: 'm',
  });
  const whole = spec.lines.at(-1)!;
  assert.equal(whole.dashed, true);
  assert.deepEqual(
    whole.data.map((p) => p.text ?? null),
    ['19,6\u00a0%', null, '19,8\u00a0%'],
  );
  assert.notEqual(new Set(spec.lines.map((l) => l.shape)).size, 1, 'each line its own point shape');
});

test('a value is written with its qualifier and unit, the municipality beside it with its own decimals', () => {
  const percent = { unit: 'procent', decimals: 0 } as Pick<IndicatorSeriesData, 'unit' | 'decimals'>;
  const p = { ...point('A', '2018', 68), qualifier: 'just-under' as const, municipality: { value: 82.7 } };
  assert.equal(valueText(p as never, percent, words, 'sv-SE'), 'knappt 68\u00a0%');
  assert.equal(municipalityText(p as never, percent, words, 'sv-SE'), '82,7\u00a0%');
  const people = { unit: 'invånare', decimals: 0 } as Pick<IndicatorSeriesData, 'unit' | 'decimals'>;
  assert.equal(
    valueText({ ...p, qualifier: 'about', value: 7000 } as never, people, words, 'sv-SE'),
    'cirka 7\u00a0000\u00a0invånare',
  );
  assert.equal(
    valueText({ ...p, qualifier: undefined, value: 7000 } as never, people, sv.indicators, 'en-GB'),
    '7,000\u00a0invånare',
  );
});

test('a district page gets its own figures, topic by topic, and nothing of the others', () => {
  assert.deepEqual(
    seriesInDistrict(municipal, 'berga')?.data.points.map((p) => p.area),
    ['Berga'],
  );
  assert.equal(seriesInDistrict(other, 'berga'), null);
  const groups = districtIndicators([other, municipal], 'skaggetorp');
  assert.deepEqual(
    groups.map((g) => [g.topic, g.series.map((s) => s.id)]),
    [['arbetsloshet', ['kommunen', 'tidningen']]],
    "the municipality's own statistics first (order)",
  );
});

test('"Källorna säger olika": both sides, each with its own figures and the change its source states, nothing worked out', () => {
  const [d] = disagreements([municipal, other], 'skaggetorp');
  assert.equal(d.period, '2022');
  const [kommunen, tidningen] = d.sides;
  assert.equal(kommunen.series.id, 'kommunen');
  assert.deepEqual(
    kommunen.points.map((p) => [p.period, p.value]),
    [['2023-03', 19.0]],
  );
  assert.deepEqual(
    kommunen.changes.map((c) => c.value),
    [-0.9],
  );
  assert.ok(
    !kommunen.points.some((p) => p.period?.startsWith('2022')),
    'no 2022 figure made from the change',
  );
  assert.deepEqual(
    tidningen.points.map((p) => [p.period, p.value]),
    [['2022', 27.7]],
  );
  assert.deepEqual(disagreements([municipal, other], 'berga'), []);
});
