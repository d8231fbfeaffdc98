import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contentTypeOf,
  parsePolicy,
  servingRules,
  unionPolicy,
  CACHE,
} from '../../scripts/lib/serving/rules.ts';
import { nginxSiteConf } from '../../scripts/lib/serving/nginx.ts';
import { headersFile, redirectsFile } from '../../scripts/lib/serving/static-host.ts';

const base = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const page = (path: string, ...hashes: string[]) => ({
  path,
  policy: `${base} ${hashes.map((h) => `'sha256-${h}'`).join(' ')}; style-src 'self'`,
});

test("the header policy is the pages' policy with all their hashes, plus frame-ancestors", () => {
  const policy = unionPolicy([page('/', 'b', 'a'), page('/sok/', 'a', 'c')]);
  assert.deepEqual([...policy.keys()], ['default-src', 'script-src', 'style-src', 'frame-ancestors']);
  assert.deepEqual(policy.get('script-src'), [
    "'self'",
    "'wasm-unsafe-eval'",
    "'sha256-a'",
    "'sha256-b'",
    "'sha256-c'",
  ]);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
});

test('pages whose policies differ in more than hashes stop the build', () => {
  assert.throws(
    () => unionPolicy([page('/'), { path: '/x/', policy: `${base} 'unsafe-inline'; style-src 'self'` }]),
    /\/x\/: CSP script-src/,
  );
  assert.throws(() => unionPolicy([page('/'), { path: '/y/', policy: base }]), /\/y\/: its CSP directives/);
});

test('every file needs a content type; CSV and feeds carry charset=utf-8', () => {
  assert.equal(contentTypeOf('/data/measures.csv'), 'text/csv; charset=utf-8');
  assert.equal(contentTypeOf('/flode/ryd.xml'), 'application/rss+xml; charset=utf-8');
  assert.equal(contentTypeOf('/sitemap-0.xml'), 'application/xml; charset=utf-8');
  assert.equal(contentTypeOf('/pagefind/wasm.sv.pagefind'), 'application/octet-stream');
  assert.throws(() => contentTypeOf('/bilder/karta.tiff'), /no content type for "\.tiff"/);
});

const files = [
  '/index.html',
  '/404.html',
  '/_astro/a.B1.js',
  '/_astro/b.C2.css',
  '/pagefind/pagefind.js',
  '/pagefind/fragment/sv_1.pf_fragment',
  '/pagefind/p.sv_9.pf_meta',
  '/data/plans.csv',
  '/flode.xml',
];
const rules = servingRules({
  pages: [page('/', 'a')],
  redirects: [{ from: '/planer/2023/5.4/', to: '/atgarder/x/' }],
  files,
});

test('_headers sets each header by one rule only, immutable caching only on hashed files', () => {
  const text = headersFile(rules);
  const blocks = text
    .split(/\n(?=\/)/)
    .slice(1)
    .map((b) => b.trim().split('\n'));
  const byPath = new Map(blocks.map(([path, ...lines]) => [path, lines.map((l) => l.trim())]));
  assert.ok(
    byPath
      .get('/*')!
      .some((l) => l.startsWith('Content-Security-Policy: ') && l.endsWith("frame-ancestors 'none'")),
  );
  assert.ok(
    !byPath.get('/*')!.some((l) => l.startsWith('Cache-Control')),
    'no Cache-Control on /* (it would be joined with the immutable one)',
  );
  assert.deepEqual(byPath.get('/_astro/*'), [`Cache-Control: ${CACHE.immutable}`]);
  assert.deepEqual(byPath.get('/pagefind/fragment/*'), [`Cache-Control: ${CACHE.immutable}`]);
  assert.deepEqual(byPath.get('/pagefind/p.sv_9.pf_meta'), [`Cache-Control: ${CACHE.immutable}`]);
  assert.equal(byPath.get('/pagefind/*'), undefined, 'pagefind.js is not hashed');
  assert.deepEqual(byPath.get('/data/plans.csv'), ['Content-Type: text/csv; charset=utf-8']);
});

test('_redirects and nginx answer 301 for each per-year number, with and without the slash', () => {
  assert.match(redirectsFile(rules), /^\/planer\/2023\/5\.4\/ \/atgarder\/x\/ 301!$/m);
  assert.match(redirectsFile(rules), /^\/planer\/2023\/5\.4 \/atgarder\/x\/ 301!$/m);
  const conf = nginxSiteConf(rules);
  for (const from of ['/planer/2023/5.4/', '/planer/2023/5.4'])
    assert.match(
      conf,
      new RegExp(`location = ${from.replace(/\./g, '\\.')} \\{[^}]*return 301 /atgarder/x/;`),
    );
  assert.match(conf, /error_page 404 \/404\.html;/);
  const csp = /add_header Content-Security-Policy "([^"]*)" always;/.exec(conf)?.[1];
  assert.deepEqual(parsePolicy(csp ?? '').get('frame-ancestors'), ["'none'"]);
});

test('a build without a 404 page stops', () => {
  assert.throws(
    () => servingRules({ pages: [page('/')], redirects: [], files: ['/index.html'] }),
    /no \/404\.html/,
  );
});

test("each language's 404 page answers for the missing addresses under its prefix, and is not an address itself", () => {
  const withLanguages = servingRules({
    pages: [page('/', 'a')],
    redirects: [],
    files: [...files, '/en/404.html', '/ar/404.html', '/en/flode.xml', '/en/flode/ryd.xml'],
  });
  assert.deepEqual(withLanguages.notFoundIn, [
    { prefix: '/ar/', page: '/ar/404.html' },
    { prefix: '/en/', page: '/en/404.html' },
  ]);
  assert.equal(contentTypeOf('/en/flode/ryd.xml'), 'application/rss+xml; charset=utf-8');
  const conf = nginxSiteConf(withLanguages);
  assert.match(conf, /location \/en\/ \{\n {4}error_page 404 \/en\/404\.html;/);
  assert.match(conf, /location = \/en\/404\.html \{\n {4}internal;/);
  assert.match(redirectsFile(withLanguages), /^\/en\/\* \/en\/404\.html 404$/m);
});

test('nginx: folders answer 404, its refusals show the small pages, a 405 says Allow, /data/ is open to other sites, Vary on every answer', () => {
  const conf = nginxSiteConf(rules);
  assert.match(conf, /^error_page 403 =404 \/404\.html;$/m);
  for (const status of [400, 405, 413, 414])
    assert.match(conf, new RegExp(`^error_page ${status} /_errors/${status}\\.html;$`, 'm'));
  assert.match(
    conf,
    /location = \/_errors\/405\.html \{\n {4}internal;\n[^}]*add_header Allow "GET, HEAD" always;/,
  );
  assert.match(conf, /location \^~ \/data\/ \{\n[^}]*add_header Access-Control-Allow-Origin "\*" always;/);
  assert.match(conf, /^gzip_vary off;$/m);
  // Every header set (the server's and each location's) carries Vary and the resource policy.
  const sets = conf.split(/\n(?=location )/);
  for (const set of sets.filter((s) => s.includes('add_header'))) {
    assert.match(set, /add_header Vary "Accept-Encoding" always;/, set.split('\n')[0]);
    assert.match(set, /add_header Cross-Origin-Resource-Policy "same-origin" always;/, set.split('\n')[0]);
  }
  assert.match(headersFile(rules), /^\/data\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});
