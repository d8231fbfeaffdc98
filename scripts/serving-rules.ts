/**
 * After `astro build` and Pagefind: writes how the built site is served, from the site itself
 * (one source of truth, scripts/lib/serving/rules.ts):
 * - beside every text file its .gz and .br (node:zlib), so servers never compress per request;
 * - <dist>/_headers and <dist>/_redirects for static hosts (Netlify, Cloudflare Pages);
 * - <dist>-nginx/insyn.conf, nginx's rules (include it in a server block), and rules.json;
 * - each language's 404 page moved from Astro's <prefix>/404/index.html to <prefix>/404.html,
 *   beside the Swedish /404.html: where static hosts look for it (Cloudflare Pages: the
 *   nearest 404.html), and no longer a page of its own address among the built pages.
 * DIST_DIR and INSYN_CONTENT_DIR select the build and its content, as for the build.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadContent } from './lib/load-content.ts';
import { buildSite } from '../src/lib/site/build-site.ts';
import { numberLinks } from '../src/lib/urls/number-links.ts';
import { measurePath, numberPath } from '../src/lib/urls/paths.ts';
import { COMPRESSIBLE, extensionOf, metaPolicy, servingRules } from './lib/serving/rules.ts';
import { nginxSiteConf } from './lib/serving/nginx.ts';
import { headersFile, redirectsFile } from './lib/serving/static-host.ts';
import { ERROR_PAGE_DIR, writeErrorPages } from './lib/serving/error-pages.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const contentDir = process.env.INSYN_CONTENT_DIR ?? 'content';
export const nginxDir = (d = dist) => `${d.replace(/\/+$/, '')}-nginx`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => `/${name.split(sep).join('/')}`);
}

for (const dir of readdirSync(dist)) {
  const page = join(dist, dir, '404', 'index.html');
  if (!existsSync(page)) continue;
  renameSync(page, join(dist, dir, '404.html'));
  rmSync(join(dist, dir, '404'), { recursive: true, force: true });
}

const files = filesUnder(dist).filter((f) => !/\.(gz|br)$/.test(f) && !f.startsWith(ERROR_PAGE_DIR));

// The path a page answers at: /x/index.html → /x/; /404.html stays.
const pages = files
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    path: f.replace(/index\.html$/, ''),
    policy: metaPolicy(readFileSync(join(dist, f), 'utf8')),
  }))
  .map(({ path, policy }) => {
    if (!policy) throw new Error(`serving rules: ${path}: no <meta http-equiv="content-security-policy">`);
    return { path, policy };
  });

const { snapshot, problems } = loadContent(contentDir);
if (problems.length) throw new Error(`serving rules: ${contentDir} has problems; run npm run check:content`);
const redirects = numberLinks(buildSite(snapshot)).map((l) => ({
  from: numberPath(l.year, l.number),
  to: measurePath(l.measure.id),
}));

const rules = servingRules({ pages, redirects, files });

let compressed = 0;
for (const f of files) {
  if (!COMPRESSIBLE.includes(extensionOf(f))) continue;
  const path = join(dist, f);
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  // A compressed copy only where it is smaller; the server then sends the file as it is.
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
  if (br.length < data.length) writeFileSync(`${path}.br`, br);
  compressed++;
}

writeFileSync(join(dist, '_headers'), headersFile(rules));
writeFileSync(join(dist, '_redirects'), redirectsFile(rules));
writeErrorPages(dist); // nginx's 400/405/413/414 pages: after the pages' policies are read (they carry none)
const out = nginxDir();
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'insyn.conf'), nginxSiteConf(rules));
writeFileSync(join(out, 'rules.json'), `${JSON.stringify(rules, null, 2)}\n`);
console.log(
  `serving rules: ${pages.length} pages, ${rules.redirects.length} redirects, ${compressed} files precompressed; ` +
    `${relative('.', resolve(dist))}/_headers, _redirects, ${relative('.', resolve(out))}/insyn.conf`,
);
