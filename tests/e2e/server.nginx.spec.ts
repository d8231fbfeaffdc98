/**
 * The site as the public gets it: the built site through nginx with the generated rules
 * (npm run serve:nginx; this file runs in its own Playwright project against it).
 * Headers on pages (in every language), assets and data files, the CSP header against each
 * page's meta policy, hreflang and language-menu targets, 404, 301s, precompressed files, and
 * framing refused by the browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { test, expect, builtPages } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { numberLinks } from '../../src/lib/urls/number-links.ts';
import { measurePath, numberPath } from '../../src/lib/urls/paths.ts';
import { metaPolicy, parsePolicy, type Policy } from '../../scripts/lib/serving/rules.ts';
import { sitePages, unbuiltLanguageOf } from './built-site.ts';
import { elements } from './html-tree.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const astroFile = (ext: string) =>
  `/_astro/${readdirSync(join(dist, '_astro')).find((f) => f.endsWith(ext))}`;
const fragment = `/pagefind/fragment/${readdirSync(join(dist, 'pagefind', 'fragment')).find((f) => f.endsWith('.pf_fragment'))}`;

const YEAR = 31_536_000;
const REVALIDATE = /^public, max-age=0, must-revalidate$/;
const IMMUTABLE = new RegExp(`^public, max-age=${YEAR}, immutable$`);

/** Path → the Content-Type and Cache-Control it must be served with. */
const served: [string, RegExp, RegExp][] = [
  ['/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/atgarder/kulturskolan-for-fler/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/en/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/en/atgarder/kulturskolan-for-fler/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/ar/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/ar/omraden/berga/', /^text\/html; charset=utf-8$/, REVALIDATE],
  [astroFile('.css'), /^text\/css; charset=utf-8$/, IMMUTABLE],
  [astroFile('.js'), /^text\/javascript; charset=utf-8$/, IMMUTABLE],
  [astroFile('.mjs'), /^text\/javascript; charset=utf-8$/, IMMUTABLE],
  ['/data/measures.csv', /^text\/csv; charset=utf-8$/, REVALIDATE],
  ['/data/measures.json', /^application\/json; charset=utf-8$/, REVALIDATE],
  ['/flode.xml', /^application\/rss\+xml; charset=utf-8$/, REVALIDATE],
  ['/flode/berga.xml', /^application\/rss\+xml; charset=utf-8$/, REVALIDATE],
  ['/en/flode.xml', /^application\/rss\+xml; charset=utf-8$/, REVALIDATE],
  ['/ar/flode/berga.xml', /^application\/rss\+xml; charset=utf-8$/, REVALIDATE],
  ['/en/atgarder/kulturskolan-for-fler/', /^text\/html; charset=utf-8$/, REVALIDATE],
  ['/sitemap-index.xml', /^application\/xml; charset=utf-8$/, REVALIDATE],
  ['/.well-known/security.txt', /^text\/plain; charset=utf-8$/, REVALIDATE],
  ['/pagefind/pagefind.js', /^text\/javascript; charset=utf-8$/, REVALIDATE],
  ['/pagefind/wasm.sv.pagefind', /^application\/octet-stream$/, REVALIDATE],
  [fragment, /^application\/octet-stream$/, IMMUTABLE],
];

/** The headers every answer carries, whatever it is. */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = parsePolicy(headers['content-security-policy'] ?? '');
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(
    Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
    `${what} HSTS`,
  ).toBeGreaterThanOrEqual(YEAR);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect(permissions, what).toContain(`${feature}=()`);
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], what).toBe('same-origin');
}

test('pages, assets, data files and feeds carry every header, their content type and their caching', async ({
  request,
}) => {
  for (const [path, type, cache] of served) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expectSecurityHeaders(headers, path);
    expect(headers['content-type'], path).toMatch(type);
    expect(headers['cache-control'], path).toMatch(cache);
  }
});

test('security.txt gives a contact, an expiry less than a year ahead and its canonical address', async ({
  request,
}) => {
  const text = await (await request.get('/.well-known/security.txt')).text();
  expect(text).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
  expect(text).toMatch(/^Canonical: https?:\/\/\S+\/\.well-known\/security\.txt$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
  expect(expires.getTime() - Date.now()).toBeGreaterThan(0);
  expect(expires.getTime() - Date.now()).toBeLessThan(YEAR * 1000);
});

const isHash = (s: string) => s.startsWith("'sha");
const withoutHashes = (p: Policy) => [...p].map(([name, values]) => [name, values.filter((v) => !isHash(v))]);

test("the CSP header is the pages' meta policy plus frame-ancestors, with the hashes of all pages", async ({
  request,
}) => {
  const pages = [...builtPages(dist), '/finns-inte/'];
  const metaHashes = new Set<string>();
  let header: string | undefined;
  for (const path of pages) {
    const res = await request.get(path);
    const meta = metaPolicy(await res.text());
    expect(meta, `${path} has a meta policy`).toBeTruthy();
    const fromMeta = parsePolicy(meta!);
    const fromHeader = parsePolicy(res.headers()['content-security-policy']);
    header ??= res.headers()['content-security-policy'];
    expect(res.headers()['content-security-policy'], `${path}: one header policy for every page`).toBe(
      header,
    );
    // Same directives in the same order with the same sources; the header adds frame-ancestors.
    expect(withoutHashes(fromHeader), path).toEqual([
      ...withoutHashes(fromMeta),
      ['frame-ancestors', ["'none'"]],
    ]);
    // Every hash the page carries is allowed by the header too, so removing the meta breaks nothing.
    for (const [name, values] of fromMeta)
      for (const h of values.filter(isHash)) {
        expect(fromHeader.get(name), `${path} ${name}`).toContain(h);
        metaHashes.add(`${name} ${h}`);
      }
  }
  // …and the header allows no hash that no page carries.
  const headerHashes = [...parsePolicy(header!)].flatMap(([name, values]) =>
    values.filter(isHash).map((h) => `${name} ${h}`),
  );
  expect(headerHashes.sort()).toEqual([...metaHashes].sort());
});

test('pages work under the header policy: search runs its WebAssembly, scripts load, no violation', async ({
  page,
}) => {
  await page.goto('/sok/?q=f%C3%B6rskola');
  await expect(page.locator('main h2 a[href^="/atgarder/forskola-fler-barn/"]')).toBeVisible();
  await page.goto('/omraden/berga/');
  await page.getByRole('button', { name: 'Flytta och zooma i kartan' }).click();
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
});

test('a missing page answers 404 with the 404 page, its search filled from the address', async ({
  page,
  consoleErrors,
}) => {
  const res = await page.goto('/atgarder/forskola-ryd/');
  expect(res?.status()).toBe(404);
  // The browser logs the document's own 404; that is the answer this test expects.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
  expectSecurityHeaders(res!.headers(), '404');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  const search = page.getByRole('main').getByRole('searchbox');
  await expect(search).toHaveValue('forskola ryd');
  for (const name of ['Planer', 'Åtgärder', 'Områden', 'Protokoll', 'Dokument'])
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      /^\/[a-z]+\/$/,
    );
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
  await page.getByRole('main').getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=forskola\+ryd$/);
});

test("a missing page under a language prefix answers 404 with that language's 404 page", async ({
  page,
  consoleErrors,
}) => {
  for (const [prefix, lang, dir] of [
    ['/en', 'en', 'ltr'],
    ['/ar', 'ar', 'rtl'],
  ] as const) {
    const res = await page.goto(`${prefix}/atgarder/forskola-ryd/`);
    expect(res?.status(), prefix).toBe(404);
    expectSecurityHeaders(res!.headers(), `${prefix} 404`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('forskola ryd');
    // Its links and its search stay in the language.
    for (const href of await page
      .getByRole('main')
      .locator('a, form')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('action') ?? '')))
      expect(href, `${prefix} 404 link`).toMatch(new RegExp(`^${prefix}/`));
    // …and it is not an address of its own.
    const own = await page.request.get(`${prefix}/404.html`);
    expect(own.status(), `${prefix}/404.html`).toBe(404);
    expect(await own.text()).toContain(`lang="${lang}"`);
  }
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
});

test('the 404 pages are valid HTML (they are not among the index.html pages the other gates walk)', async () => {
  for (const file of ['404.html', 'en/404.html', 'ar/404.html']) {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(dist, file));
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
      file,
    ).toEqual([]);
  }
});

test('the 404 page is in neither the sitemap nor the search index', async ({ page, request }) => {
  const sitemaps = await (await request.get('/sitemap-index.xml')).text();
  for (const [, loc] of sitemaps.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(loc).pathname)).text();
    expect(sitemap, loc).toContain('<urlset');
    expect(sitemap, loc).not.toMatch(/404/);
  }
  // No page of Pagefind's index is the 404 page (a fragment is one indexed page: gzipped "pagefind_dcd" + JSON)…
  const fragments = join(dist, 'pagefind', 'fragment');
  const urls = readdirSync(fragments)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(fragments, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ).url as string,
    );
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((u) => /404/.test(u))).toEqual([]);
  // …so searching for a word of its text never offers it. ("felstavad" is only on the 404 page.)
  await page.goto('/sok/?q=felstavad');
  await expect(page.getByRole('status')).toContainText('för ”felstavad”');
  expect(await page.locator('main a[href*="404"]').count()).toBe(0);
});

test('the 404 page itself is not an address: /404.html answers 404', async ({ request }) => {
  const res = await request.get('/404.html');
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain('Sidan finns inte');
});

test('every hreflang alternate and language-menu link of every page answers 200 through nginx', async ({
  request,
}) => {
  // The 404 page (html-validate, links: html-valid.files.spec.ts) is checked like the others.
  const targets = new Set<string>();
  for (const page of sitePages()) {
    for (const link of elements(page.tree, 'link'))
      if (link.attrs.rel === 'alternate' && link.attrs.hreflang)
        targets.add(new URL(link.attrs.href).pathname);
    for (const details of elements(page.tree, 'details'))
      if (/\blanguages\b/.test(details.attrs.class ?? ''))
        for (const a of elements(details, 'a')) targets.add(new URL(a.attrs.href, 'http://x').pathname);
  }
  expect(targets.size).toBeGreaterThan(100);
  const failing: string[] = [];
  for (const path of [...targets].sort()) {
    if (unbuiltLanguageOf(path)) continue; // site.files.spec.ts: "every language the pages link to has its pages built"
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() !== 200) failing.push(`${path}: ${res.status()}`);
  }
  expect(failing).toEqual([]);
});

test('an English or Arabic address without its trailing slash answers 301 to the one with it, in its language', async ({
  request,
}) => {
  for (const path of ['/en/atgarder/kulturskolan-for-fler', '/ar/omraden/berga', '/ar']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(301);
    expect(res.headers().location, path).toBe(`${path}/`);
    expectSecurityHeaders(res.headers(), path);
  }
});

test('a missing page under /en/ or /ar/ answers 404 with the not-found page in that language', async ({
  page,
  consoleErrors,
}) => {
  for (const [path, lang, dir] of [
    ['/en/atgarder/finns-inte/', 'en', 'ltr'],
    ['/ar/atgarder/finns-inte/', 'ar', 'rtl'],
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.locator('html'), path).toHaveAttribute('dir', dir);
  }
});

test('every per-year number URL answers 301 to its measure page', async ({ request }) => {
  const { snapshot } = loadContent(process.env.INSYN_CONTENT_DIR ?? 'content');
  const links = numberLinks(buildSite(snapshot));
  expect(links.length).toBeGreaterThan(0);
  // The content's links are exactly the forwarding pages the build wrote.
  expect(links.map((l) => numberPath(l.year, l.number)).sort()).toEqual(builtPages(dist, 'redirects'));
  for (const l of links) {
    const from = numberPath(l.year, l.number);
    for (const path of [from, from.slice(0, -1)]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(301);
      expect(res.headers().location, path).toBe(measurePath(l.measure.id));
      expectSecurityHeaders(res.headers(), path);
    }
  }
});

/** A raw GET (no automatic decompression), so the bytes on the wire can be compared with the files. */
function rawGet(
  url: string,
  acceptEncoding?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('an address without its trailing slash answers 301 to the one with it (one URL per page)', async ({
  request,
}) => {
  const res = await request.get('/atgarder/kulturskolan-for-fler', { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe('/atgarder/kulturskolan-for-fler/');
});

test('the precompressed .br and .gz files are served for the Accept-Encoding that asks for them', async ({
  baseURL,
}) => {
  for (const [path, file] of [
    ['/', 'index.html'],
    ['/ar/omraden/berga/', 'ar/omraden/berga/index.html'],
    ['/data/measures.csv', 'data/measures.csv'],
    [astroFile('.js'), astroFile('.js').slice(1)],
  ]) {
    for (const [accept, encoding, suffix] of [
      ['br', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
      ['gzip, deflate, br', 'br', '.br'],
      [undefined, undefined, ''],
    ] as const) {
      const res = await rawGet(new URL(path, baseURL).href, accept);
      const what = `${path} with Accept-Encoding ${accept ?? '(none)'}`;
      expect(res.headers['content-encoding'], what).toBe(encoding);
      expect(res.headers.vary, what).toMatch(/Accept-Encoding/);
      expect(
        res.body.equals(readFileSync(join(dist, `${file}${suffix}`))),
        `${what}: the bytes of ${file}${suffix}`,
      ).toBe(true);
    }
  }
});

test('a page framed by another origin is refused by the browser (frame-ancestors)', async ({
  page,
  baseURL,
}) => {
  const target = new URL('/', baseURL).href;
  // Control: the same answer with its CSP header removed (the meta policy cannot forbid framing) does load in a frame.
  await page.route(`${target}?utan-csp-header`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  // The framing page is a data: URL, an opaque origin other than the site's.
  await page.goto(
    `data:text/html,<title>framer</title><iframe name="site" src="${target}" title="Insyn"></iframe><iframe name="control" src="${target}?utan-csp-header" title="Insyn utan header"></iframe>`,
  );
  const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
  await expect(frame('control').locator('.site-header')).toBeVisible();
  // Chromium replaces a refused frame with its own error page.
  await expect.poll(() => frame('site').url()).toBe('chrome-error://chromewebdata/');
  expect(await frame('site').locator('.site-header, main#innehall').count()).toBe(0);
});

// --- Refusals, folders, CORS and Vary (issue 28) ---

test('a folder without an index page answers 404 with the 404 page, not 403', async ({ request }) => {
  for (const path of [
    '/_astro/',
    '/pagefind/',
    '/pagefind/fragment/',
    '/data/schema/',
    '/flode/',
    '/en/flode/',
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    expectSecurityHeaders(res.headers(), path);
    expect(await res.text(), path).toContain(path.startsWith('/en/') ? 'lang="en"' : 'Sidan finns inte');
  }
});

/** A request written by hand on a socket, for what an HTTP client will not send (a header line without a colon). */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** Status, headers (lowercase names) and body of a raw HTTP/1.x answer. */
function parseAnswer(answer: string) {
  const [head, ...body] = answer.split('\r\n\r\n');
  const [status, ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  return { status: Number(status.split(' ')[1]), headers, body: body.join('\r\n\r\n') };
}

test("what nginx refuses (400, 405, 413, 414) shows the site's own small page with every header, and a 405 says Allow", async ({
  request,
  baseURL,
}) => {
  const answers: [
    number,
    string,
    { status: () => number; headers: () => Record<string, string>; text: () => Promise<string> },
  ][] = [
    [405, 'POST /', await request.post('/', { data: 'x' })],
    [405, 'DELETE /en/', await request.delete('/en/')],
    [413, 'POST / with 2 MB', await request.post('/', { data: Buffer.alloc(2 * 1024 * 1024, 'a') })],
    [414, 'an address of 20,000 characters', await request.get(`/${'a'.repeat(20_000)}`)],
  ];
  const bad = parseAnswer(await rawRequest(baseURL!, 'GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n'));
  answers.push([
    400,
    'a header line without a colon',
    { status: () => bad.status, headers: () => bad.headers, text: async () => bad.body },
  ]);
  const titles: Record<number, string> = {
    400: 'Felaktig begäran',
    405: 'Metoden är inte tillåten',
    413: 'För stor begäran',
    414: 'För lång adress',
  };
  for (const [status, what, res] of answers) {
    expect(res.status(), what).toBe(status);
    expectSecurityHeaders(res.headers(), what);
    const html = await res.text();
    expect(html, what).toContain(`<h1>${titles[status]}</h1>`);
    expect(html, what).toContain('<html lang="sv">');
    expect(html, what).not.toContain('<center>nginx</center>');
    if (status === 405) expect(res.headers().allow, what).toBe('GET, HEAD');
  }
  // The pages are shown only as answers: at their own addresses they are missing pages.
  for (const status of [400, 405, 413, 414])
    expect((await request.get(`/_errors/${status}.html`)).status(), `/_errors/${status}.html`).toBe(404);
});

test('the small refusal pages are valid HTML', async () => {
  for (const status of [400, 405, 413, 414]) {
    const file = join(dist, '_errors', `${status}.html`);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(file);
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
      file,
    ).toEqual([]);
  }
});

test('the open data may be read by other sites (Access-Control-Allow-Origin), nothing else may', async ({
  request,
}) => {
  for (const path of ['/data/measures.csv', '/data/measures.json', '/data/'])
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBe('*');
  for (const path of ['/', '/flode.xml', astroFile('.js')])
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBeUndefined();
});

/** Every file of the build that has a precompressed copy beside it, as its address. */
function precompressed(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(br|gz)$/.test(name))
        found.push(`/${path.slice(dist.length + 1).replace(/\.(br|gz)$/, '')}`);
    }
  };
  walk(dist);
  return [...new Set(found)].map((f) => f.replace(/(^|\/)index\.html$/, '$1')).sort();
}

test('every file with a precompressed copy answers with one Vary: Accept-Encoding, whatever the request accepts', async ({
  baseURL,
}) => {
  const paths = precompressed();
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toContain('/robots.txt');
  const missing: string[] = [];
  for (const path of paths)
    for (const accept of [undefined, 'gzip', 'br', 'gzip, deflate, br']) {
      const { headers } = await rawGet(new URL(path, baseURL).href, accept);
      if (headers.vary !== 'Accept-Encoding')
        missing.push(`${path} (${accept ?? 'no Accept-Encoding'}): ${String(headers.vary)}`);
    }
  expect(missing).toEqual([]);
});
