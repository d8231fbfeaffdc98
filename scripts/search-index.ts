/**
 * Builds the Pagefind index into <dist>/pagefind after `astro build`, through
 * Pagefind's Node API instead of `pagefind --site dist`:
 *
 * - Every thing a reader cites (a measure's plan year, a protocol note, a
 *   decision, a meeting, a document section, a plan, a district, an event) is
 *   its own record, built from content/ by src/lib/search-records.ts with its
 *   own title, URL with anchor and filters (given to Pagefind as a small HTML
 *   page, see recordHtml for why). Pagefind reading the built pages
 *   could only filter whole pages (a minutes page carries every party), which
 *   is what made "Miljöpartiet" return V's note; see that file's header.
 * - The other pages (about, accessibility, sources, statistics) are indexed
 *   from their built HTML, as before: they must declare their type with
 *   <SearchMeta>. Pages whose units are records, and the browse pages
 *   (type "Översikt"), are left out so nothing is found twice.
 *
 * Reads INSYN_CONTENT_DIR and DIST_DIR like the rest of the build.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { contentDir } from '../src/schemas/index.ts';
import { buildSite } from '../src/lib/site.ts';
import { buildRecords, recordHtml, spaceCells } from '../src/lib/search-records.ts';
import { sv } from '../src/i18n/sv.ts';
import { loadContent } from './lib/load-content.ts';
import { builtPages } from './lib/built-pages.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const { snapshot, problems } = loadContent(contentDir());
if (problems.length) throw new Error(`search index: content has problems; run npm run check:content`);
const records = buildRecords(buildSite(snapshot));
const recordPages = new Set(records.map((r) => r.url.replace(/#.*$/, '')));

function fail(what: string, errors: string[]): void {
  if (errors.length === 0) return;
  console.error(`search index: ${what}: ${errors.join('; ')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
fail('cannot start Pagefind', errors);
if (!index) throw new Error('search index: Pagefind gave no index');

for (const record of records)
  fail(record.url, (await index.addHTMLFile({ url: record.url, content: recordHtml(record) })).errors);

let htmlPages = 0;
const overview = `data-pagefind-filter="typ:${sv.search.types.oversikt}"`;
for (const url of builtPages(dist)) {
  if (recordPages.has(url)) continue;
  const file = join(dist, url, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body') || html.includes(overview)) continue;
  if (!html.includes('data-pagefind-filter="typ:'))
    fail(file, ['indexed for search but has no type: add <SearchMeta types={[…]} /> or indexed={false}']);
  fail(file, (await index.addHTMLFile({ url, content: spaceCells(html) })).errors);
  htmlPages++;
}

const out = join(dist, 'pagefind');
rmSync(out, { recursive: true, force: true });
fail('writing the index', (await index.writeFiles({ outputPath: out })).errors);
await pagefind.close();
// Without its .pf_meta the browser's worker cannot start and search falls back to the main thread, seconds slower.
const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string }>;
};
for (const { hash } of Object.values(entry.languages))
  if (!existsSync(join(out, `pagefind.${hash}.pf_meta`)))
    fail('writing the index', [`pagefind.${hash}.pf_meta is missing`]);
console.log(`search index: ${records.length} records and ${htmlPages} pages in ${out}/`);
