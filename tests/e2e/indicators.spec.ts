/**
 * "Har något förändrats?" on the Skäggetorp page, once per language: at least three indicators
 * over at least two years each, every figure with its source, the municipality's value where a
 * source gives it, a chart drawn over each table with exactly the table's figures, and the first
 * plan's start marked on the time axis.
 */
import { expect, test } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { districtIndicators } from '../../src/lib/statistics/indicators.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import type { TimeChartSpec } from '../../src/components/charts/time-spec.ts';

const site = buildSite(loadContent('content').snapshot);
const planStart = site.plans[0].data.year;
const withMunicipality = districtIndicators(site.indicators, 'skaggetorp')
  .flatMap((g) => g.series)
  .filter((s) => s.data.points.some((p) => p.municipality))
  .map((s) => s.id);

for (const [lang, prefix] of [
  ['sv', ''],
  ['en', '/en'],
  ['ar', '/ar'],
] as const) {
  test(`indicators on the Skäggetorp page (${lang}): series over years with sources, charts and tables with the same figures`, async ({
    page,
  }) => {
    const w = dictionaries[lang].indicators;
    await page.goto(`${prefix}/omraden/skaggetorp/`);
    const section = page.locator('section.indicators');
    await expect(section.getByRole('heading', { level: 2, name: w.heading })).toBeVisible();
    await expect(section.getByText(w.caveat)).toBeVisible();
    // Each topic is one tap away (issue 24): its heading opens it, and says when the plan started where the charts are.
    const topics = section.locator('details.fold > summary');
    expect(await topics.count()).toBeGreaterThanOrEqual(3);
    for (const topic of await topics.all()) await topic.click();
    const starts = section.getByText(w.planStart(planStart));
    await expect(starts).toHaveCount(await topics.count());
    await expect(starts.first()).toBeVisible();

    // Indicators with figures for at least two different periods, each figure with its source.
    const tables = section.locator('table.indicator-table');
    const periods = await tables.evaluateAll((list) =>
      list.map((t) => ({
        series: (t as HTMLElement).dataset.series ?? '',
        periods: new Set(
          [...t.querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).dataset.period).filter(Boolean),
        ).size,
        rows: t.querySelectorAll('tbody tr').length,
        sourced: [...t.querySelectorAll('tbody tr')].every((tr) =>
          tr.querySelector('td:last-child a.cite[href]'),
        ),
      })),
    );
    expect(periods.filter((p) => p.periods >= 2).length).toBeGreaterThanOrEqual(3);
    for (const p of periods) expect(p.sourced, `${p.series}: a source on every row`).toBe(true);

    // The municipality's value beside a figure where a source gives one.
    for (const id of withMunicipality) {
      const table = section.locator(`table[data-series="${id}"]`);
      await expect(table.getByRole('columnheader', { name: w.columns.municipality })).toBeVisible();
    }

    // Every chart is drawn, draws exactly its table's figures, and marks the first plan's start.
    const charts = section.locator('insyn-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'ready');
      const inked = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let j = 3; j < data.length; j += 4) if (data[j] > 0) n++;
        return n;
      });
      expect(inked, 'the canvas has pixels').toBeGreaterThan(1000);
      const spec = JSON.parse((await chart.getAttribute('data-spec')) ?? '{}') as TimeChartSpec;
      expect(spec.marker).toEqual({ x: planStart, label: w.planMarker(planStart) });
      expect(spec.x.min).toBeLessThanOrEqual(planStart);
      expect(spec.x.max).toBeGreaterThan(planStart);
      const figure = chart.locator('xpath=ancestor::figure[1]');
      const table = await figure
        .locator('tbody tr:not([data-period=""]) td[data-value]')
        .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value ?? ''));
      const drawn = spec.lines
        .filter((l) => !l.dashed)
        .flatMap((l) => [...l.data.flatMap((p) => (p.text ? [p.text] : [])), ...l.ranges.map((r) => r.text)]);
      expect([...drawn].sort()).toEqual([...table].sort());
    }
  });
}
