/**
 * What a first visit to a page costs: every response the page loads (until the
 * network is idle, so charts and search have loaded), grouped as HTML, CSS, JS and
 * other, in bytes as a gzip-serving host would send them (level 6, like nginx/Netlify),
 * and the number of requests; `brotli` is the same total as the precompressed .br files
 * the build writes for nginx (scripts/lib/serving/precompress.ts). A fresh browser context per page:
 * nothing cached.
 */
import { gzipSync } from 'node:zlib';
import { brotli, levelOf, LEVELS } from '../lib/serving/precompress.ts';
import { extensionOf } from '../lib/serving/rules.ts';
import type { Browser, Page } from 'playwright-core';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** the total as brotli (what nginx sends from the build's .br files) */
  brotli: number;
  requests: number;
  /** whether any response was MapLibre (its library or worker) */
  loadsMapLibre: boolean;
}

const MAPLIBRE = /maplibregl-canvas|maplibre-gl-worker/;

/** Compressed sizes per URL: shared files (CSS, scripts) are compressed once per run. */
const compressed = new Map<string, { gzip: number; brotli: number }>();

function sizesOf(url: string, body: Buffer): { gzip: number; brotli: number } {
  const key = `${url} ${body.length}`;
  let sizes = compressed.get(key);
  if (!sizes) {
    const path = new URL(url).pathname;
    const file = path.endsWith('/') ? `${path}index.html` : path;
    sizes = {
      gzip: gzipSync(body, { level: 6 }).length,
      // The build's .br copy where the build writes one (its level for the file's type), else brotli 11.
      brotli: Math.min(
        body.length,
        brotli(body, LEVELS[extensionOf(file)] ? levelOf(file, body.length).brotli : 11).length,
      ),
    };
    compressed.set(key, sizes);
  }
  return sizes;
}

/**
 * `then`, when given, is what the visitor does after the page has loaded (press
 * the map's button); its responses count too, and it resolves when they are done.
 */
export async function pageWeight(
  browser: Browser,
  url: string,
  then?: (page: Page) => Promise<void>,
): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const w: PageWeight = {
    html: 0,
    css: 0,
    js: 0,
    other: 0,
    total: 0,
    brotli: 0,
    requests: 0,
    loadsMapLibre: false,
  };
  const pending: Promise<void>[] = [];
  context.on('response', (res) => {
    if (!/^https?:/.test(res.url())) return;
    w.requests++;
    pending.push(
      (async () => {
        let body: Buffer;
        try {
          body = await res.body();
        } catch {
          return; // redirects and aborted requests carry no body
        }
        const { gzip: size, brotli } = sizesOf(res.url(), body);
        const type = res.request().resourceType();
        const contentType = res.headers()['content-type'] ?? '';
        const isJs = type === 'script' || /javascript/.test(contentType) || /\.m?js(\?|$)/.test(res.url());
        if (type === 'document') w.html += size;
        else if (type === 'stylesheet' || /text\/css/.test(contentType)) w.css += size;
        else if (isJs) w.js += size;
        else w.other += size;
        w.total += size;
        w.brotli += brotli;
        if (MAPLIBRE.test(res.url()) || (isJs && MAPLIBRE.test(body.toString('utf8'))))
          w.loadsMapLibre = true;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (then) await then(page);
  await Promise.all(pending);
  await context.close();
  return w;
}
