/**
 * `npm run i18n`: what each language has and lacks, in plain text (docs/languages.md).
 *   1. dictionary keys missing or extra compared with the Swedish dictionary (src/i18n/sv/);
 *   2. pages not built: per full language the Swedish pages (src/lib/urls/page-list.ts) without a
 *      counterpart in dist/, the easy-read pages (src/lib/easy-read/pages.ts), the one-page languages;
 *   3. content texts shown in Swedish on English and Arabic pages (data-untranslated, from Tx.astro),
 *      and those shown without lang="sv" around them (a missing or stale translation where a page
 *      fell back to the Swedish as plain text);
 *   4. translations whose Swedish no longer stands in content/ (content/translations/<lang>.yaml);
 *   5. what is reviewed, by whom and when, and what is not.
 * Exit code 1 when a dictionary lacks a key (CI fails on that), 0 otherwise: an unreviewed or
 * missing translation is reported, never a failure. Parts 2 and 3 need a build (DIST_DIR, default
 * dist/); without one they say so. `--all` prints every list in full.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dictionaries } from '../src/i18n/index.ts';
import { fullLocales, languages, languageIds, localizePath } from '../src/i18n/languages.ts';
import { contentDir } from '../src/schemas/index.ts';
import { reviewSchema, type Review } from '../src/schemas/review.ts';
import { buildSite } from '../src/lib/site/build-site.ts';
import { swedishPages } from '../src/lib/urls/page-list.ts';
import { easyReadPages } from '../src/lib/easy-read/pages.ts';
import { loadContent } from './lib/load-content.ts';
import { builtPages } from './lib/built-pages.ts';
import {
  collectStrings,
  compareKeys,
  missingPages,
  proseStrings,
  reviewLines,
  reviewText,
  shortList,
  staleEntries,
  summariseUntranslated,
  swedishWithoutLang,
  untranslatedTexts,
} from './lib/i18n-report.ts';
import { translate } from '../src/lib/text/translate.ts';

/**
 * The dictionaries' review record, src/i18n/review.ts (a Record of language → Review), when the
 * file exists: read by value, whatever its export is named, so the report works before it lands.
 */
async function dictionaryReviews(): Promise<Record<string, Review> | undefined> {
  const file = new URL('../src/i18n/review.ts', import.meta.url);
  if (!existsSync(file)) return undefined;
  const module: Record<string, unknown> = await import(file.href);
  const isRecord = (v: unknown): v is Record<string, Review> =>
    typeof v === 'object' &&
    v !== null &&
    Object.keys(v).length > 0 &&
    Object.values(v).every((r) => reviewSchema.safeParse(r).success);
  return Object.values(module).find(isRecord);
}

/** Every easy-read text under content/lattlast/ (Markdown front matter or YAML) with its `review`. */
function easyReadReviews(root: string): { name: string; review: Review | undefined }[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|mdx|ya?ml)$/.test(name)) files.push(path);
    }
  };
  walk(root);
  return files.map((path) => {
    const text = readFileSync(path, 'utf8');
    const front = /\.ya?ml$/.test(path) ? text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
    const data: unknown = parseYaml(front);
    const review = reviewSchema.safeParse((data as { review?: unknown } | null)?.review);
    return { name: relative(root, path), review: review.success ? review.data : undefined };
  });
}

const all = process.argv.includes('--all');
const dist = process.env.DIST_DIR ?? 'dist';
const dir = contentDir();
const out: string[] = [];
const say = (line = '') => out.push(line);
const list = (items: readonly string[]) => shortList(items, 8, all);

// 1. Dictionary keys
const { sv, ...others } = dictionaries;
let missingKeys = 0;
say('1. Dictionary keys, compared with the Swedish dictionary (src/i18n/sv/)');
for (const [lang, dict] of Object.entries(others)) {
  const d = compareKeys(sv, dict);
  missingKeys += d.missing.length;
  const parts = [
    d.missing.length ? `MISSING ${d.missing.length}: ${list(d.missing)}` : `all ${d.total} keys`,
    d.extra.length ? `extra ${d.extra.length}: ${list(d.extra)}` : '',
    dict === sv ? 'placeholder: it is the Swedish dictionary' : `${d.same} of ${d.total} same as Swedish`,
  ];
  say(`   ${lang}: ${parts.filter(Boolean).join('; ')}`);
}
const withoutDict = languageIds.filter((id) => !(id in dictionaries));
say(`   ${withoutDict.join(', ')}: no dictionary of their own (their interface is Swedish)`);

// Content: needed for the page lists and the translations.
const { snapshot, problems } = loadContent(dir);
if (problems.length) {
  console.log(out.join('\n'));
  console.error(`\n${dir}/ has ${problems.length} problem(s): run npm run check:content.`);
  process.exit(1);
}
const site = buildSite(snapshot);

// 2. Pages not built
say();
say(`2. Pages not built (in ${dist}/)`);
const built = existsSync(dist) ? new Set(builtPages(dist)) : undefined;
if (!built) say(`   ${dist}/ does not exist: run npm run build first`);
else {
  const svPages = swedishPages(site);
  const check = (label: string, expected: string[]) => {
    const gone = missingPages(expected, built);
    say(
      `   ${label}: ${gone.length ? `${gone.length} of ${expected.length} missing: ${list(gone)}` : `all ${expected.length} built`}`,
    );
  };
  for (const locale of fullLocales.filter((l) => l !== 'sv'))
    check(
      locale,
      svPages.map((p) => localizePath(locale, p)),
    );
  check(
    'lattlast',
    easyReadPages(site).map((p) => localizePath('lattlast', p)),
  );
  const short = languageIds.filter((id) => languages[id].scope === 'short');
  check(
    short.join(', '),
    short.map((id) => `${languages[id].prefix}/`),
  );
}

// Every text of content/ (the fields a page may show), and the bodies, for parts 3 and 4; the
// Swedish prose among them (not translated pages, names or ids) for part 3.
const texts = new Set<string>();
const prose = new Set<string>();
const bodies: string[] = [];
for (const [name, entries] of Object.entries(snapshot)) {
  if (name === 'translations' || name === 'geometry' || !Array.isArray(entries)) continue;
  for (const e of entries) {
    collectStrings(e.data, texts);
    if (!(name === 'pages' && (e.data as { lang?: string }).lang)) proseStrings(e.data, prose);
    if (e.body) bodies.push(e.body);
  }
}

// 3. Content texts shown in Swedish
say();
say('3. Content texts shown in Swedish (data-untranslated) on built pages');
if (!built) say(`   ${dist}/ does not exist: run npm run build first`);
else
  for (const locale of fullLocales.filter((l) => l !== 'sv')) {
    const prefix = `${languages[locale].prefix}/`;
    const byPage = new Map(
      [...built]
        .filter((p) => p.startsWith(prefix))
        .map((p) => [p, untranslatedTexts(readFileSync(join(dist, p, 'index.html'), 'utf8'))] as const),
    );
    const s = summariseUntranslated(byPage);
    if (!s.total) {
      say(`   ${locale}: none on ${byPage.size} pages`);
      continue;
    }
    say(
      `   ${locale}: ${s.total} on ${s.pages.length} of ${byPage.size} pages, ${s.texts.length} distinct texts`,
    );
    say(`      pages: ${list(s.pages.map(([p, n]) => `${p} ${n}`))}`);
    for (const [text, n] of all ? s.texts : s.texts.slice(0, 8))
      say(`      ${n}× "${text.length > 90 ? `${text.slice(0, 89)}…` : text}"`);
    if (!all && s.texts.length > 8) say(`      (+${s.texts.length - 8} more texts: --all lists them)`);
  }
if (built) {
  say(
    '   Swedish content texts shown without lang="sv" (a missing or stale translation shown as plain text):',
  );
  for (const locale of fullLocales.filter((l) => l !== 'sv')) {
    const prefix = `${languages[locale].prefix}/`;
    const swedish = [...prose].filter((t) => !translate(site.translations, locale, t));
    const byPage = new Map(
      [...built]
        .filter((p) => p.startsWith(prefix))
        .map(
          (p) => [p, swedishWithoutLang(readFileSync(join(dist, p, 'index.html'), 'utf8'), swedish)] as const,
        ),
    );
    const s = summariseUntranslated(byPage);
    say(
      s.total
        ? `   ${locale}: ${s.total} on ${s.pages.length} of ${byPage.size} pages, ${s.texts.length} distinct texts: ${list(s.texts.map(([text, n]) => `${n}× "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`))}`
        : `   ${locale}: none on ${byPage.size} pages`,
    );
  }
}

// 4. Stale translations
say();
say('4. Translations whose Swedish no longer stands in content/');
if (!snapshot.translations.length) say('   no translation files');
for (const file of snapshot.translations) {
  const stale = staleEntries(file.data.entries, texts, bodies);
  say(
    `   ${file.id}: ${stale.length ? `${stale.length} of ${file.data.entries.length} stale: ${list(stale.map((e) => `"${e.sv}"`))}` : `none of ${file.data.entries.length} entries`}`,
  );
}

// 5. Reviews
say();
say('5. Review (a person who reads the language; never a machine)');
const dictReviews = await dictionaryReviews();
say(
  dictReviews
    ? `   dictionaries (src/i18n/review.ts): ${reviewLines(Object.entries(dictReviews).map(([name, review]) => ({ name, review }))).join('; ')}`
    : '   dictionaries: no src/i18n/review.ts, so no review is recorded',
);
for (const file of snapshot.translations) {
  const own = file.data.entries.filter((e) => e.review);
  const reviewed = file.data.entries.filter((e) => (e.review ?? file.data.review).status === 'reviewed');
  say(
    `   translations/${file.id}.yaml: file ${reviewText(file.data.review)}; ${reviewed.length} of ${file.data.entries.length} entries reviewed${own.length ? ` (${own.length} with their own review)` : ''}`,
  );
}
const translatedPages = snapshot.pages.filter((p) => p.data.lang);
say(
  translatedPages.length
    ? `   translated pages: ${reviewLines(translatedPages.map((p) => ({ name: `${p.id}.mdx`, review: p.data.review }))).join('; ')}`
    : '   translated pages: none in content/pages/',
);
const easy = easyReadReviews(join(dir, 'lattlast'));
say(
  easy.length
    ? `   easy-read texts: ${reviewLines(easy).join('; ')}`
    : `   easy-read texts: none in ${dir}/lattlast/`,
);
say(
  snapshot.shortPages.length
    ? `   short pages: ${reviewLines(snapshot.shortPages.map((p) => ({ name: `short/${p.id}.yaml`, review: p.data.review }))).join('; ')}`
    : '   short pages: none in content/short/',
);

say();
say(
  missingKeys
    ? `FAILED: ${missingKeys} dictionary key(s) missing. Add them to the dictionaries (src/i18n/).`
    : 'No dictionary key missing. (Unreviewed or untranslated texts are reported, not failures.)',
);
console.log(out.join('\n'));
process.exit(missingKeys ? 1 : 0);
