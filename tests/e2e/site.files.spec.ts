/**
 * Whole-site gates that need no browser, on every built page in every language, read from
 * dist/ in Node (the `files` project of playwright.config.ts starts no browser): internal
 * links and anchors, the CSP meta policy, lang/dir, nothing loaded from another host, the
 * footer's accessibility link, caveats beside low-confidence measures, glossary links, and
 * where the chart code is. What only a browser can see (axe, keyboard, reflow, CSP
 * enforcement) runs on one page per type and language (sample-pages.ts); see docs/tests.md.
 * Each test reports every offending page at once, so one run lists all there is to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { dictOf } from '../../src/i18n/index.ts';
import { languageOfPath, languages, unlocalizePath } from '../../src/i18n/languages.ts';
import { parsePolicy } from '../../scripts/lib/serving/rules.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { translate } from '../../src/lib/text/translate.ts';
import {
  LOCAL,
  builtLanguages,
  contentPages,
  dist,
  idsAt,
  servedFile,
  sitePages,
  unbuiltLanguageOf,
} from './built-site.ts';
import { closest, elements, first, langOf, textOf, texts, type Element } from './html-tree.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);

/** The links a reader can follow: <a> and <area> (SVG <a> included), with their href. */
function links(root: Element): { el: Element; href: string }[] {
  return [...elements(root, 'a', 'area')].flatMap((el) => {
    const href = el.attrs.href ?? el.attrs['xlink:href'];
    return href === undefined ? [] : [{ el, href }];
  });
}

test('every page has pages built, in every language the site has', () => {
  expect(contentPages().length).toBeGreaterThan(100);
  expect(builtLanguages()).toEqual(expect.arrayContaining(['sv', 'en', 'ar']));
});

test('no internal link or anchor on any built page is broken', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of sitePages()) {
    const base = new URL(page.path, LOCAL);
    for (const { href } of links(page.tree)) {
      const url = new URL(href, base);
      if (url.origin !== LOCAL) continue;
      if (unbuiltLanguageOf(url.pathname)) continue; // reported by the test after this one
      checked++;
      if (!servedFile(url.pathname)) {
        broken.push(`${page.path} links to ${url.pathname}, which the build does not have`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsAt(url.pathname).has(id))
        broken.push(`${page.path} links to ${url.pathname}#${id}, an anchor that page does not have`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test('every language the pages link to has its pages built', () => {
  const missing = new Set<string>();
  for (const page of sitePages())
    for (const { href } of links(page.tree)) {
      const url = new URL(href, new URL(page.path, LOCAL));
      if (url.origin === LOCAL && unbuiltLanguageOf(url.pathname)) missing.add(url.pathname);
    }
  expect([...missing].sort()).toEqual([]);
});

test('every page carries a strict CSP meta policy without inline scripts or foreign hosts', () => {
  const problems: string[] = [];
  for (const page of sitePages()) {
    const metas = [...elements(page.tree, 'meta')].filter(
      (m) => m.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
    );
    if (metas.length !== 1) {
      problems.push(`${page.path} has ${metas.length} CSP meta tags`);
      continue;
    }
    const policy = parsePolicy(metas[0].attrs.content ?? '');
    const expectOne = (name: string, value: string) => {
      if (JSON.stringify(policy.get(name)) !== JSON.stringify([value]))
        problems.push(`${page.path} ${name} is ${policy.get(name)?.join(' ')}, not ${value}`);
    };
    expectOne('default-src', "'self'");
    expectOne('object-src', "'none'");
    expectOne('base-uri', "'self'");
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr'])
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*'])
        if (policy.get(name)?.includes(bad)) problems.push(`${page.path} ${name} allows ${bad}`);
    // Only this site: no scheme or host sources anywhere (data: only for images).
    for (const [name, values] of policy)
      for (const v of values)
        if (!(v.startsWith("'") || (name === 'img-src' && v === 'data:')))
          problems.push(`${page.path} ${name} allows ${v}`);
  }
  expect(problems).toEqual([]);
});

test("every page's <html> has its language's lang and dir", () => {
  const wrong = sitePages()
    .map((page) => {
      const html = first(page.tree, 'html');
      const { lang, dir } = languages[page.language];
      // A number's forwarding page (no text, Swedish only) needs no direction of its own.
      const want = page.redirect ? `lang=${lang}` : `lang=${lang} dir=${dir}`;
      const got = page.redirect
        ? `lang=${html?.attrs.lang}`
        : `lang=${html?.attrs.lang} dir=${html?.attrs.dir}`;
      return got === want ? '' : `${page.path}: ${got}, not ${want}`;
    })
    .filter(Boolean);
  expect(wrong).toEqual([]);
  expect(new Set(contentPages().map((p) => first(p.tree, 'html')?.attrs.dir))).toEqual(
    new Set(['ltr', 'rtl']),
  );
});

/** Whether a URL in a page would load from this site (relative) and not from another host. */
const isLocal = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith('//');
const LOADED_LINKS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

test('no page loads anything from another host: scripts, styles, images, frames, forms, CSS urls', () => {
  const remote: string[] = [];
  const check = (page: string, what: string, url: string | undefined, dataOk = false) => {
    if (url === undefined || isLocal(url) || (dataOk && url.startsWith('data:'))) return;
    remote.push(`${page} ${what} ${url}`);
  };
  const cssUrls = (text: string) => [...text.matchAll(/url\(\s*['"]?([^'")\s]+)/g)].map((m) => m[1]);
  for (const page of sitePages()) {
    for (const el of elements(page.tree)) {
      const a = el.attrs;
      switch (el.name) {
        case 'script':
        case 'iframe':
        case 'embed':
        case 'audio':
        case 'track':
          check(page.path, el.name, a.src);
          break;
        case 'img':
        case 'source':
          check(page.path, el.name, a.src, true);
          for (const part of (a.srcset ?? '').split(',').filter((s) => s.trim()))
            check(page.path, `${el.name} srcset`, part.trim().split(/\s+/)[0], true);
          break;
        case 'video':
          check(page.path, 'video', a.src);
          check(page.path, 'video poster', a.poster, true);
          break;
        case 'object':
          check(page.path, 'object', a.data);
          break;
        case 'image':
        case 'use':
          check(page.path, `svg ${el.name}`, a.href ?? a['xlink:href'], true);
          break;
        case 'form':
          check(page.path, 'form action', a.action);
          break;
        case 'link':
          if (LOADED_LINKS.test(a.rel ?? '')) check(page.path, `link rel=${a.rel}`, a.href, true);
          break;
        case 'style':
          for (const u of cssUrls(textOf(el))) check(page.path, '<style> url()', u, true);
          break;
      }
      if (a.style) for (const u of cssUrls(a.style)) check(page.path, 'style url()', u, true);
    }
  }
  for (const file of readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const u of cssUrls(css)) check(`/_astro/${file}`, 'url()', u, true);
    for (const m of css.matchAll(/@import\s+['"]([^'"]+)/g)) check(`/_astro/${file}`, '@import', m[1]);
  }
  expect(remote).toEqual([]);
});

for (const language of builtLanguages()) {
  test(`${language}: every page's footer links to the accessibility statement and the open data`, () => {
    const t = dictOf(language);
    const wanted = [
      { path: '/tillganglighet/', label: t.nav.accessibility },
      { path: '/data/', label: t.data.nav },
    ];
    const without: string[] = [];
    for (const page of contentPages().filter((p) => p.language === language)) {
      const footer = [...elements(page.tree, 'footer')].at(-1);
      for (const { path, label } of wanted)
        if (
          !footer ||
          !links(footer).some(({ el, href }) => unlocalizePath(href) === path && textOf(el).trim() === label)
        )
          without.push(`${page.path}: no "${label}" link to ${path}`);
    }
    expect(without).toEqual([]);
  });

  test(`${language}: every page has one h1 and, first of all, a skip link to its main content`, () => {
    const problems: string[] = [];
    for (const page of contentPages().filter((p) => p.language === language)) {
      const h1 = [...elements(page.tree, 'h1')].length;
      if (h1 !== 1) problems.push(`${page.path}: ${h1} h1 headings`);
      const body = first(page.tree, 'body');
      const firstLink = body ? links(body)[0] : undefined;
      if (firstLink?.href !== '#innehall' || textOf(firstLink.el).trim() !== dictOf(language).site.skip)
        problems.push(`${page.path}: the first link is not the skip link "${dictOf(language).site.skip}"`);
      if (!first(page.tree, 'main') || first(page.tree, 'main')!.attrs.id !== 'innehall')
        problems.push(`${page.path}: no <main id="innehall">`);
    }
    expect(problems).toEqual([]);
  });
}

test('every page tells its search forms apart: at most one search landmark without a name, no two with the same', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    const names = [...elements(page.tree, 'form', 'search')]
      .filter((el) => el.name === 'search' || el.attrs.role === 'search')
      .map((el) => el.attrs['aria-label'] ?? el.attrs['aria-labelledby'] ?? '');
    if (names.filter((n) => n === '').length > 1)
      problems.push(`${page.path}: two search landmarks without a name`);
    const named = names.filter(Boolean);
    if (new Set(named).size < named.length) problems.push(`${page.path}: two search landmarks named alike`);
  }
  expect(problems).toEqual([]);
});

/** The content of a page's <meta name|property=…>. */
const metaOf = (tree: Element, key: string) =>
  [...elements(tree, 'meta')].find((m) => m.attrs.name === key || m.attrs.property === key)?.attrs.content;

test('every page has its own title, a description, a canonical URL and Open Graph tags with a local image', () => {
  const problems: string[] = [];
  const titles = new Map<string, string>(); // language + title → path
  for (const page of contentPages().filter((p) => p.type !== '404')) {
    const say = (what: string) => problems.push(`${page.path}: ${what}`);
    const title = textOf(first(page.tree, 'title')!);
    if (!/Insyn/.test(title)) say(`title "${title}" does not name Insyn`);
    const key = `${page.language} ${title}`;
    if (titles.has(key)) say(`same title as ${titles.get(key)}: "${title}"`);
    titles.set(key, page.path);
    const description = metaOf(page.tree, 'description') ?? '';
    if (description.length <= 20) say(`description "${description}"`);
    const canonical = [...elements(page.tree, 'link')].find((l) => l.attrs.rel === 'canonical')?.attrs.href;
    if (!canonical || new URL(canonical).pathname !== page.path) say(`canonical ${canonical}`);
    if (metaOf(page.tree, 'og:url') !== canonical) say(`og:url ${metaOf(page.tree, 'og:url')}`);
    if (!metaOf(page.tree, 'og:title')) say('no og:title');
    if (metaOf(page.tree, 'og:description') !== description) say('og:description is not the description');
    // A single measure, minutes or document is an article; lists and sections are the website.
    const article = /^\/(atgarder|protokoll|dokument)\/[^/]+\/$/.test(unlocalizePath(page.path));
    if (metaOf(page.tree, 'og:type') !== (article ? 'article' : 'website'))
      say(`og:type ${metaOf(page.tree, 'og:type')}`);
    if (!metaOf(page.tree, 'og:image:alt')) say('no og:image:alt');
    if (metaOf(page.tree, 'twitter:card') !== 'summary_large_image') say('twitter:card');
    const image = new URL(metaOf(page.tree, 'og:image') ?? '', LOCAL);
    if (!canonical || image.origin !== new URL(canonical).origin)
      say(`og:image ${image.href} is not on the site`);
    if (!image.pathname.endsWith('.png') || !servedFile(image.pathname))
      say(`og:image ${image.pathname} is not a PNG the build has`);
  }
  expect(problems).toEqual([]);
});

test("every page's og:locale is its language with a territory (sv_SE)", () => {
  const wrong = contentPages()
    .filter((p) => p.type !== '404')
    .filter((page) => {
      const locale = metaOf(page.tree, 'og:locale') ?? '';
      const lang = languages[page.language].lang.split('-')[0];
      return page.language === 'sv' ? locale !== 'sv_SE' : !new RegExp(`^${lang}_[A-Z]{2}$`).test(locale);
    })
    .map((p) => `${p.path}: ${metaOf(p.tree, 'og:locale')}`);
  expect(wrong).toEqual([]);
});

test('no page calls a text "Kommunens egen text" (a party\'s note is not the municipality\'s words)', () => {
  const pages = contentPages()
    .filter((p) => p.html.includes('Kommunens egen text'))
    .map((p) => p.path);
  expect(pages).toEqual([]);
});

/** A main element's text, as a reader sees it without markup. */
const mainText = (tree: Element) => {
  const main = first(tree, 'main');
  return main ? textOf(main) : '';
};

for (const language of builtLanguages()) {
  test(`${language}: every page that shows a low-confidence measure shows its caveat`, () => {
    const low = site.measures.filter((m) => m.data.confidence === 'low');
    expect(low.map((m) => m.id)).toContain('skaggetorpsskolan-hogstadium');
    let shown = 0;
    const missing: string[] = [];
    for (const page of contentPages().filter((p) => p.language === language)) {
      const main = first(page.tree, 'main');
      if (!main) continue;
      // Where the link goes (this language or Swedish) is the language-links test's business.
      const targets = new Set(links(main).map(({ href }) => unlocalizePath(href.split('#')[0])));
      for (const m of low) {
        const path = `/atgarder/${m.id}/`;
        if (!targets.has(path) && unlocalizePath(page.path) !== path) continue;
        shown++;
        const caveat = m.data.caveat ?? '';
        const expected = translate(site.translations, language, caveat)?.text ?? caveat;
        if (!mainText(page.tree).includes(expected))
          missing.push(`${page.path} shows ${m.id} without its caveat`);
      }
    }
    expect(missing).toEqual([]);
    if (languages[language].scope === 'full') expect(shown).toBeGreaterThan(5); // measure pages, plan lists, district tables, the list of measures
  });
}

test('the first use of a glossary word on a page links to its entry', () => {
  // Words rendered through components (answers, caveats, source labels, boundary note, facts, notes).
  const words: [string, string][] = [
    ['protokollsanteckning', 'protokollsanteckning'],
    ['osäker uppgift', 'osaker-uppgift'],
    ['registreringsdistrikt', 'registreringsdistrikt'],
    ['basområde', 'basomrade'],
    ['låg ekonomisk standard', 'lag-ekonomisk-standard'],
    ['sspf', 'sspf'],
    ['sekundär källa', 'sekundar-kalla'],
  ];
  // Easy-read pages explain a hard word where it first stands, in the sentence (MTM's rule), not by a link.
  const pages = contentPages().filter(
    (p) =>
      languages[p.language].scope !== 'easy' &&
      /^\/(omraden|protokoll|atgarder)\/[^/]+\/$|^\/planer\/\d{4}\/$/.test(unlocalizePath(p.path)),
  );
  expect(pages.length).toBeGreaterThan(10);
  const wrong: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const main = first(page.tree, 'main');
    if (!main) continue;
    const pageLang = languages[page.language].lang;
    const found = new Map<string, string | null>();
    for (const node of texts(main)) {
      // A heading names its section; the explaining link follows in the text under it.
      if (closest(node, (el) => /^h[1-6]$/.test(el.name))) continue;
      // On an English or Arabic page, a Swedish quotation is not where the page explains a word.
      if (langOf(node) !== pageLang) continue;
      const text = node.text.toLocaleLowerCase('sv');
      for (const [word] of words) {
        if (found.has(word) || !text.includes(word)) continue;
        found.set(word, closest(node, (el) => el.name === 'a')?.attrs.href ?? null);
      }
    }
    for (const [word, id] of words) {
      if (!found.has(word)) continue;
      checked++;
      const href = found.get(word);
      // The entry in this language or in Swedish: which one is the language-links test's business.
      if (href === null || unlocalizePath(href!) !== `/ordlista/#${id}`)
        wrong.push(`${page.path}: first "${word}" links to ${href}, not the glossary's #${id}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(10);
});

for (const language of builtLanguages().filter((id) => languages[id].scope === 'full')) {
  test(`${language}: every link to a page stays in the page's language unless it says where it goes`, () => {
    const stray = new Map<string, Set<string>>(); // target → pages
    for (const page of contentPages().filter((p) => p.language === language)) {
      for (const { el, href } of links(page.tree)) {
        if (closest(el, (e) => e.name === 'details' && /\blanguages\b/.test(e.attrs.class ?? ''))) continue;
        const url = new URL(href, new URL(page.path, LOCAL));
        if (url.origin !== LOCAL || !url.pathname.endsWith('/')) continue; // files (data, feeds) are Swedish
        // A link marked with the language it leads to (hreflang or lang) may leave the page's language.
        if (el.attrs.hreflang || el.attrs.lang) continue;
        if (languageOfPath(url.pathname) === language) continue;
        if (!stray.has(url.pathname)) stray.set(url.pathname, new Set());
        stray.get(url.pathname)!.add(page.path);
      }
    }
    expect(
      [...stray].map(([target, from]) => `${target} from ${from.size} pages, e.g. ${[...from][0]}`),
    ).toEqual([]);
  });
}

test('only pages with a chart reference the chart code in the built HTML', () => {
  const wrong = contentPages()
    .filter(
      (p) => p.html.includes('<insyn-chart') !== /Chart\.astro_astro_type_script|render-chart/.test(p.html),
    )
    .map((p) => p.path);
  expect(wrong).toEqual([]);
  expect(contentPages().filter((p) => p.html.includes('<insyn-chart')).length).toBeGreaterThan(1);
});
