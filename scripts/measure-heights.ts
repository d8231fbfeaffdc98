/**
 * `node scripts/measure-heights.ts [--dist=dist] [--port=7000 | --url=http://127.0.0.1:7000]`: every measure page of a built
 * site, in Swedish, English, Arabic and easy-read, measured at 360 px wide against issue 24's
 * 4,000 px (the bench reports only the tallest page per language; this lists each page and
 * the ones still over). Serves the build with `astro preview` on a port of its own, or measures
 * a server already serving it (`--url`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './bench/chromium.ts';
import { pageHeights } from './bench/page-heights.ts';
import { preview } from './bench/server.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const dist = valueOf('--dist') ?? 'dist';
const port = Number(valueOf('--port') ?? 7000);
const url = valueOf('--url');

/** Every built measure page under each language's prefix (the lists' index pages are not measure pages). */
const paths = ['', '/en', '/ar', '/lattlast'].flatMap((prefix) => {
  const dir = join(dist, prefix, 'atgarder');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `${prefix}/atgarder/${d.name}/`);
});

const server = url ? { url, stop: () => {} } : await preview(dist, port);
const browser = await launch();
try {
  const heights = await pageHeights(browser, server.url, paths);
  const over = heights.filter((h) => h.target !== null && h.height > h.target);
  for (const h of heights.toSorted((a, b) => b.height - a.height))
    console.log(`${String(h.height).padStart(6)}  ${h.language.padEnd(8)} ${h.path}`);
  console.log(
    over.length
      ? `\n${over.length} of ${heights.length} over 4,000 px: ${over.map((h) => h.path).join(' ')}`
      : `\nall ${heights.length} within 4,000 px`,
  );
  process.exitCode = over.length ? 1 : 0;
} finally {
  await browser.close();
  server.stop();
}
