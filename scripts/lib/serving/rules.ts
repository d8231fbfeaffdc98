/**
 * How the built site is served, in one place: security headers, caching, redirects and
 * content types. Computed from the built pages (their CSP) and the content (the per-year
 * number links), then written out for nginx (nginx.ts) and for static hosts that read
 * _headers/_redirects (static-host.ts), so every server gets the same rules.
 * Pure: the script scripts/serving-rules.ts reads dist/ and content/ and passes them in.
 */

/** One Content-Security-Policy: directive name → its sources, in the page's order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

export const formatPolicy = (policy: Policy) =>
  [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/** The policy a page carries in its <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * The header policy: every page's meta policy, with the hashes of all pages together, plus
 * frame-ancestors 'none' (which a <meta> cannot carry). One policy for every path, because
 * (1) the 404 page answers at any address and static hosts join repeated header rules with a
 * comma (two policies, both enforced), so per-page headers do not carry over to _headers;
 * (2) the browser enforces the header and the meta together, so each page is still held to
 * exactly its own hashes by its meta; the header adds frame-ancestors and keeps the page
 * working and protected if either one is removed.
 * Pages must agree on everything but their hashes; otherwise the build stops.
 */
export function unionPolicy(pages: { path: string; policy: string }[]): Policy {
  if (pages.length === 0) throw new Error('serving rules: no page carries a Content-Security-Policy');
  const first = parsePolicy(pages[0].policy);
  const union: Policy = new Map([...first].map(([name, values]) => [name, values.filter((v) => !isHash(v))]));
  const hashes = new Map<string, Set<string>>();
  for (const { path, policy } of pages) {
    const parsed = parsePolicy(policy);
    const names = [...parsed.keys()].join(' ');
    if (names !== [...first.keys()].join(' '))
      throw new Error(`serving rules: ${path}: its CSP directives (${names}) differ from ${pages[0].path}'s`);
    for (const [name, values] of parsed) {
      const plain = values.filter((v) => !isHash(v)).join(' ');
      if (plain !== union.get(name)!.join(' '))
        throw new Error(
          `serving rules: ${path}: CSP ${name} "${plain}" differs from ${pages[0].path}'s "${union.get(name)!.join(' ')}"`,
        );
      for (const h of values.filter(isHash)) hashes.set(name, (hashes.get(name) ?? new Set()).add(h));
    }
  }
  for (const [name, set] of hashes) union.set(name, [...union.get(name)!, ...[...set].sort()]);
  union.set('frame-ancestors', ["'none'"]);
  return union;
}

/** Security headers on every response (values; the CSP is added by servingRules). */
export const SECURITY_HEADERS: Record<string, string> = {
  // Two years; no includeSubDomains/preload: the operator's other hosts are not ours to decide.
  'Strict-Transport-Security': 'max-age=63072000',
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn nothing about which page a reader came from.
  'Referrer-Policy': 'same-origin',
  // No page uses any of these; only features Chromium knows (an unknown one logs an error).
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Other sites cannot embed the site's files (scripts, images, the search index) by reference.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The open data (CSV, JSON, JSON Schema) is for everyone: pages on other sites may fetch it (CORS). */
export const OPEN_DATA = { prefix: '/data/', headers: { 'Access-Control-Allow-Origin': '*' } } as const;

/** Hashed files never change under the same name; everything else must be revalidated at once. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  // A corrected fact must reach readers at once: HTML, feeds, data files and the sitemap are
  // revalidated on every use (cheap: ETag/Last-Modified answer 304). The same as static hosts' default.
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** Paths whose names change when their content does (Astro's /_astro/, Pagefind's hashed index files). */
export const IMMUTABLE_PATTERNS = [/^\/_astro\//, /^\/pagefind\/.*\.pf_(fragment|index|meta|filter)$/];
export const isImmutable = (path: string) => IMMUTABLE_PATTERNS.some((re) => re.test(path));

/** Content type by file extension, for every kind of file the build writes. */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  csv: 'text/csv',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
  // Pagefind's files are its own binary formats (already compressed by Pagefind).
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Feeds are XML files that readers must recognise as RSS: /flode.xml, /flode/<district>.xml, and each language's under its prefix. */
export const FEED_PATTERN = /^(\/[a-z-]+)?\/flode(\/[^/]+)?\.xml$/;
export const FEED_TYPE = 'application/rss+xml';

/** Text types that are sent with "; charset=utf-8". */
export const CHARSET_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/csv',
  'text/plain',
  'application/json',
  'application/xml',
  FEED_TYPE,
  'image/svg+xml',
  'application/manifest+json',
];

/** Extensions precompressed beside the file as .gz and .br (Pagefind's own files are already compressed). */
export const COMPRESSIBLE = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'xml',
  'csv',
  'txt',
  'svg',
  'webmanifest',
  'wasm',
];

export const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

export function contentTypeOf(path: string): string {
  const type = FEED_PATTERN.test(path) ? FEED_TYPE : CONTENT_TYPES[extensionOf(path)];
  if (!type)
    throw new Error(
      `serving rules: ${path}: no content type for ".${extensionOf(path)}" (add it to CONTENT_TYPES in scripts/lib/serving/rules.ts)`,
    );
  return CHARSET_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface ServingRules {
  headers: Record<string, string>;
  redirects: Redirect[];
  /** every served file's path ("/data/measures.csv"), without the .gz/.br copies */
  files: string[];
  notFound: string;
  /** each language's own 404 page, for a missing address under its prefix ("/en/" → "/en/404.html") */
  notFoundIn: { prefix: string; page: string }[];
}

/** A language's 404 page: <prefix>/404.html (scripts/serving-rules.ts puts Astro's <prefix>/404/index.html there). */
const LANGUAGE_NOT_FOUND = /^(\/[a-z-]+\/)404\.html$/;

export function servingRules(input: {
  pages: { path: string; policy: string }[];
  redirects: Redirect[];
  files: string[];
}): ServingRules {
  const files = input.files
    .filter((f) => !/\.(gz|br)$/.test(f) && !/^\/_(headers|redirects)$/.test(f))
    .sort();
  for (const f of files) contentTypeOf(f); // every file has a type, or the build stops here
  if (!files.includes('/404.html')) throw new Error('serving rules: the build has no /404.html');
  return {
    headers: { 'Content-Security-Policy': formatPolicy(unionPolicy(input.pages)), ...SECURITY_HEADERS },
    redirects: [...input.redirects].sort((a, b) => a.from.localeCompare(b.from)),
    files,
    notFound: '/404.html',
    notFoundIn: files.flatMap((f) => {
      const prefix = LANGUAGE_NOT_FOUND.exec(f)?.[1];
      return prefix ? [{ prefix, page: f }] : [];
    }),
  };
}
