/**
 * `npm run build`: the whole build, each stage timed, the stages side by side where one does
 * not wait for the other's output (the machine has 2 cores; at 10,000 pages the stages in
 * a row took minutes, docs/benchmark.md):
 *
 *   1. content check (scripts/check-content.ts): bad content stops the build with its lines;
 *   2. beside it from the start: astro build, the search index's records, which come from
 *      content/ (search-index.ts --after-astro), and the compressed copies of what Astro has
 *      written so far, into the cache only (on the core Astro leaves free, at low priority);
 *   3. the search index reads the built pages and writes itself, while the compressed copies of
 *      Astro's files are written beside them (most from the cache step 2 filled) and the serving
 *      rules read the pages' policies and the content's redirects;
 *   4. serving rules (scripts/serving-rules.ts), and the copies of Pagefind's files.
 *
 * Prints each stage's start, end and time; --timings=<file> also writes them as JSON (the
 * bench reads them). Stops with the failing stage's exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { COMPRESSIBLE, extensionOf } from './lib/serving/rules.ts';
import { Precompressor } from './lib/serving/precompress.ts';
import { AstroLog, RENDER_CONCURRENCY } from './lib/astro-log.ts';
import { precompressCacheOf } from './lib/build-cache.ts';
import { HeldOutput } from './lib/held-output.ts';
import { filesUnder, servingInputs, servingRules } from './serving-rules.ts';

export interface StageTime {
  stage: string;
  /** ms from the start of the build */
  start: number;
  end: number;
}

const dist = process.env.DIST_DIR ?? 'dist';
const timingsFile = process.argv.find((a) => a.startsWith('--timings='))?.slice(10);
const t0 = performance.now();
const now = () => performance.now() - t0;
const stages: StageTime[] = [];
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

function start(file: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function stop(stage: string, code: number): never {
  console.error(`build: ${stage} failed (exit code ${code})`);
  process.exit(code || 1);
}

async function timed<T>(stage: string, from: number, work: Promise<T>): Promise<T> {
  const result = await work;
  stages.push({ stage, start: from, end: now() });
  return result;
}

// 0. Production guard (scripts/check-production.ts): placeholders stop a production build.
const guarded = await timed('production guard', 0, exited(start('scripts/check-production.ts', [])));
// It says why in its own lines (one per placeholder); nothing is added to them.
if (guarded !== 0) process.exit(guarded);

// 1. The content check, and beside it Astro, the search index's records and the first compressed
// copies (the check takes 1–2 s that Astro need not wait for). Until the check has passed, Astro's
// and the search index's output is held: bad content stops the build with the check's own lines.
const checkStart = now();
const checkDone = timed('content check', checkStart, exited(start('scripts/check-content.ts', [])));
const held = new HeldOutput();
const search = spawn(process.execPath, ['scripts/search-index.ts', '--after-astro'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
const searchDone = timed('search index', checkStart, exited(search));
// sync-digest: the CSP hashes of 10,000 pages without a thread-pool round trip each (see there).
const syncDigest = join(dirname(import.meta.filename), 'lib', 'sync-digest.ts');
const astro = spawn(process.execPath, ['--import', syncDigest, astroBin, 'build'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
const astroDone = timed('astro build', checkStart, exited(astro));
const cores = availableParallelism();
const pc = new Precompressor(precompressCacheOf(dist), cores);
// Astro has one core; the workers take what it leaves, at low priority (Astro is the longest stage).
pc.limit = Math.max(1, cores - 1);
pc.nice = 10;
const compressible = (file: string) => COMPRESSIBLE.includes(extensionOf(file));
let assetsSeen = false;
// Each file Astro has written (its log says so: lib/astro-log.ts), and before the first of them
// the scripts, styles and public files it wrote before any page.
const log = new AstroLog(2 * RENDER_CONCURRENCY, (path) => {
  if (!assetsSeen) {
    assetsSeen = true;
    for (const f of filesUnder(dist)) if (compressible(f)) pc.warm(join(dist, f));
  }
  if (compressible(path)) pc.warm(join(dist, path));
});
held.add(astro.stdout!, process.stdout, (text) => log.read(text));
held.add(astro.stderr!, process.stderr);
held.add(search.stdout!, process.stdout);
held.add(search.stderr!, process.stderr);

const checked = await checkDone;
if (checked !== 0) {
  held.drop();
  astro.kill();
  search.kill();
  await pc.close();
  stop('content check', checked);
}
held.release();

// 2. Astro's pages written.
const built = await astroDone;
if (built !== 0) {
  search.kill();
  await pc.close();
  stop('astro build', built);
}
search.stdin!.end('built\n');

// 3. The search index finishes while Astro's files get their copies and the serving rules read
// what they need from the pages and the content.
const compressStart = now();
pc.limit = cores;
pc.nice = 0;
// Not the 404 pages yet: the search index still reads them where Astro put them, and they
// move (serving rules) once it is done. Nothing of the search index's: pagefind/ and each
// language's pagefind-<lang>/ on its way there.
const astroFiles = filesUnder(dist)
  .filter((f) => compressible(f) && !f.startsWith('/pagefind') && !/\/404\//.test(f))
  .map((f) => join(dist, f));
const compressed = timed('precompress', compressStart, pc.write(astroFiles));
const inputsStart = now();
const inputs = servingInputs({ dist });
stages.push({ stage: 'serving inputs', start: inputsStart, end: now() });
const searched = await searchDone;
await compressed;
if (searched !== 0) {
  await pc.close();
  stop('search index', searched);
}

// 4. Serving rules, and the copies of Pagefind's files.
try {
  await timed('serving rules', now(), servingRules({ dist, precompressor: pc, inputs }));
} finally {
  await pc.close();
}

const total = now();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `\nbuild: ${s(total)} in all (stages side by side where they can be):\n` +
    stages
      .map(
        (x) =>
          `  ${x.stage.padEnd(15)} ${s(x.start).padStart(7)} → ${s(x.end).padStart(7)}  ${s(x.end - x.start)}`,
      )
      .join('\n'),
);
if (timingsFile) writeFileSync(timingsFile, JSON.stringify({ total, stages }, null, 2));
