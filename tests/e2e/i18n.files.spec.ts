/**
 * Languages over the whole built site, in Node (the `files` project): every page exists in
 * every full language, hreflang alternates are symmetric, name x-default and point at built
 * pages in the language they claim, the sitemap lists the same alternates, and the language
 * menu on every page leads to the same page in each language (or its nearest parent).
 * The browser side (lang/dir rendered per page type, the menu clicked, right-to-left layout,
 * axe per type and language) is in i18n.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import {
  fullLocales,
  languageIds,
  languageOfPath,
  languages,
  localizePath,
  unlocalizePath,
} from '../../src/i18n/languages.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { swedishPages } from '../../src/lib/urls/page-list.ts';
import { nearestPage } from '../../src/lib/urls/page-list.ts';
import { LOCAL, contentPages, dist, servedFile, sitePages, unbuiltLanguageOf } from './built-site.ts';
import { closest, elements, first, textOf, texts, type Element } from './html-tree.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);

/** A page's hreflang alternates: hreflang → local path. */
function alternatesOf(tree: Element): Map<string, string> {
  const head = first(tree, 'head');
  return new Map(
    head
      ? [...elements(head, 'link')]
          .filter((l) => l.attrs.rel === 'alternate' && l.attrs.hreflang)
          .map((l) => [l.attrs.hreflang, new URL(l.attrs.href).pathname])
      : [],
  );
}

const pageAt = new Map(sitePages().map((p) => [p.path, p]));

for (const locale of fullLocales) {
  test(`${locale}: every page of the Swedish site is built at the same path, and no other`, () => {
    const expected = swedishPages(site)
      .map((p) => localizePath(locale, p))
      .sort();
    const built = contentPages()
      .filter((p) => p.language === locale && p.type !== '404')
      .map((p) => p.path)
      .sort();
    expect(built).toEqual(expected);
  });
}

test('hreflang alternates: self and x-default included, symmetric, each pointing at a built page in its language', () => {
  const problems: string[] = [];
  let withAlternates = 0;
  for (const page of contentPages().filter((p) => p.type !== '404')) {
    const alts = alternatesOf(page.tree);
    const fullPage =
      languages[page.language].scope === 'full' &&
      fullLocales.every((l) => pageAt.has(localizePath(l, unlocalizePath(page.path))));
    if (alts.size === 0) {
      // Every page that exists in all full languages must say so (the 404 page is not an address).
      if (fullPage) problems.push(`${page.path} exists in every full language but has no hreflang`);
      continue;
    }
    withAlternates++;
    const own = languages[page.language].lang;
    if (alts.get(own) !== page.path)
      problems.push(`${page.path}: hreflang=${own} is ${alts.get(own)}, not itself`);
    const svVersion = alts.get('sv');
    if (!alts.has('x-default')) problems.push(`${page.path} has no x-default`);
    else if (alts.get('x-default') !== svVersion)
      problems.push(`${page.path}: x-default is ${alts.get('x-default')}, not the Swedish page ${svVersion}`);
    if (fullPage)
      for (const l of fullLocales)
        if (alts.get(languages[l].lang) !== localizePath(l, unlocalizePath(page.path)))
          problems.push(`${page.path}: hreflang=${l} is ${alts.get(languages[l].lang)}`);
    for (const [hreflang, target] of alts) {
      if (hreflang === 'x-default' || target === page.path) continue;
      if (unbuiltLanguageOf(target)) continue; // "every language the pages link to has its pages built"
      const other = pageAt.get(target);
      if (!other) {
        problems.push(`${page.path}: hreflang=${hreflang} → ${target}, which is not built`);
        continue;
      }
      const otherLang = first(other.tree, 'html')?.attrs.lang;
      if (otherLang !== hreflang)
        problems.push(`${page.path}: hreflang=${hreflang} → ${target}, whose <html lang> is ${otherLang}`);
      // Symmetric: B names A back, with A's language.
      if (alternatesOf(other.tree).get(own) !== page.path)
        problems.push(
          `${page.path} → ${target} (${hreflang}), but ${target} does not name ${page.path} as ${own}`,
        );
    }
  }
  expect(problems).toEqual([]);
  expect(withAlternates).toBeGreaterThan(100);
});

test('the sitemap lists every page with its hreflang alternates (xhtml:link), and only built pages', () => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const entries = new Map<string, Map<string, string>>();
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(join(dist, new URL(loc).pathname), 'utf8');
    for (const [, url] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const path = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]).pathname;
      entries.set(
        path,
        new Map(
          [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
            m[1],
            new URL(m[2]).pathname,
          ]),
        ),
      );
    }
  }
  const problems: string[] = [];
  for (const path of entries.keys())
    if (!pageAt.has(path)) problems.push(`the sitemap lists ${path}, not built`);
  let compared = 0;
  for (const page of contentPages().filter((p) => p.type !== '404')) {
    const listed = entries.get(page.path);
    if (!listed) {
      problems.push(`${page.path} is not in the sitemap`);
      continue;
    }
    // The page's own alternates (without x-default, which sitemaps do not carry) to pages that are built.
    const own = [...alternatesOf(page.tree)].filter(([h, p]) => h !== 'x-default' && pageAt.has(p));
    if (own.length === 0) continue;
    compared++;
    const got = [...listed].sort().map(([h, p]) => `${h} ${p}`);
    const want = own.sort().map(([h, p]) => `${h} ${p}`);
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${page.path}: sitemap has [${got.join(', ')}], the page [${want.join(', ')}]`);
  }
  expect(problems).toEqual([]);
  expect(compared).toBeGreaterThan(100);
});

test('the language menu on every page: each language once, in its own name, leading to the same page or its nearest parent', () => {
  // What is built, per language, as Swedish paths ("/en/omraden/" → "/omraden/").
  const builtIn = new Map(
    languageIds.map((id) => [
      id,
      new Set(
        contentPages()
          .filter((p) => p.language === id && p.type !== '404')
          .map((p) => unlocalizePath(p.path)),
      ),
    ]),
  );
  const problems: string[] = [];
  for (const page of contentPages()) {
    const menu = [...elements(page.tree, 'details')].find((d) => /\blanguages\b/.test(d.attrs.class ?? ''));
    if (!menu) {
      problems.push(`${page.path} has no language menu`);
      continue;
    }
    const items = [...elements(menu, 'a')];
    const ids = items.map((a) => languageIds.find((id) => languages[id].name === textOf(a).trim()));
    if (JSON.stringify(ids) !== JSON.stringify(languageIds))
      problems.push(`${page.path}: the menu names ${items.map((a) => textOf(a).trim()).join(', ')}`);
    const here = page.type === '404' ? '/' : unlocalizePath(page.path);
    items.forEach((a, i) => {
      const id = ids[i];
      if (!id) return;
      const href = new URL(a.attrs.href, new URL(page.path, LOCAL)).pathname;
      if (a.attrs.lang !== languages[id].lang)
        problems.push(`${page.path}: the ${id} link has lang=${a.attrs.lang}, not ${languages[id].lang}`);
      const current = a.attrs['aria-current'] === 'page';
      if (current !== (id === page.language))
        problems.push(`${page.path}: the ${id} link ${current ? 'is' : 'is not'} marked as the current page`);
      if (unbuiltLanguageOf(href)) return; // "every language the pages link to has its pages built"
      if (languageOfPath(href) !== id) problems.push(`${page.path}: the ${id} link goes to ${href}`);
      const want = localizePath(id, nearestPage(here, builtIn.get(id)!));
      if (page.type !== '404' && href !== want)
        problems.push(`${page.path}: the ${id} link goes to ${href}, not ${want}`);
      if (!servedFile(href))
        problems.push(`${page.path}: the ${id} link goes to ${href}, which is not built`);
    });
    if (closest(menu, (el) => el.name === 'header') === null)
      problems.push(`${page.path}: the menu is not in the header`);
  }
  expect(problems).toEqual([]);
});

test('Arabic pages: a Latin name in a label, the measure answer or a source list is isolated, so its brackets keep their order', () => {
  // "(التحالف من أجل Linköping (Allians för Linköping))" read as one left-to-right run from
  // "Linköping" to the last Latin word, and a phone showed "(Linköping (Allians för Linköping".
  const problems: string[] = [];
  let isolated = 0;
  const pages = contentPages().filter((p) => p.language === 'ar');
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const classed = (name: string) =>
      [...elements(page.tree, 'span')].filter((s) => (s.attrs.class ?? '').split(/\s+/).includes(name));
    // a timeline's or done list's label, and what a source in a section's list is ("– الأغلبية الحاكمة (…)")
    const labels = [...classed('kind'), ...classed('about')];
    const answer = [...elements(page.tree, 'div')].find((d) => 'data-measure-answer' in d.attrs);
    const sentences = answer ? [...elements(answer, 'p')].filter((p) => 'data-answer' in p.attrs) : [];
    for (const box of [...labels, ...sentences])
      for (const text of texts(box)) {
        // a symbol hidden from screen readers ("i") is not a name
        const own = closest(
          text,
          (el) =>
            el === box ||
            el.name === 'bdi' ||
            'dir' in el.attrs ||
            el.name === 'a' ||
            'aria-hidden' in el.attrs,
        );
        if (own?.name === 'bdi') isolated++;
        if (own === box && /\p{Script=Latin}/u.test(text.text))
          problems.push(`${page.path}: "${text.text.trim()}" not isolated in "${textOf(box).trim()}"`);
      }
  }
  expect(problems).toEqual([]);
  expect(isolated, 'the party names with their Swedish gloss are isolated').toBeGreaterThan(0);
});
