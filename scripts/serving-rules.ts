/**
 * After `astro build` and Pagefind: writes how the built site is served, from the site itself
 * (one source of truth, scripts/lib/serving/rules.ts):
 * - beside every text file its .gz and .br (scripts/lib/serving/precompress.ts: on every core,
 *   from a cache of earlier builds where a file did not change), so servers never compress per request;
 * - <dist>/_headers and <dist>/_redirects for static hosts (Netlify, Cloudflare Pages);
 * - <dist>-nginx/insyn.conf, nginx's rules (include it in a server block), and rules.json;
 * - each language's 404 page moved from Astro's <prefix>/404/index.html to <prefix>/404.html,
 *   beside the Swedish /404.html: where static hosts look for it (Cloudflare Pages: the
 *   nearest 404.html), and no longer a page of its own address among the built pages.
 * DIST_DIR and INSYN_CONTENT_DIR select the build and its content, as for the build.
 * `npm run build` (scripts/build.ts) calls servingRules() with the precompressor it already
 * started while Astro was writing pages; run alone, this file makes its own.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadContent } from './lib/load-content.ts';
import { buildSite } from '../src/lib/site/build-site.ts';
import { numberLinks } from '../src/lib/urls/number-links.ts';
import { measurePath, numberPath } from '../src/lib/urls/paths.ts';
import { COMPRESSIBLE, extensionOf, metaPolicy, servingRules as rulesOf } from './lib/serving/rules.ts';
import { nginxSiteConf } from './lib/serving/nginx.ts';
import { headersFile, redirectsFile } from './lib/serving/static-host.ts';
import { ERROR_PAGE_DIR, writeErrorPages } from './lib/serving/error-pages.ts';
import { Precompressor } from './lib/serving/precompress.ts';
import { precompressCacheOf } from './lib/build-cache.ts';
import { headOf } from './lib/built-pages.ts';

const defaultDist = process.env.DIST_DIR ?? 'dist';
export const nginxDir = (d = defaultDist) => `${d.replace(/\/+$/, '')}-nginx`;

/** Every file under dir as a site path ("/x/index.html"), without the .gz/.br copies. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`);
}

/** Moves each language's 404 page to <prefix>/404.html (see the header); does nothing the second time. */
export function move404Pages(dist = defaultDist): void {
  for (const dir of readdirSync(dist)) {
    const page = join(dist, dir, '404', 'index.html');
    if (!existsSync(page)) continue;
    renameSync(page, join(dist, dir, '404.html'));
    rmSync(join(dist, dir, '404'), { recursive: true, force: true });
  }
}

/** The built files a page's path and policy come from: pages, not the error pages or Pagefind's. */
const isPage = (f: string) =>
  f.endsWith('.html') && !f.startsWith(ERROR_PAGE_DIR) && !f.startsWith('/pagefind/');

/** The forwards from a plan year's measure numbers to the measure pages, from the content. */
function redirectsOf(contentDir: string): { from: string; to: string }[] {
  const { snapshot, problems } = loadContent(contentDir);
  if (problems.length)
    throw new Error(`serving rules: ${contentDir} has problems; run npm run check:content`);
  return numberLinks(buildSite(snapshot)).map((l) => ({
    from: numberPath(l.year, l.number),
    to: measurePath(l.measure.id),
  }));
}

/**
 * What the rules need from Astro's pages and the content. `npm run build` reads it as soon as
 * Astro is done, while the search index is still being written (at 10,000 pages about 3 s:
 * every page's head and the content); the 404 pages are left to servingRules, which moves them.
 */
export interface ServingInputs {
  /** each page's Content-Security-Policy, by its file under the output folder (/x/index.html) */
  policies: Map<string, string | undefined>;
  redirects: { from: string; to: string }[];
}

export function servingInputs({
  dist = defaultDist,
  contentDir = process.env.INSYN_CONTENT_DIR ?? 'content',
}: { dist?: string; contentDir?: string } = {}): ServingInputs {
  const policies = new Map<string, string | undefined>();
  for (const f of filesUnder(dist))
    if (isPage(f) && !/\/404\//.test(f)) policies.set(f, metaPolicy(headOf(join(dist, f))));
  return { policies, redirects: redirectsOf(contentDir) };
}

export async function servingRules({
  dist = defaultDist,
  contentDir = process.env.INSYN_CONTENT_DIR ?? 'content',
  precompressor,
  inputs,
}: {
  dist?: string;
  contentDir?: string;
  precompressor?: Precompressor;
  /** read earlier (servingInputs); what it lacks is read here */
  inputs?: ServingInputs;
} = {}): Promise<void> {
  move404Pages(dist);
  const files = filesUnder(dist).filter((f) => !f.startsWith(ERROR_PAGE_DIR));

  // The path a page answers at: /x/index.html → /x/; /404.html stays.
  const pages = files
    .filter(isPage)
    .map((f) => ({
      path: f.replace(/index\.html$/, ''),
      policy: inputs?.policies.has(f) ? inputs.policies.get(f) : metaPolicy(headOf(join(dist, f))),
    }))
    .map(({ path, policy }) => {
      if (!policy) throw new Error(`serving rules: ${path}: no <meta http-equiv="content-security-policy">`);
      return { path, policy };
    });

  const redirects = inputs?.redirects ?? redirectsOf(contentDir);

  const rules = rulesOf({ pages, redirects, files });

  const own = !precompressor;
  const pc = precompressor ?? new Precompressor(precompressCacheOf(dist));
  try {
    await pc.write(files.filter((f) => COMPRESSIBLE.includes(extensionOf(f))).map((f) => join(dist, f)));
    pc.prune();
  } finally {
    if (own) await pc.close();
  }
  const t = pc.totals;

  writeFileSync(join(dist, '_headers'), headersFile(rules));
  writeFileSync(join(dist, '_redirects'), redirectsFile(rules));
  writeErrorPages(dist); // nginx's 400/405/413/414 pages: after the pages' policies are read (they carry none)
  const out = nginxDir(dist);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'insyn.conf'), nginxSiteConf(rules));
  writeFileSync(join(out, 'rules.json'), `${JSON.stringify(rules, null, 2)}\n`);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `serving rules: ${pages.length} pages, ${rules.redirects.length} redirects, ${t.files} files precompressed ` +
      `(${t.compressed} compressed, ${t.files - t.compressed} unchanged from the cache; ${mb(t.raw)} → gzip ${mb(t.gz)}, brotli ${mb(t.br)}); ` +
      `${relative('.', resolve(dist))}/_headers, _redirects, ${relative('.', resolve(out))}/insyn.conf`,
  );
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) await servingRules();
