// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cacheDirOf } from './scripts/lib/build-cache.ts';
import { RENDER_CONCURRENCY } from './scripts/lib/astro-log.ts';

// The public URL, for canonical links, feeds and the sitemap; override per deployment.
const site = process.env.INSYN_SITE_URL ?? 'https://insyn.example.se';

// DIST_DIR gives a build its own output and cache, so parallel builds (bench, a second
// checkout's tests) never overwrite each other; `astro preview` serves the same folder.
const dist = process.env.DIST_DIR ?? 'dist';
const project = fileURLToPath(new URL('./', import.meta.url));
const own = dist === 'dist' ? '' : `-${dist.replace(/[^a-z0-9-]/gi, '_')}`;

/**
 * A quiet build: the warnings that every build printed, each known and harmless, are set aside
 * here with the reason, so that a warning in the build output is news.
 *
 * - Astro's MDX pages: Rolldown warns that the directive "use astro:head-inject" in each
 *   content/pages/*.mdx?astroPropagatedAssets module "may not be preserved when bundling".
 *   It is Astro's own marker, read before bundling; the warning is Astro's bug
 *   (withastro/astro#18087, open, "fix verified"). Only that directive in those modules is
 *   dropped: any other MODULE_LEVEL_DIRECTIVE, or any other warning, still shows.
 * - The chunk size: MapLibre is one chunk of about 1 MB (map-view.ts), loaded with import()
 *   by the map pages only. Vite's own check ("Some chunks are larger than 500 kB") cannot
 *   leave out one chunk, so it is off and `chunkSizeCheck` below does the same check for
 *   every browser chunk but MapLibre's, naming the chunk.
 */
const HEAD_INJECT = /"use astro:head-inject"/;
/** @type {NonNullable<NonNullable<import('vite').BuildOptions['rolldownOptions']>['onLog']>} */
const onLog = (level, log, handler) => {
  const astroMdxMarker =
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    /\.mdx\?astroPropagatedAssets$/.test(log.id ?? '') &&
    HEAD_INJECT.test(log.message);
  if (!(level === 'warn' && astroMdxMarker)) handler(level, log);
};

/** Vite's limit, in kB of minified code. */
const CHUNK_LIMIT_KB = 500;
/** @returns {import('vite').Plugin} */
function chunkSizeCheck() {
  return {
    name: 'insyn:chunk-size',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.code.length / 1000 <= CHUNK_LIMIT_KB) continue;
        if (chunk.moduleIds.some((id) => id.includes('/node_modules/maplibre-gl/'))) continue;
        this.warn(
          `${chunk.fileName} is ${Math.round(chunk.code.length / 1000)} kB, over ${CHUNK_LIMIT_KB} kB: load it with import() where it is needed, or split it`,
        );
      }
    },
  };
}

export default defineConfig({
  site,
  // Astro writes generated modules into <root>/.astro/ (content-modules.mjs lists the content
  // folder's MDX files), so two builds of different content folders in one checkout would
  // overwrite each other's. A build with its own DIST_DIR gets its own root for those files;
  // the source, public files and output stay where they are.
  root: own ? `${project}node_modules/.astro-root${own}/` : project,
  srcDir: `${project}src`,
  publicDir: `${project}public`,
  outDir: resolve(project, dist),
  cacheDir: `${project}${cacheDirOf(dist)}`,
  trailingSlash: 'always',
  // Languages (src/i18n/languages.ts, docs/languages.md): Swedish at the root, English and Arabic
  // under /en/ and /ar/ with the same paths; easy-read Swedish (/lattlast/) and the one-page
  // languages are pages of their own. `[...lang]` routes build each page once per full locale.
  i18n: {
    locales: [
      'sv',
      'en',
      'ar',
      'so',
      'ti',
      { path: 'fa-af', codes: ['fa-AF'] },
      { path: 'lattlast', codes: ['sv-x-lattlast'] },
    ],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: false },
  },
  // concurrency: pages rendered at a time. Rendering is one thread either way, but with one page
  // at a time the build waits for every file write: at 10,000 pages, 4 took the render from
  // about 50 s to 30 s on 2 cores (docs/benchmark.md). scripts/build.ts reads Astro's log with it.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: RENDER_CONCURRENCY },
  integrations: [
    mdx(),
    // sitemap-index.xml, linked from /robots.txt; per-year number pages only forward to a measure.
    // Alternates (xhtml:link) pair pages with the same path under each language's prefix; the
    // one-page languages pair with the home pages. Easy-read is Swedish, not an alternate language.
    sitemap({
      filter: (page) => !/\/planer\/\d{4}\/\d+\.\d+\/$/.test(page),
      i18n: {
        defaultLocale: 'sv',
        locales: { sv: 'sv', en: 'en', ar: 'ar', so: 'so', ti: 'ti', 'fa-af': 'fa-AF' },
      },
    }),
  ],
  vite: {
    build: { chunkSizeWarningLimit: Infinity, rolldownOptions: { onLog } },
    plugins: [chunkSizeCheck()],
  },
  // No prefetch, no remote images: everything is served from this site.
  devToolbar: { enabled: false },
  // No code blocks in the content; Shiki's inline styles would also clash with the CSP below.
  markdown: { syntaxHighlight: false },
  // The Content-Security-Policy, in this one place. Astro writes it into every page as a
  // <meta http-equiv> tag and adds the hash of each script and style it emits. A <meta> policy
  // cannot carry frame-ancestors, report-uri/report-to or sandbox: set those as HTTP headers
  // on the server (see docs/security.md). Nothing may load from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'", // Pagefind's index, the map's GeoJSON
        "img-src 'self' data:", // data: for the SVG icons in MapLibre's stylesheet
        "worker-src 'self'", // MapLibre's and Pagefind's workers, same-origin files
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval().
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        // Bars sized by data use style="inline-size:…"; attributes only, never <style> or script.
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
});
