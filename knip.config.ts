/**
 * Knip (npm run lint:unused) fails on a file, export or dependency that nothing uses.
 * Entry points are what runs on its own: Astro's pages, content.config.ts and
 * middleware (found by Knip's Astro plugin), the MDX pages in content/pages (they import
 * components), the command-line scripts, the tests and the Playwright config (its plugin).
 * Client scripts are reached through the <script> of the .astro file that loads them.
 * scripts/lib/sync-digest.ts is preloaded into Astro's process by path (node --import).
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    'scripts/*.ts',
    'scripts/lib/sync-digest.ts',
    'content/pages/*.mdx',
    'tests/unit/**/*.test.ts',
    'tests/e2e/**/*.spec.ts',
  ],
  project: [
    'src/**/*.{ts,astro,mdx}',
    'scripts/**/*.ts',
    'tests/**/*.ts',
    'content/pages/*.mdx',
    '*.{ts,mjs}',
  ],
  // An export that its own file uses (a column list beside the function that reads it) is
  // not dead code; only exports nothing uses are.
  ignoreExportsUsedInFile: true,
  // The bench runs Lighthouse's CLI by path (require.resolve('lighthouse/package.json')),
  // which Knip cannot see as a use.
  ignoreDependencies: ['lighthouse'],
};

export default config;
