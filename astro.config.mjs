// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public URL, for canonical links, feeds and the sitemap; override per deployment.
const site = process.env.INSYN_SITE_URL ?? 'https://insyn.example.se';

// DIST_DIR gives a build its own output and cache, so parallel builds (bench, a second
// checkout's tests) never overwrite each other; `astro preview` serves the same folder.
const dist = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  site,
  outDir: dist,
  cacheDir: dist === 'dist' ? './node_modules/.astro' : `./node_modules/.astro-${dist.replace(/[^a-z0-9-]/gi, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // No prefetch, no remote images: everything is served from this site.
  devToolbar: { enabled: false },
});
