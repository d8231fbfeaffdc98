import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import {
  grantIntervals,
  measuresPerDistrict,
  statusByArea,
  statusByOrganisation,
  statusByYear,
  UNKNOWN_STATUS,
} from '../../src/lib/statistics/aggregate.ts';
import { sv } from '../../src/i18n/sv/index.ts';

const site = buildSite(loadContent('content').snapshot);

/** Every table row as { row label: { column key: number, or "unknown" } }, numbers read from the cells' own text. */
async function tableOf(figure: Locator): Promise<Record<string, Record<string, number | 'unknown'>>> {
  return figure.locator('table').evaluate((table) => {
    const out: Record<string, Record<string, number | 'unknown'>> = {};
    for (const tr of table.querySelectorAll('tbody tr')) {
      const cells: Record<string, number | 'unknown'> = {};
      for (const td of tr.querySelectorAll('td[data-status]')) {
        const n = td.querySelector('.sourced-number');
        cells[(td as HTMLElement).dataset.status ?? ''] = n
          ? Number((n.textContent ?? '').replace(/[^\d]/g, ''))
          : 'unknown';
      }
      out[(tr as HTMLElement).dataset.row ?? ''] = cells;
    }
    return out;
  });
}

const figureBy = (page: Page, caption: string) =>
  page.locator('figure.chart', { has: page.locator('caption', { hasText: caption }) });

/** How many different colours a screenshot of the element holds (decoded by the browser). */
async function coloursIn(page: Page, element: Locator): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png);
}

for (const path of ['/', '/statistik/', '/ar/statistik/']) {
  test(`every chart on ${path} draws pixels over its table`, async ({ page }) => {
    await page.goto(path);
    const charts = page.locator('insyn-chart');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'ready');
      const canvas = chart.locator('canvas');
      await expect(canvas).toHaveAttribute('aria-hidden', 'true');
      expect(await coloursIn(page, canvas)).toBeGreaterThan(2);
    }
  });
}

test('the year chart table holds the follow-up counts and plan totals from content', async ({ page }) => {
  await page.goto('/statistik/');
  const table = await tableOf(figureBy(page, sv.charts.yearCaption));
  for (const y of statusByYear(site)) {
    const total = y.total ?? 'unknown';
    if (y.stated) {
      const row = table[String(y.year)];
      for (const c of y.stated.counts) expect(row[c.status], `${y.year} ${c.status}`).toBe(c.count);
      expect(row[UNKNOWN_STATUS]).toBe(y.stated.unknown ?? 'unknown');
      expect(row.total).toBe(total);
    } else if (!y.computed) {
      const row = table[String(y.year)];
      for (const s of site.statuses) expect(row[s.id]).toBe('unknown');
      expect(row[UNKNOWN_STATUS]).toBe(total);
      expect(row.total).toBe(total);
    }
  }
});

test('area, organisation, district and grant tables hold the numbers computed from content', async ({
  page,
}) => {
  await page.goto('/statistik/');
  const groups = [
    {
      caption: sv.charts.areaCaption,
      data: statusByArea(site),
      name: (id: string | null) => (id === null ? sv.charts.areaUnknown : site.areaById.get(id)!.data.short),
    },
    {
      caption: sv.charts.organisationCaption,
      data: statusByOrganisation(site),
      name: (id: string | null) =>
        id === null ? sv.charts.organisationUnknown : site.organisationById.get(id)!.data.name,
    },
  ];
  for (const g of groups) {
    const table = await tableOf(figureBy(page, g.caption));
    expect(Object.keys(table)).toEqual(g.data.map((x) => g.name(x.id)));
    for (const x of g.data) {
      expect(table[g.name(x.id)]).toEqual({
        ...Object.fromEntries(x.counts.map((c) => [c.status, c.count])),
        total: x.total,
      });
    }
  }
  const districts = await tableOf(figureBy(page, sv.charts.districtCaption));
  expect(Object.values(districts).map((r) => r.count)).toEqual(measuresPerDistrict(site).map((d) => d.count));
  const grant = await tableOf(figureBy(page, sv.charts.grantCaption));
  expect(grant).toEqual(
    Object.fromEntries(grantIntervals(site).map((g) => [g.label, { min: g.min, max: g.max }])),
  );
});

test('no number in a chart table is a link of its own; every table names its sources with links on this site', async ({
  page,
}) => {
  await page.goto('/statistik/');
  const figures = page.locator('figure.chart');
  expect(await figures.count()).toBeGreaterThan(3);
  for (const figure of await figures.all()) {
    // A number is plain text: a keyboard user does not stop at each one (issue 17).
    expect(await figure.locator('td.num a, td.num [tabindex]').count()).toBe(0);
    // Source links, not the "Rapportera fel" link beside a citation (it may leave the site by design).
    const hrefs = await figure
      .locator('table a, .table-source a')
      .evaluateAll((as) => as.filter((a) => !a.closest('.report')).map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/[a-z]/);
  }
});

test('charts fit a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/statistik/');
  for (const canvas of await page.locator('insyn-chart canvas').all()) {
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas.locator('xpath=ancestor::insyn-chart')).toHaveAttribute('data-state', 'ready');
    const box = await canvas.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.width).toBeGreaterThan(200);
  }
});

test('a chart far below the first screen is drawn only when the reader scrolls to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/statistik/');
  await expect(page.locator('insyn-chart').first()).toHaveAttribute('data-state', 'ready');
  const last = page.locator('insyn-chart').last();
  await expect(last).toHaveAttribute('data-state', 'waiting');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveAttribute('data-state', 'ready');
  expect(await coloursIn(page, last.locator('canvas'))).toBeGreaterThan(2);
});

test('in print the tables show and the canvases do not', async ({ page }) => {
  await page.goto('/statistik/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('insyn-chart').first()).toBeHidden();
  await expect(page.locator('figure.chart table').first()).toBeVisible();
});

test('a page without a chart loads no chart script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/planer/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => /chart/i.test(u))).toEqual([]);
});

// Only pages with a chart reference the chart code: site.files.spec.ts, on every built page.
