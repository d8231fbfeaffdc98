/**
 * The built site as files, for the whole-site checks that run in Node (`*.files.spec.ts`,
 * the `files` project: no browser). Every HTML page of dist/ with its language and page
 * type, parsed once per worker into a small tree (html-tree.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, pageTypeOf } from '../../scripts/lib/built-pages.ts';
import { languageIds, languageOfPath, type LanguageId } from '../../src/i18n/languages.ts';
import { elements, parseHtml, type Element } from './html-tree.ts';

export const dist = process.env.DIST_DIR ?? 'dist';

/** The origin page links are resolved against; links to any other origin are external. */
export const LOCAL = 'http://local.invalid';

export interface SitePage {
  /** the URL path ("/en/atgarder/x/"; "/404.html" for the not-found page) */
  path: string;
  file: string;
  language: LanguageId;
  /** from the path (scripts/lib/built-pages.ts): home, list, editorial, atgarder/*, …, 404 */
  type: string;
  /** a forwarding page (meta refresh) of a plan's number */
  redirect: boolean;
  html: string;
  tree: Element;
}

let cache: SitePage[] | undefined;

/** Every built HTML page: content pages, number redirects and the 404 page. */
export function sitePages(): SitePage[] {
  if (cache) return cache;
  const content = builtPages(dist);
  const all = new Set(content);
  const redirects = new Set(builtPages(dist, 'redirects'));
  const paths = [...builtPages(dist, 'all'), ...(existsSync(join(dist, '404.html')) ? ['/404.html'] : [])];
  cache = paths.map((path) => {
    const file = path === '/404.html' ? join(dist, '404.html') : join(dist, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    let tree: Element | undefined;
    return {
      path,
      file,
      language: languageOfPath(path),
      type: path === '/404.html' ? '404' : redirects.has(path) ? 'redirect' : pageTypeOf(path, all),
      redirect: redirects.has(path),
      html,
      get tree() {
        return (tree ??= parseHtml(html));
      },
    };
  });
  return cache;
}

/** The pages a reader reads: no forwarding pages. */
export const contentPages = () => sitePages().filter((p) => !p.redirect);

/** The file a local URL path is served from, or undefined when there is none ("/x/" → x/index.html). */
export function servedFile(pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(dist, rel.endsWith('/') ? `${rel}index.html` : rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const idCache = new Map<string, Set<string>>();

/** The ids in the HTML file a URL path serves (empty for other files). */
export function idsAt(pathname: string): Set<string> {
  const file = servedFile(pathname);
  if (!file) return new Set();
  if (!idCache.has(file)) {
    const page = sitePages().find((p) => p.file === file);
    idCache.set(
      file,
      page
        ? new Set([...elements(page.tree)].flatMap((el) => (el.attrs.id ? [el.attrs.id] : [])))
        : new Set(),
    );
  }
  return idCache.get(file)!;
}

/** The languages with at least one built page; links into any other are reported apart (site.files.spec.ts). */
export function builtLanguages(): LanguageId[] {
  const built = new Set(sitePages().map((p) => p.language));
  return languageIds.filter((id) => built.has(id));
}

/** The language a local path belongs to when that language has no page built at all, else undefined. */
export function unbuiltLanguageOf(pathname: string): LanguageId | undefined {
  const id = languageOfPath(pathname);
  return builtLanguages().includes(id) ? undefined : id;
}
