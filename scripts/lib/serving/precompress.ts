/**
 * The .gz and .br copies beside every text file of the build, so servers never compress per
 * request (scripts/serving-rules.ts). Three things keep it fast as the site grows:
 *
 * - every core: files go to worker threads (this same module runs as the worker);
 * - a content-hash cache that survives between builds: each compressed copy is kept under the
 *   hash of its file's bytes and the settings, in a folder of the build's own cache
 *   (cacheDirOf(DIST_DIR)), so a file that did not change is copied, not compressed again;
 *   after a build, entries no file used any more are deleted;
 * - a level per file type (LEVELS), chosen with measurements (docs/benchmark.md,
 *   `npm run bench` prints the size change against brotli 11 / gzip 9).
 *
 * `warm(file)` compresses a file into the cache only, while Astro is still writing pages
 * (scripts/build.ts); the final `write` finds those in the cache. A file read half-written
 * simply has another hash: its entry is never used and is deleted after the build.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Level {
  /** gzip level, 1–9 */
  gzip: number;
  /** brotli quality, 0–11 */
  brotli: number;
}

/**
 * The level of each precompressed file type (the extensions of rules.ts's COMPRESSIBLE).
 * Brotli 10 stays within about 2 % of brotli 11 on every type here and is 3–4 times
 * faster. Scripts, styles and WebAssembly are a few files that do not grow with the content,
 * are cached by readers for a year and are served on first visits: they keep the
 * smallest, brotli 11 and gzip 9. Pages and data grow with the content: gzip 6 is
 * within 1 % of gzip 9 on them at half the time.
 *
 * Pages of 12–64 KB get brotli 8, 5–10 times faster than 10: most pages are that size (a
 * measure page is 18–48 KB, the bench's synthetic copies 10–41 KB), and at 10,000 pages
 * brotli 10 was about 100 of the build's 157 s of CPU. On the same bytes brotli 8 is 5–12 %
 * larger than 10; with the scope attributes and report links cut (about a fifth of the raw
 * HTML), the site's HTML at these levels is as large as the uncut HTML was at brotli 10
 * (−0.2 %; measure pages −2 … +2 %, 21 of 158 pages +5 … +12 %; docs/benchmark.md). The
 * smallest pages cost little time at 10; the larger ones (districts, the data page) would
 * lose up to 9 % at 8 and keep 10.
 *
 * Files of 512 KB and more get brotli 8 too: brotli 10 costs about 0.45 s of CPU per MB
 * whatever the file, brotli 8 a twentieth of that. No file of today's site is that large
 * (the largest page, Skäggetorp in Arabic, is 297 KB); at 10,000 pages the lists, district
 * pages, feeds and data files are 0.5–5 MB each (90 MB together) and took about 40 s of CPU
 * at 10, where brotli 8 makes them 8–30 % larger (docs/benchmark.md).
 */
export interface TypeLevel extends Level {
  /** other brotli qualities for files of `from` up to (not including) `to` bytes */
  sized?: { from: number; to: number; brotli: number }[];
}

const KB = 1024;
/** From here brotli 10 would take about half a second per file (see above). */
const LARGE = 512 * KB;
const large = { from: LARGE, to: Infinity, brotli: 8 };

export const LEVELS: Record<string, TypeLevel> = {
  html: { gzip: 6, brotli: 10, sized: [{ from: 12 * KB, to: 64 * KB, brotli: 8 }, large] },
  xml: { gzip: 6, brotli: 10, sized: [large] },
  json: { gzip: 6, brotli: 10, sized: [large] },
  csv: { gzip: 6, brotli: 10, sized: [large] },
  txt: { gzip: 6, brotli: 10, sized: [large] },
  js: { gzip: 9, brotli: 11 },
  mjs: { gzip: 9, brotli: 11 },
  css: { gzip: 9, brotli: 11 },
  wasm: { gzip: 9, brotli: 11 },
  svg: { gzip: 9, brotli: 11 },
  webmanifest: { gzip: 9, brotli: 11 },
};

const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** The levels for the file at `path` of `size` bytes. */
export function levelOf(path: string, size: number): Level {
  const level = LEVELS[extensionOf(path)];
  if (!level)
    throw new Error(`precompress: ${path}: no level for ".${extensionOf(path)}" (add it to LEVELS)`);
  const band = level.sized?.find((b) => size >= b.from && size < b.to);
  return { gzip: level.gzip, brotli: band?.brotli ?? level.brotli };
}

export function gzip(data: Uint8Array, level: number): Buffer {
  return gzipSync(data, { level });
}

/**
 * Brotli's window (log2 of its bytes) just large enough for the file. The default, 4 MB, is set
 * up for every file: for a 30 KB page at quality 8 that took longer than compressing it
 * (1.5–3 times the time; the output is the same size within bytes).
 */
const windowFor = (bytes: number) =>
  Math.min(
    constants.BROTLI_MAX_WINDOW_BITS,
    Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes + 16))),
  );

export function brotli(data: Uint8Array, quality: number): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: windowFor(data.length),
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** Bumped when the way copies are made changes, so old cache entries are never taken for new ones. */
const FORMAT = 2;

interface Task {
  id: number;
  /** absolute path of the file */
  file: string;
  /** 'cache': only fill the cache (the file may still be written); 'write': also put the copies beside it */
  mode: 'cache' | 'write';
  cacheDir: string;
}

export interface FileResult {
  id: number;
  /** cache keys this file's copies are stored under (kept when the cache is pruned) */
  keys: string[];
  raw: number;
  /** bytes of each copy (whether or not it was written: a copy larger than the file is left out) */
  gz: number;
  br: number;
  /** copies taken from the cache instead of compressed */
  cached: number;
  error?: string;
}

const entryPath = (cacheDir: string, key: string) => join(cacheDir, key.slice(0, 2), key);

/** Writes a file whole or not at all (a cache entry is never seen half-written). */
function writeAtomic(path: string, data: Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** The copy from the cache into the build: a hard link where both are on one disk, else a copy. */
function place(from: string, to: string) {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function run(task: Task): FileResult {
  const data = readFileSync(task.file);
  // A page Astro is still writing: leave it to the final pass.
  if (task.mode === 'cache' && (data.length === 0 || (task.file.endsWith('.html') && !endsWithHtml(data))))
    return { id: task.id, keys: [], raw: 0, gz: 0, br: 0, cached: 0 };
  const level = levelOf(task.file, data.length);
  const hash = createHash('sha256').update(data).digest('hex');
  const result: FileResult = { id: task.id, keys: [], raw: data.length, gz: 0, br: 0, cached: 0 };
  for (const [ext, make] of [
    ['gz', () => gzip(data, level.gzip)],
    ['br', () => brotli(data, level.brotli)],
  ] as const) {
    const key = `${hash}.${FORMAT}-${ext}${ext === 'gz' ? level.gzip : level.brotli}`;
    const entry = entryPath(task.cacheDir, key);
    let size: number;
    if (existsSync(entry)) {
      size = statSync(entry).size;
      result.cached++;
    } else {
      const out = make();
      writeAtomic(entry, out);
      size = out.length;
    }
    result.keys.push(key);
    result[ext] = size;
    // A compressed copy only where it is smaller; the server then sends the file as it is.
    if (task.mode === 'write') {
      if (size < data.length) place(entry, `${task.file}.${ext}`);
      else rmSync(`${task.file}.${ext}`, { force: true });
    }
  }
  return result;
}

const HTML_END = Buffer.from('</html>');
function endsWithHtml(data: Buffer): boolean {
  const tail = data
    .subarray(Math.max(0, data.length - 32))
    .toString('latin1')
    .trimEnd();
  return tail.endsWith(HTML_END.toString('latin1'));
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (task: Task | { nice: number }) => {
    if ('nice' in task) {
      // This thread only (Linux gives each thread its own priority).
      try {
        setPriority(task.nice);
      } catch {
        // Not allowed here: the work is the same, only less polite.
      }
      return;
    }
    try {
      port.postMessage(run(task));
    } catch (error) {
      port.postMessage({
        id: task.id,
        keys: [],
        raw: 0,
        gz: 0,
        br: 0,
        cached: 0,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FileResult);
    }
  });
}

export interface Totals {
  files: number;
  raw: number;
  gz: number;
  br: number;
  /** files compressed now (the rest came from the cache) */
  compressed: number;
}

/** A pool of worker threads that compress files, with the cache in `cacheDir`. */
export class Precompressor {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { task: Task; done: (r: FileResult) => void }[] = [];
  private waiting = new Map<number, (r: FileResult) => void>();
  private nextId = 0;
  private used = new Set<string>();
  private warmed = new Set<string>();
  private written = new Set<string>();
  /** what write() has done so far */
  readonly totals: Totals = { files: 0, raw: 0, gz: 0, br: 0, compressed: 0 };

  private cacheDir: string;

  constructor(cacheDir: string, size = Math.max(1, availableParallelism())) {
    this.cacheDir = cacheDir;
    this.limit = size;
    mkdirSync(cacheDir, { recursive: true });
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL(import.meta.url));
      worker.on('message', (r: FileResult) => {
        const done = this.waiting.get(r.id)!;
        this.waiting.delete(r.id);
        this.idle.push(worker);
        this.pump();
        done(r);
      });
      worker.on('error', (e) => {
        throw e;
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** How many workers may work at once (scripts/build.ts leaves Astro a core while it runs). */
  limit: number;

  /** The workers' priority (nice value): 10 while Astro runs, so it goes first. */
  set nice(value: number) {
    for (const w of this.workers) w.postMessage({ nice: value });
  }

  private pump() {
    while (this.idle.length && this.queue.length && this.waiting.size < this.limit) {
      const worker = this.idle.pop()!;
      const { task, done } = this.queue.shift()!;
      this.waiting.set(task.id, done);
      worker.postMessage(task);
    }
  }

  private submit(file: string, mode: Task['mode']): Promise<FileResult> {
    return new Promise((done) => {
      this.queue.push({ task: { id: this.nextId++, file, mode, cacheDir: this.cacheDir }, done });
      this.pump();
    });
  }

  /** Whether the pool has nothing left to do (scripts/build.ts feeds it while Astro runs). */
  get busy(): boolean {
    return this.queue.length > 0 || this.waiting.size > 0;
  }

  isWarmed(file: string): boolean {
    return this.warmed.has(file);
  }

  /** Compresses a file into the cache only (once per path): it may still be being written. */
  warm(file: string): void {
    if (this.warmed.has(file)) return;
    this.warmed.add(file);
    void this.submit(file, 'cache');
  }

  /**
   * Writes the .gz and .br copies beside each file (absolute paths), from the cache where it has
   * them. A file already written by this pool is skipped (scripts/build.ts writes Astro's files
   * while the search index is still being written, then everything).
   */
  async write(files: string[]): Promise<void> {
    // Files waiting to be warmed are written now instead.
    this.queue = this.queue.filter((q) => q.task.mode === 'write');
    const todo = files.filter((f) => !this.written.has(f));
    for (const f of todo) this.written.add(f);
    // Largest first, so no worker is left with a big file at the end.
    const sized = todo.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
    const results = await Promise.all(sized.map(({ f }) => this.submit(f, 'write')));
    const errors: string[] = [];
    results.forEach((r, i) => {
      if (r.error) errors.push(`${sized[i].f}: ${r.error}`);
      for (const k of r.keys) this.used.add(k);
      this.totals.files++;
      this.totals.raw += r.raw;
      this.totals.gz += r.gz;
      this.totals.br += r.br;
      if (r.cached < r.keys.length) this.totals.compressed++;
    });
    if (errors.length) throw new Error(`precompress: ${errors.join('; ')}`);
  }

  /** Deletes every cache entry that no file of this build used, so the cache stays the size of one build. */
  prune(): number {
    let removed = 0;
    for (const dir of readdirSync(this.cacheDir)) {
      const path = join(this.cacheDir, dir);
      if (!statSync(path).isDirectory()) continue;
      for (const name of readdirSync(path))
        if (!this.used.has(name)) {
          rmSync(join(path, name), { force: true });
          removed++;
        }
    }
    return removed;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
