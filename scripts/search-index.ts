/**
 * Builds the Pagefind index into <dist>/pagefind after `astro build`, through
 * Pagefind's Node API instead of `pagefind --site dist`:
 *
 * - Every thing a reader cites (a measure's plan year, a protocol note, a
 *   decision, a meeting, a document section, a plan, a district, an event) is
 *   its own record, built from content/ by src/lib/search/records.ts with its
 *   own title, URL with anchor and filters (given to Pagefind as a small HTML
 *   page, see recordHtml for why). Pagefind reading the built pages
 *   could only filter whole pages (a minutes page carries every party), which
 *   is what made "Miljöpartiet" return V's note; see that file's header.
 * - The other pages (about, accessibility, sources, statistics) are indexed
 *   from their built HTML, as before: they must declare their type with
 *   <SearchMeta>. Pages whose units are records, and the browse pages
 *   (type "Översikt"), are left out so nothing is found twice.
 * - One index per language: records are built for each full locale (sv, en, ar)
 *   in its words and under its URL prefix, each page says its <html lang>, and
 *   each language's index is built by a Pagefind service of its own, side by side
 *   (lib/pagefind-languages.ts), then put in one folder; the browser's pagefind.js
 *   loads the one of the search page's <html lang>. Easy-read pages (/lattlast/, lang="sv") go
 *   into the Swedish index; the short pages (/so/, /ti/, /fa-af/) have no search
 *   page and are left out.
 *
 * Reads INSYN_CONTENT_DIR and DIST_DIR like the rest of the build. With --after-astro
 * (`npm run build`, scripts/build.ts) it starts beside `astro build`: it sends the records,
 * which come from content/, while Astro writes the pages, then waits for the line "built"
 * on its standard input before it reads the pages.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { contentDir } from '../src/schemas/index.ts';
import { buildSite } from '../src/lib/site/build-site.ts';
import { buildRecords, recordHtml, recordLanguage, spaceCells } from '../src/lib/search/records.ts';
import { dictOf } from '../src/i18n/index.ts';
import { fullLocales, languageOfPath, languages } from '../src/i18n/languages.ts';
import { loadContent } from './lib/load-content.ts';
import { builtPages } from './lib/built-pages.ts';
import {
  htmlLang,
  languageIndex,
  mergeLanguageIndexes,
  type LanguageIndex,
} from './lib/pagefind-languages.ts';
import { pagefindWritesDone } from './lib/pagefind-writes.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const { snapshot, problems } = loadContent(contentDir());
if (problems.length) throw new Error(`search index: content has problems; run npm run check:content`);
const site = buildSite(snapshot);

function fail(what: string, errors: string[]): void {
  if (errors.length === 0) return;
  console.error(`search index: ${what}: ${errors.join('; ')}`);
  process.exit(1);
}

// One index per language, each in its own Pagefind service (lib/pagefind-languages.ts).
const langs = fullLocales.map((l) => languages[l].lang);
const indexes = new Map<string, LanguageIndex>();
for (const lang of langs) indexes.set(lang, await languageIndex(lang));

/**
 * Each file to its language's index. Pagefind's service handles one message at a time; a few
 * sent ahead keep it busy instead of waiting for each answer (20,000 records at 10,000 pages:
 * 16 s one by one, about 8 s so), and the three services work side by side.
 */
async function addAll(files: { url: string; content: string }[]): Promise<void> {
  const byLang = new Map<string, { url: string; content: string }[]>();
  for (const file of files) {
    const lang = htmlLang(file.content) ?? '';
    if (!indexes.has(lang)) fail(file.url, [`its <html lang="${lang}"> has no index (${langs.join(', ')})`]);
    const mine = byLang.get(lang) ?? [];
    mine.push(file);
    byLang.set(lang, mine);
  }
  await Promise.all(
    [...byLang].map(([lang, mine]) => {
      const { index } = indexes.get(lang)!;
      let next = 0;
      const sender = async () => {
        while (next < mine.length) {
          const file = mine[next++];
          fail(file.url, (await index.addHTMLFile(file)).errors);
        }
      };
      return Promise.all(Array.from({ length: 16 }, sender));
    }),
  );
}

const recordPages = new Set<string>();
let records = 0;
for (const locale of fullLocales) {
  const l = recordLanguage(site, locale);
  const files = buildRecords(site, l).map((record) => ({
    url: record.url,
    content: recordHtml(record, l.t),
  }));
  for (const { url } of files) recordPages.add(url.replace(/#.*$/, ''));
  await addAll(files);
  records += files.length;
}

if (process.argv.includes('--after-astro')) {
  let built = false;
  for await (const line of createInterface({ input: process.stdin }))
    if (line === 'built') {
      built = true;
      break;
    }
  // The input closed without it: Astro failed, and the build says so.
  if (!built) process.exit(1);
  process.stdin.destroy();
}

/** An easy-read page that declares no type of its own is typed "Lättläst" (so a reader can tell and filter it). */
function withEasyReadType(html: string): string {
  const label = dictOf('lattlast').search.types.lattlast;
  const type = [
    `<span hidden data-pagefind-filter="typ:${label}"></span>`,
    html.includes('data-pagefind-meta="typ:') ? '' : `<span hidden data-pagefind-meta="typ:${label}"></span>`,
  ].join('');
  return html.replace(/<[^>]*\sdata-pagefind-body[^>]*>/, (body) => `${body}${type}`);
}

const pages: { url: string; content: string }[] = [];
for (const url of builtPages(dist)) {
  const language = languageOfPath(url);
  if (recordPages.has(url) || languages[language].scope === 'short') continue;
  const file = join(dist, url, 'index.html');
  let html = readFileSync(file, 'utf8');
  const overview = `data-pagefind-filter="typ:${dictOf(language).search.types.oversikt}"`;
  if (!html.includes('data-pagefind-body') || html.includes(overview)) continue;
  if (!html.includes('data-pagefind-filter="typ:')) {
    if (language === 'lattlast') html = withEasyReadType(html);
    else
      fail(file, ['indexed for search but has no type: add <SearchMeta types={[…]} /> or indexed={false}']);
  }
  pages.push({ url, content: spaceCells(html) });
}
await addAll(pages);

const out = join(dist, 'pagefind');
const dirs = langs.map((lang) => `${out}-${lang}`);
await Promise.all(
  langs.map(async (lang, i) => {
    const { pagefind, index } = indexes.get(lang)!;
    rmSync(dirs[i], { recursive: true, force: true });
    fail(`writing the ${lang} index`, (await index.writeFiles({ outputPath: dirs[i] })).errors);
    await pagefindWritesDone(dirs[i]);
    await pagefind.close();
  }),
);
fail('putting the indexes together', mergeLanguageIndexes(dirs, out));
// Without its .pf_meta the browser's worker cannot start and search falls back to the main thread, seconds slower.
const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; page_count: number }>;
};
for (const { hash } of Object.values(entry.languages))
  if (!existsSync(join(out, `pagefind.${hash}.pf_meta`)))
    fail('writing the index', [`pagefind.${hash}.pf_meta is missing`]);
const missing = fullLocales.map((l) => languages[l].lang).filter((lang) => !entry.languages[lang]);
fail(
  'writing the index',
  missing.map((lang) => `no index for "${lang}"`),
);

/** Bytes of one language's index (index, fragment and filter files are named <lang>_<hash>, plus its .pf_meta). */
function languageBytes(lang: string): number {
  const mine = (dir: string) =>
    readdirSync(join(out, dir))
      .filter((name) => name.startsWith(`${lang}_`))
      .reduce((n, name) => n + statSync(join(out, dir, name)).size, 0);
  return (
    mine('index') +
    mine('fragment') +
    mine('filter') +
    statSync(join(out, `pagefind.${entry.languages[lang].hash}.pf_meta`)).size
  );
}
const sizes = Object.entries(entry.languages)
  .map(([lang, { page_count }]) => `${lang} ${page_count} (${(languageBytes(lang) / 1024).toFixed(0)} KB)`)
  .join(', ');
console.log(`search index: ${records} records and ${pages.length} pages in ${out}/; per language: ${sizes}`);
