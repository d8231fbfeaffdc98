/**
 * The built site's pages, read from the output folder (directory format: <path>/index.html),
 * so tests and the bench cover new pages without a hand-written list.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  languageIds,
  languageOfPath,
  localizePath,
  unlocalizePath,
  type LanguageId,
} from '../../src/i18n/languages.ts';

/**
 * The start of a built page up to its </head> (the whole file if it has none): what the
 * build's steps need from every page (its CSP, whether it forwards) without reading 10,000
 * whole pages again.
 */
export function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    let text = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(16 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, text.length);
      if (n === 0) return text.toString('utf8');
      // Searched from a little before the new chunk: the tag may be split between two reads.
      const from = Math.max(0, text.length - 7);
      text = Buffer.concat([text, chunk.subarray(0, n)]);
      const end = text.indexOf('</head>', from);
      if (end >= 0) return text.subarray(0, end + 7).toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
}

/** A built page that only forwards to another (meta refresh), like /planer/2023/5.4/. */
function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/i.test(headOf(file));
}

/**
 * Every built page's URL path, read from dist/ (so new pages are tested without listing them).
 * `content` leaves out redirect stubs, which navigate away at once; `redirects` is only those.
 */
export function builtPages(
  dist = process.env.DIST_DIR ?? 'dist',
  kind: 'content' | 'redirects' | 'all' = 'content',
): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        if (kind !== 'all' && isRedirect(path) !== (kind === 'redirects')) continue;
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * A built page's type, from its path alone (so new pages and languages need no list):
 * the path without its language prefix; "/" is `home`; a one-segment page is `list` when
 * two or more pages lie under it (/atgarder/), `editorial` when it is an MDX page of
 * content/pages (/om/), else its own type (/statistik/, though /statistik/omraden/ lies under
 * it: one sub-page does not make a page a list of entries, and classing it as one would put
 * it in the list pages' sample instead of the largest list, /omraden/); a deeper page is its
 * parents plus "*" (/atgarder/x/ → `atgarder/*`, /planer/jamfor/2022-2023/ → `planer/jamfor/*`).
 */
export function pageTypeOf(
  path: string,
  pages: ReadonlySet<string>,
  editorial: ReadonlySet<string> = editorialPages(),
): string {
  const rest = unlocalizePath(path);
  const segments = rest.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  if (segments.length === 1) {
    if ([...pages].filter((p) => p !== path && p.startsWith(path)).length >= 2) return 'list';
    return editorial.has(rest) ? 'editorial' : segments[0];
  }
  return `${segments.slice(0, -1).join('/')}/*`;
}

/** The editorial pages' Swedish paths ("/om/"): one per MDX file of content/pages. */
function editorialPages(dir = process.env.INSYN_CONTENT_DIR ?? 'content'): Set<string> {
  const folder = join(dir, 'pages');
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/${f.slice(0, -4)}/`),
  );
}

export interface SamplePage {
  path: string;
  language: LanguageId;
  type: string;
}

/**
 * One page per page type and language, for the checks that need a browser (axe, keyboard,
 * reflow): of each type, the page whose Swedish version is largest (it shows the most
 * components: notes, caveats, timelines), at the same path in every language that has
 * it; where a language lacks that path (easy-read has fewer pages), its largest page of
 * the type. Sorted by language, then type.
 */
export function samplePages(dist = process.env.DIST_DIR ?? 'dist'): SamplePage[] {
  const pages = builtPages(dist);
  const all = new Set(pages);
  const size = (p: string) => statSync(join(dist, p, 'index.html')).size;
  const groups = new Map<string, { language: LanguageId; type: string; paths: string[] }>();
  for (const path of pages) {
    const language = languageOfPath(path);
    const type = pageTypeOf(path, all);
    const key = `${language} ${type}`;
    if (!groups.has(key)) groups.set(key, { language, type, paths: [] });
    groups.get(key)!.paths.push(path);
  }
  const largest = (paths: string[]) => [...paths].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
  const swedish = new Map(
    [...groups.values()].filter((g) => g.language === 'sv').map((g) => [g.type, largest(g.paths)]),
  );
  return [...groups.values()]
    .map(({ language, type, paths }) => {
      const same = swedish.has(type) ? localizePath(language, swedish.get(type)!) : undefined;
      return { path: same && paths.includes(same) ? same : largest(paths), language, type };
    })
    .sort((a, b) =>
      a.language === b.language
        ? a.type < b.type
          ? -1
          : 1
        : languageIds.indexOf(a.language) - languageIds.indexOf(b.language),
    );
}
