/**
 * How big the Pagefind index is, for the benchmark: bytes of <dist>/pagefind
 * split into the index data a search fetches pieces of (index/, fragment/,
 * filter/, *.pf_meta), the search runtime (pagefind.js, worker, wasm, entry)
 * and Pagefind's own UI bundles this site does not load, plus bytes per page indexed.
 *
 *   import { pagefindSize } from './lib/pagefind-size.ts';
 *   pagefindSize('dist-h6') // { pages, totalBytes, dataBytes, runtimeBytes, uiBytes, dataBytesPerPage, totalBytesPerPage }
 *
 * Run directly (`node scripts/lib/pagefind-size.ts [dist]`) it prints the numbers as JSON.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PagefindSize {
  /** pages in the index, from pagefind-entry.json (all languages) */
  pages: number;
  /** every file under <dist>/pagefind */
  totalBytes: number;
  /** the index itself: index/, fragment/, filter/ chunks and the *.pf_meta files */
  dataBytes: number;
  /** what the browser needs to search: pagefind.js, pagefind-worker.js, wasm.*.pagefind, pagefind-entry.json */
  runtimeBytes: number;
  /** Pagefind's prebuilt UIs and highlighter (pagefind-*ui*, pagefind-highlight.js), unused by /sok/ */
  uiBytes: number;
  dataBytesPerPage: number;
  totalBytesPerPage: number;
}

function bytesUnder(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

export function pagefindSize(dist: string = process.env.DIST_DIR ?? 'dist'): PagefindSize {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  let dataBytes = 0;
  let runtimeBytes = 0;
  let uiBytes = 0;
  for (const name of readdirSync(dir)) {
    const size = bytesUnder(join(dir, name));
    if (statSync(join(dir, name)).isDirectory() || name.endsWith('.pf_meta')) dataBytes += size;
    else if (/^pagefind-.*ui|^pagefind-highlight/.test(name)) uiBytes += size;
    else runtimeBytes += size;
  }
  const totalBytes = dataBytes + runtimeBytes + uiBytes;
  return {
    pages,
    totalBytes,
    dataBytes,
    runtimeBytes,
    uiBytes,
    dataBytesPerPage: pages ? Math.round(dataBytes / pages) : 0,
    totalBytesPerPage: pages ? Math.round(totalBytes / pages) : 0,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(pagefindSize(process.argv[2]), null, 2));
}
