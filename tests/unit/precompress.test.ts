import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotli, LEVELS, levelOf, Precompressor } from '../../scripts/lib/serving/precompress.ts';
import { COMPRESSIBLE } from '../../scripts/lib/serving/rules.ts';
import { headOf } from '../../scripts/lib/built-pages.ts';
import { tempDir } from './support/temp-dir.ts';

const page = (words: string) =>
  `<!doctype html><html><head><title>x</title></head><body>${`<p>${words}</p>`.repeat(200)}</body></html>`;

function site() {
  const dir = tempDir('insyn-precompress-');
  mkdirSync(join(dir, 'dist', 'a'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'a', 'index.html'), page('Åtgärden finns i planen.'));
  writeFileSync(join(dir, 'dist', 'tiny.txt'), 'x');
  return { dir, dist: join(dir, 'dist'), cache: join(dir, 'cache') };
}

const entries = (cache: string) =>
  readdirSync(cache, { recursive: true }).filter((n) => /\./.test(String(n)));

test('every compressible file type has a level', () => {
  for (const ext of COMPRESSIBLE) assert.ok(LEVELS[ext], ext);
  assert.throws(() => levelOf('/x.png', 1), /no level for "\.png"/);
  // a page of the common size gets the fast level; small and large ones the smaller output
  assert.ok(levelOf('/a/index.html', 40_000).brotli < levelOf('/a/index.html', 300_000).brotli);
  assert.ok(levelOf('/a/index.html', 40_000).brotli < levelOf('/a/index.html', 10_000).brotli);
  assert.equal(levelOf('/a/index.html', 40_000).gzip, levelOf('/a/index.html', 300_000).gzip);
  // from 512 KB every page and data file gets the fast level (brotli 10 would take seconds each)
  for (const file of ['/omraden/x/index.html', '/data/events.json', '/flode.xml', '/data/measures.csv'])
    assert.ok(levelOf(file, 600_000).brotli < levelOf(file, 300_000).brotli, file);
  assert.equal(levelOf('/_astro/x.js', 600_000).brotli, 11);
});

test("a copy decompresses to its file at every size, and brotli's window reaches across the whole file", () => {
  for (const bytes of [0, 1, 1000, 70_000, 600_000]) {
    const data = Buffer.from(
      page('Åtgärd nummer 1.2 i planen 2023.').repeat(Math.ceil(bytes / 8000) || 1),
    ).subarray(0, bytes);
    assert.deepEqual(brotliDecompressSync(brotli(data, 8)), data, `${bytes} bytes`);
  }
  // 70 KB that cannot be compressed, twice: only a window longer than 70 KB finds the second
  // copy (a 64 KB one would not: the copy would be about 140 KB).
  const noise = randomBytes(70_000);
  const twice = Buffer.concat([noise, noise]);
  assert.ok(brotli(twice, 8).length < 72_000, `${brotli(twice, 8).length} bytes`);
});

test('the copies beside a file decompress to it; a copy not smaller than its file is not written', async () => {
  const { dir, dist, cache } = site();
  const pc = new Precompressor(cache, 2);
  try {
    await pc.write([join(dist, 'a', 'index.html'), join(dist, 'tiny.txt')]);
  } finally {
    await pc.close();
  }
  const html = readFileSync(join(dist, 'a', 'index.html'));
  assert.deepEqual(brotliDecompressSync(readFileSync(join(dist, 'a', 'index.html.br'))), html);
  assert.deepEqual(gunzipSync(readFileSync(join(dist, 'a', 'index.html.gz'))), html);
  assert.equal(existsSync(join(dist, 'tiny.txt.br')), false);
  assert.equal(existsSync(join(dist, 'tiny.txt.gz')), false);
  assert.equal(pc.totals.files, 2);
  assert.equal(pc.totals.compressed, 2);
  rmSync(dir, { recursive: true, force: true });
});

test('a file that did not change comes from the cache; a changed one is compressed again; unused entries are pruned', async () => {
  const { dir, dist, cache } = site();
  const file = join(dist, 'a', 'index.html');
  const first = new Precompressor(cache, 1);
  await first.write([file]);
  first.prune();
  await first.close();
  assert.equal(entries(cache).length, 2);

  // The next build: the output folder is emptied and written again with the same page.
  rmSync(`${file}.br`);
  rmSync(`${file}.gz`);
  const second = new Precompressor(cache, 1);
  await second.write([file]);
  await second.close();
  assert.equal(second.totals.compressed, 0);
  assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));

  // A page that changed: compressed again, and the old entries go when the cache is pruned.
  writeFileSync(file, page('Åtgärden är genomförd.'));
  const third = new Precompressor(cache, 1);
  await third.write([file]);
  third.prune();
  await third.close();
  assert.equal(third.totals.compressed, 1);
  assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));
  assert.equal(entries(cache).length, 2);
  rmSync(dir, { recursive: true, force: true });
});

test('a page still being written is not cached; the final write compresses it whole', async () => {
  const { dir, dist, cache } = site();
  const file = join(dist, 'a', 'index.html');
  writeFileSync(file, page('halv').slice(0, 500));
  const pc = new Precompressor(cache, 1);
  pc.warm(file);
  while (pc.busy) await new Promise((r) => setTimeout(r, 10));
  assert.equal(entries(cache).length, 0);
  writeFileSync(file, page('hel'));
  await pc.write([file]);
  await pc.close();
  assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));
  rmSync(dir, { recursive: true, force: true });
});

test('headOf reads a page up to its </head>, also when the tag falls between two reads', () => {
  const dir = tempDir('insyn-head-');
  const file = join(dir, 'index.html');
  // 16,335: the tag starts 4 bytes before the end of the first 16 KB read.
  for (const pad of [0, 16_335, 40_000]) {
    const head = `<head>${'m'.repeat(pad)}<meta http-equiv="refresh" content="0"></head>`;
    writeFileSync(file, `${head}<body>${'x'.repeat(50_000)}</body>`);
    assert.equal(headOf(file), head);
  }
  writeFileSync(file, '<title>no head</title>');
  assert.equal(headOf(file), '<title>no head</title>');
  rmSync(dir, { recursive: true, force: true });
});
