/**
 * What a first visit to a page costs: every response the page loads (until the
 * network is idle, so charts and search have loaded), grouped as HTML, CSS, JS and
 * other, in bytes as a gzip-serving host would send them (level 6, like nginx/Netlify),
 * and the number of requests; `brotli` is the same total at brotli quality 11, the
 * precompressed .br files the build writes for nginx. A fresh browser context per page:
 * nothing cached.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** the total at brotli quality 11 (what nginx sends from the build's .br files) */
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
    sizes = {
      gzip: gzipSync(body, { level: 6 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
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
