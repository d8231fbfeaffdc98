/**
 * `npm run bench`: how fast and how heavy the site is, measured, never asserted
 * in tests. Prints a table with each figure beside its target and writes it to
 * bench-results/latest.md. Synthetic content goes to a temporary directory,
 * never into content/. Options: --no-scale (skip the 10×/100× builds),
 * --no-lighthouse, --lighthouse-runs=<n> (runs per page, median reported;
 * default 3, since single runs vary by a few points), --port=<n> (the preview
 * server, default 4372; use 4371–4379).
 *
 * Needs nothing else running on the port, and takes a few minutes (three cold
 * builds, a browser visit to every page in every language, Lighthouse on four pages).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { contentDir } from '../src/schemas/index.ts';
import { timeBuild, type BuildResult } from './bench/build.ts';
import { chromiumFile, launch } from './bench/chromium.ts';
import { lighthouse, categories, medianScores, type Scores } from './bench/lighthouse.ts';
import { builtPages, htmlOf, isMapPage, pageTypes, pickPages } from './bench/page-types.ts';
import type { Page } from 'playwright-core';
import { pageWeight, type PageWeight } from './bench/page-weight.ts';
import { DASH, Report, kb, ms, seconds, verdict } from './bench/report.ts';
import { indexSize, queryTimes, tableRecall } from './bench/search.ts';
import { preview } from './bench/server.ts';
import { syntheticContent } from './bench/synthetic.ts';
import { languageIds, languageOfPath, languages } from '../src/i18n/languages.ts';

const args = process.argv.slice(2);
const scale = !args.includes('--no-scale');
const withLighthouse = !args.includes('--no-lighthouse');
const lighthouseRuns = Math.max(
  1,
  Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.slice(18) ?? 3),
);
const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? 4372);

const TEXT_PAGE_LIMIT = 30 * 1024;
const work = mkdtempSync(join(tmpdir(), 'insyn-bench-'));
const report = new Report();
const log = (s: string) => process.stderr.write(`${s}\n`);

function machine(chromium: string): string {
  let os = 'unknown OS';
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // not Linux
  }
  let browser = chromium;
  try {
    browser = execFileSync(chromium, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep the path
  }
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${os} (kernel ${release()}), Node ${process.version}, ${browser}`;
}

/** What a page does with JS: a map, charts, search, or nothing (a text page). */
function kindOf(dist: string, path: string): 'map' | 'chart' | 'search' | 'text' {
  const html = htmlOf(dist, path);
  if (/<insyn-map[\s>]/.test(html)) return 'map';
  if (/<insyn-search[\s>]/.test(html)) return 'search';
  if (/<insyn-chart[\s>]/.test(html)) return 'chart';
  return 'text';
}

/** A visitor asks for the movable map; resolves once MapLibre has drawn it. */
async function pressMapButton(page: Page): Promise<void> {
  await page.locator('[data-map-activate]').click();
  await page.locator('insyn-map[data-state="ready"]').waitFor({ timeout: 60_000 });
}

/** The row for what pressing the map's button costs: MapLibre arrives then, and only then. */
function mapOnDemand(path: string | undefined, w: PageWeight | undefined): string[] {
  if (!path || !w) return ['Map page after "Flytta och zooma i kartan"', DASH, 'MapLibre loads', DASH];
  return [
    `Map page after "Flytta och zooma i kartan" (${path})`,
    `${kb(w.total)} total, ${kb(w.js)} JS, ${w.requests} requests`,
    'MapLibre loads',
    verdict(w.loadsMapLibre),
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? null
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One row per language with built pages: its text pages' transferred weight against the budget. */
function perLanguage(all: string[], textPages: string[], weights: Map<string, PageWeight>): string[][] {
  return languageIds
    .map((id) => ({ id, pages: all.filter((p) => languageOfPath(p) === id) }))
    .filter(({ pages }) => pages.length > 0)
    .map(({ id, pages }) => {
      const text = pages.filter((p) => textPages.includes(p));
      const w = text.map((p) => ({ path: p, ...weights.get(p)! }));
      const maxBy = (key: 'total' | 'brotli') =>
        w.length ? w.reduce((a, b) => (b[key] > a[key] ? b : a)) : undefined;
      const maxGzip = maxBy('total');
      const maxBrotli = maxBy('brotli');
      const js = w.reduce((sum, x) => sum + x.js, 0);
      const met = w.every((x) => x.total <= TEXT_PAGE_LIMIT && x.js === 0);
      return [
        `${languages[id].name} (${id})`,
        String(pages.length),
        String(text.length),
        kb(median(w.map((x) => x.total))),
        maxGzip ? `${kb(maxGzip.total)} (${maxGzip.path})` : DASH,
        kb(median(w.map((x) => x.brotli))),
        maxBrotli ? `${kb(maxBrotli.brotli)} (${maxBrotli.path})` : DASH,
        kb(js),
        '≤ 30 KB each, 0 KB JS',
        verdict(text.length ? met : null),
      ];
    });
}

async function main() {
  const chromePath = chromiumFile();
  report.note(`# Insyn benchmark\n\nRun ${new Date().toISOString()} on ${machine(chromePath)}.`);

  // 1. Build time: real content, then synthetic 10× and 100× measures.
  log('building the real content…');
  const real = contentDir();
  const dist1 = join(work, 'dist-1x');
  const builds: [string, BuildResult | null][] = [['1× (content/)', await timeBuild(real, dist1)]];
  if (scale) {
    for (const factor of [10, 100]) {
      log(`building ${factor}× synthetic content…`);
      const dir = syntheticContent(real, factor);
      try {
        builds.push([`${factor}× measures (synthetic)`, await timeBuild(dir, join(work, `dist-${factor}x`))]);
      } finally {
        rmSync(join(work, `dist-${factor}x`), { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const base = builds[0][1]!;
  report.heading('Build time (content check + astro build + pagefind, cold cache)');
  report.table(
    ['Content', 'Pages', 'Time', '× 1× time', 'Time per page', 'Target', 'Met'],
    builds.map(([name, b]) => {
      const ratio = b ? b.ms / base.ms : null;
      const is100 = name.startsWith('100×');
      return [
        name,
        b ? String(b.pages) : DASH,
        seconds(b?.ms),
        ratio === null ? DASH : `${ratio.toFixed(2)}×`,
        b ? ms(b.ms / b.pages) : DASH,
        is100 ? '< 10× the 1× time' : '',
        is100 ? verdict(ratio !== null && ratio < 10) : '',
      ];
    }),
  );
  if (!scale) report.note('10× and 100× builds skipped (--no-scale).');

  // 2. Page weight, and which pages load MapLibre.
  log('serving the 1× build and visiting every page…');
  const server = await preview(dist1, port);
  const browser = await launch();
  try {
    const all = builtPages(dist1);
    const weights = new Map<string, PageWeight>();
    for (const path of all) weights.set(path, await pageWeight(browser, `${server.url}${path}`));

    const picked = pickPages(dist1);
    report.heading(
      'Page weight per page type (first visit, gzip level 6 as served compressed, until the network is idle)',
    );
    report.table(
      ['Type', 'Page', 'HTML', 'CSS', 'JS', 'Other', 'Total', 'Requests', 'Target', 'Met'],
      pageTypes.map((type) => {
        const path = picked.get(type);
        const w = path ? weights.get(path) : undefined;
        if (!path || !w) return [type, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH];
        const kind = kindOf(dist1, path);
        const target = kind === 'text' ? '≤ 30 KB total, 0 KB JS' : `JS only for its ${kind}`;
        const met =
          kind === 'text' ? w.total <= TEXT_PAGE_LIMIT && w.js === 0 : kind === 'map' || !w.loadsMapLibre;
        return [
          type,
          path,
          kb(w.html),
          kb(w.css),
          kb(w.js),
          kb(w.other),
          kb(w.total),
          String(w.requests),
          target,
          verdict(met),
        ];
      }),
    );
    const textPages = all.filter((p) => kindOf(dist1, p) === 'text');
    const heavy = textPages.filter((p) => weights.get(p)!.total > TEXT_PAGE_LIMIT || weights.get(p)!.js > 0);
    const mapPages = all.filter((p) => isMapPage(dist1, p));
    const loading = all.filter((p) => weights.get(p)!.loadsMapLibre);
    const stray = loading.filter((p) => !mapPages.includes(p));
    // The Swedish one, when there is one: the same figure as before the site had other languages.
    const mapPage = mapPages.find((p) => languageOfPath(p) === 'sv') ?? mapPages[0];
    report.table(
      ['Over all pages', 'Figure', 'Target', 'Met'],
      [
        [
          `Text pages over 30 KB or with JS (of ${textPages.length})`,
          heavy.length ? heavy.join(' ') : '0',
          '0',
          verdict(heavy.length === 0),
        ],
        [
          'Pages loading MapLibre on first visit',
          loading.length ? loading.join(' ') : 'none',
          mapPages.length ? `only map pages (${mapPages.join(' ')})` : 'only map pages (none built)',
          verdict(stray.length === 0),
        ],
        mapOnDemand(
          mapPage,
          mapPage ? await pageWeight(browser, `${server.url}${mapPage}`, pressMapButton) : undefined,
        ),
      ],
    );

    // 2b. Per language: the same budget for every language's text pages.
    report.heading(
      'Page weight per language (text pages: no map, chart or search; first visit, transferred)',
    );
    report.table(
      [
        'Language',
        'Pages',
        'Text pages',
        'Median gzip',
        'Max gzip',
        'Median brotli',
        'Max brotli',
        'JS on text pages',
        'Target',
        'Met',
      ],
      perLanguage(all, textPages, weights),
    );
    report.note(
      'gzip: level 6, as a host compressing on the fly sends it; brotli: quality 11, the .br files the build writes and nginx serves. A language with no built pages is not listed.',
    );

    // 3. Search.
    log('measuring search…');
    const size = indexSize(dist1);
    const times = size ? await queryTimes(browser, server.url) : null;
    const recall = size ? await tableRecall(browser, server.url) : null;
    report.heading('Search (Pagefind)');
    report.table(
      ['Figure', 'Value', 'Target', 'Met'],
      [
        [
          'Index data (index, fragments, filters, meta)',
          size ? `${kb(size.data)} for ${size.pages} pages` : DASH,
          '',
          '',
        ],
        ['Index data per page', size ? `${(size.data / size.pages / 1024).toFixed(2)} KB` : DASH, '', ''],
        ['Runtime (pagefind.js, worker, Swedish wasm)', size ? kb(size.runtime) : DASH, '', ''],
        [
          `Query → first result, API (median of ${times?.runs ?? 0})`,
          ms(times?.api),
          '< 100 ms after index load',
          verdict(times?.api == null ? null : times.api < 100),
        ],
        [
          `Submit → first result on /sok/ (median of ${times?.runs ?? 0})`,
          ms(times?.page),
          '< 100 ms after index load',
          verdict(times?.page == null ? null : times.page < 100),
        ],
        [
          'Query table recall (tests/e2e/search-table.ts, sv/en/ar)',
          recall ? `${recall.passed} of ${recall.total} queries as expected` : DASH,
          'all',
          verdict(recall == null ? null : recall.passed === recall.total),
        ],
        [
          `Query table: submit → first result (median of ${recall?.total ?? 0})`,
          ms(recall?.firstResult),
          '< 100 ms after index load',
          verdict(recall?.firstResult == null ? null : recall.firstResult < 100),
        ],
      ],
    );
    for (const failure of recall?.failures ?? []) report.note(`Query table: ${failure}`);
    report.note(
      "Typing (not submitting) adds the search page's 250 ms debounce on top of the submit figure.",
    );

    // 4. Lighthouse.
    if (withLighthouse) {
      const targets: [string, string | undefined][] = [
        ['home', picked.get('home')],
        ['measure', picked.get('measure')],
        ['district with map', mapPages.find((p) => /^\/omraden\/[^/]+\/$/.test(p))],
        ['statistics', picked.get('statistics')],
      ];
      const rows: string[][] = [];
      for (const [name, path] of targets) {
        log(`lighthouse ${name}…`);
        const runs: Scores[] = [];
        for (let i = 0; path && i < lighthouseRuns; i++) {
          try {
            runs.push(await lighthouse(`${server.url}${path}`, chromePath));
          } catch (e) {
            log(String(e));
          }
        }
        const scores = runs.length ? medianScores(runs) : null;
        const values = categories.map((c) => scores?.[c] ?? null);
        rows.push([
          name,
          path ?? DASH,
          ...values.map((v) => (v === null ? DASH : String(v))),
          '≥ 98 each',
          verdict(scores ? values.every((v) => v !== null && v >= 98) : null),
        ]);
      }
      report.heading(
        `Lighthouse (npm lighthouse, default mobile profile, headless Chromium; median of ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'})`,
      );
      report.table(
        ['Page', 'URL', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Target', 'Met'],
        rows,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(`node_modules/.astro-${join(work, 'dist-1x').replace(/[^a-z0-9-]/gi, '_')}`, {
    recursive: true,
    force: true,
  });
}
const text = report.toString();
process.stdout.write(text);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', text);
log('\nwritten to bench-results/latest.md');
