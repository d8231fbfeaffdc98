// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public URL, for canonical links, feeds and the sitemap; override per deployment.
const site = process.env.INSYN_SITE_URL ?? 'https://insyn.example.se';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // No prefetch, no remote images: everything is served from this site.
  devToolbar: { enabled: false },
});
