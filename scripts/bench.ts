/**
 * `npm run bench`: how fast and how heavy the site is, measured, never asserted
 * in tests. Prints tables with each figure beside its target and writes them to
 * bench-results/latest.md. Synthetic content goes to a temporary directory,
 * never into content/. Options:
 *   --pages <n>        also build synthetic content of about n pages (`--pages 10000`:
 *                      the scaling target) instead of the 10×/100× builds
 *   --no-scale         skip the synthetic builds
 *   --build-only       only the build tables (no browser, search or Lighthouse figures)
 *   --no-lighthouse, --lighthouse-runs=<n>  (runs per page, median reported; default 3,
 *                      since single runs vary by a few points)
 *   --port=<n>         the preview server, default 4372; use 4371–4379
 *
 * Needs nothing else running on the port. Every build is cold (no output, no cache).
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
import { factorFor, syntheticContent } from './bench/synthetic.ts';
import { compressionByType } from './bench/compression.ts';
import { htmlBytes, kinds } from './bench/html-bytes.ts';
import { heightRows, pageHeights } from './bench/page-heights.ts';
import { languageIds, languageOfPath, languages } from '../src/i18n/languages.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(name.length + 1) : args[i + 1];
};
const scale = !args.includes('--no-scale');
const targetPages = valueOf('--pages') === undefined ? undefined : Number(valueOf('--pages'));
if (targetPages !== undefined && !(targetPages > 0))
  throw new Error('bench: --pages needs a number of pages');
const buildOnly = args.includes('--build-only');
const withLighthouse = !args.includes('--no-lighthouse');
const lighthouseRuns = Math.max(1, Number(valueOf('--lighthouse-runs') ?? 3));
const port = Number(valueOf('--port') ?? 4372);

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

const STAGES = [
  'content check',
  'astro build',
  'search index',
  'precompress',
  'serving inputs',
  'serving rules',
];
const pct = (now: number, before: number) =>
  before ? `${now >= before ? '+' : ''}${((now / before - 1) * 100).toFixed(1)} %` : DASH;

/** The whole build per content size, and each stage, with its ratio to the 1× build. */
function buildTables(builds: [string, BuildResult][]) {
  const base = builds[0][1];
  report.heading('Build time (npm run build, cold: no output folder, no cache)');
  report.table(
    ['Content', 'Pages', '× 1× pages', 'Time', '× 1× time', 'Time per page', 'CPU', 'Load', 'Target', 'Met'],
    builds.map(([name, b], i) => {
      const pages = b.pages / base.pages;
      const time = b.ms / base.ms;
      const big = b.pages >= 10_000;
      return [
        name,
        b.pages.toLocaleString('en'),
        `${pages.toFixed(1)}×`,
        seconds(b.ms),
        `${time.toFixed(2)}×`,
        ms(b.ms / b.pages),
        b.cpu === null ? DASH : `${b.cpu.toFixed(0)} s`,
        b.load.toFixed(1),
        i === 0 ? '' : big ? '< 60 s' : 'time grows no faster than pages',
        i === 0 ? '' : verdict(big ? b.ms < 60_000 : time <= pages),
      ];
    }),
  );
  report.note(
    "CPU: seconds of CPU the build used on all cores (user + system). Load: the machine's 1-minute load average at the end of the build (2 cores: above 2, others shared the CPU and the times are longer than on a quiet machine).",
  );
  const stageOf = (b: BuildResult, name: string) => b.stages.find((x) => x.stage === name);
  report.heading("Build stages (time, × the 1× build's stage, and share of the whole build's time)");
  report.table(
    ['Content', ...STAGES, 'whole build'],
    builds.map(([name, b]) => [
      name,
      ...STAGES.map((stage) => {
        const x = stageOf(b, stage);
        const x1 = stageOf(base, stage);
        if (!x) return DASH;
        const t = x.end - x.start;
        const share = Math.round((t / b.ms) * 100);
        return `${seconds(t)} (${x1 ? (t / (x1.end - x1.start)).toFixed(1) : '?'}×, ${share} %)`;
      }),
      `${seconds(b.ms)} (${(b.ms / base.ms).toFixed(1)}×)`,
    ]),
  );
  report.note(
    'Stages run side by side where they can (scripts/build.ts): the content check, Astro and the search index start together; the search index sends its records while Astro writes the pages, and the precompressed copies of what Astro has written go into the cache meanwhile; the precompress stage is what is left once Astro is done, and the serving rules read the pages and the content (serving inputs) while the search index is written. So the stages and their shares add up to more than the whole build.',
  );
}

/** The precompressed copies per file type at the build's levels against brotli 11 / gzip 9. */
function compressionTable(dist: string) {
  const rows = compressionByType(dist);
  report.heading(
    'Precompressed copies per file type (1× build; levels in scripts/lib/serving/precompress.ts)',
  );
  const total = rows.reduce(
    (t, r) => ({
      raw: t.raw + r.raw,
      brNow: t.brNow + r.br.now,
      brBefore: t.brBefore + r.br.before,
      gzNow: t.gzNow + r.gz.now,
      gzBefore: t.gzBefore + r.gz.before,
      ms: t.ms + r.br.msNow + r.gz.msNow,
      msBefore: t.msBefore + r.br.msBefore + r.gz.msBefore,
    }),
    { raw: 0, brNow: 0, brBefore: 0, gzNow: 0, gzBefore: 0, ms: 0, msBefore: 0 },
  );
  report.table(
    ['Type', 'Files', 'Raw', 'Level', 'Brotli', 'vs brotli 11', 'Gzip', 'vs gzip 9', 'CPU', 'CPU at 11 / 9'],
    [
      ...rows.map((r) => [
        r.type,
        String(r.files),
        kb(r.raw),
        r.level,
        kb(r.br.now),
        pct(r.br.now, r.br.before),
        kb(r.gz.now),
        pct(r.gz.now, r.gz.before),
        ms(r.br.msNow + r.gz.msNow),
        ms(r.br.msBefore + r.gz.msBefore),
      ]),
      [
        'all',
        String(rows.reduce((n, r) => n + r.files, 0)),
        kb(total.raw),
        '',
        kb(total.brNow),
        pct(total.brNow, total.brBefore),
        kb(total.gzNow),
        pct(total.gzNow, total.gzBefore),
        ms(total.ms),
        ms(total.msBefore),
      ],
    ],
  );
  report.note(
    'Sizes are what is sent: a copy larger than its file is not written. CPU: one core, this run (the build spreads the files over every core and takes unchanged files from its cache).',
  );
}

/** Where the HTML bytes of one page per type go, raw and compressed. */
function htmlBytesTable(dist: string) {
  const rows = htmlBytes(dist);
  report.heading('Where the HTML bytes go (one page per type, Swedish and Arabic; raw / brotli)');
  report.table(
    ['Page', 'Raw', 'Gzip', 'Brotli', ...kinds.map((k) => k.name)],
    rows.map((r) => [
      `${r.page.type} ${r.page.path}`,
      kb(r.raw),
      kb(r.gz),
      kb(r.br),
      ...r.kinds.map((k) => (k.raw ? `${kb(k.raw)} / ${kb(k.br)}` : DASH)),
    ]),
  );
  report.note(
    "Per kind: its raw bytes on the page / how much larger the brotli copy is with it than without it. Kinds overlap: a citation's scope attributes count under both.",
  );
}

async function main() {
  const chromePath = chromiumFile();
  report.note(`# Insyn benchmark\n\nRun ${new Date().toISOString()} on ${machine(chromePath)}.`);

  // 1. Build time: real content, then synthetic content (10× and 100× measures, or about --pages).
  log('building the real content…');
  const real = contentDir();
  const dist1 = join(work, 'dist-1x');
  const base = await timeBuild(real, dist1);
  const builds: [string, BuildResult][] = [['1× (content/)', base]];
  const factors: [string, number][] = !scale
    ? []
    : targetPages !== undefined
      ? [
          [
            `${targetPages.toLocaleString('en')} pages`,
            factorFor(targetPages, real, dist1, builtPages(dist1, 'all')),
          ],
        ]
      : [
          ['10× measures', 10],
          ['100× measures', 100],
        ];
  for (const [name, factor] of factors) {
    log(`building ${name} (${factor}× measures, synthetic)…`);
    const dir = syntheticContent(real, factor);
    try {
      builds.push([
        `${name} (${factor}× measures, synthetic)`,
        await timeBuild(dir, join(work, `dist-${factor}x`)),
      ]);
    } finally {
      rmSync(join(work, `dist-${factor}x`), { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }
  buildTables(builds);
  if (!scale) report.note('Synthetic builds skipped (--no-scale).');

  // 1b. What the precompressed copies weigh per file type, and what the HTML bytes are.
  log('compressing the 1× build per file type…');
  compressionTable(dist1);
  log('measuring where the HTML bytes go…');
  htmlBytesTable(dist1);
  if (buildOnly) return;

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
      'gzip: level 6, as a host compressing on the fly sends it; brotli: the .br files the build writes and nginx serves. A language with no built pages is not listed.',
    );

    // 2c. How tall the pages a resident reads on a phone are (issue 24's targets).
    log('measuring page heights at 360 px…');
    report.heading('Page height at 360 px per page type and language (the tallest page of each; issue 24)');
    report.table(
      ['Type', 'Language', 'Pages', 'Tallest', 'Each page (px)', 'Within target'],
      heightRows(await pageHeights(browser, server.url, all)),
    );
    report.note(
      'Targets: Skäggetorp ≤ 8,000 px, the other districts ≤ 6,000 px, a measure page ≤ 4,000 px; home and minutes are listed without a target. Folded parts (Visa fler, Källor) count closed, as a reader first sees them.',
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
