import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium, findNginx, requireAll } from './scripts/lib/system-parts.ts';

// A port of its own, so a developer's `npm start` on 4321 is never mistaken for the built site under test.
const PORT = Number(process.env.E2E_PORT ?? 4329);

// The fixture site (tests/fixtures/site, built by `npm run build:fixture` into dist-fixture/) has
// invented multi-year data; its tests are `*.fixture.spec.ts` and run against their own server.
const FIXTURE_DIST = 'dist-fixture';
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? PORT + 100);
// The site through nginx with the generated rules (`npm run serve:nginx`): its tests are
// `*.nginx.spec.ts` (headers, 404, 301s, compression). Needs nginx (Debian: nginx and
// libnginx-mod-http-brotli-static); without them the project is left out with a notice (unless
// INSYN_TEST_REQUIRE_ALL=1, as in CI: then it runs and fails); E2E_NGINX=0 leaves it out anyway.
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 50);
const NGINX_RULES = `${process.env.DIST_DIR ?? 'dist'}-nginx/insyn.conf`;
// Without Chromium only the `files` project runs (the same notice and rule as for nginx).
const browser = findChromium();
const withBrowser = browser.path !== undefined || requireAll();
const missingNginx = findNginx().filter((p) => !p.path);
const withNginx = withBrowser && process.env.E2E_NGINX !== '0' && (missingNginx.length === 0 || requireAll());
// Once, from the main process (each worker reads this file again).
if (!process.env.TEST_WORKER_INDEX) {
  if (!withBrowser) console.warn(`browser tests skipped: Chromium not found (${browser.hint})`);
  else if (process.env.E2E_NGINX !== '0' && !withNginx)
    console.warn(
      `nginx tests skipped: ${missingNginx.map((p) => `${p.name} not found (${p.hint})`).join('; ')}`,
    );
}
// `npx playwright test --project=files` runs only the Node checks over dist/: no server is needed.
const argv = process.argv.join(' ');
const filesOnly =
  !withBrowser || (/--project[= ]files\b/.test(argv) && !/--project[= ](?!files\b)/.test(argv));
const launchOptions = {
  executablePath: browser.launchPath,
  // No background traffic from the browser itself (the machine has no network).
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // One output folder per build, so test runs side by side never delete each other's traces.
  outputDir: `test-results/${process.env.DIST_DIR ?? 'dist'}`,
  fullyParallel: true,
  // Two at least: on a 2-core machine Playwright's default (half the cores) left one idle.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    // No trace by default: recording one for every test (to keep it on failure) cost about 15 % of
    // the browser tests' time. A failure still writes its page snapshot (error-context.md); to
    // record traces, run again with `--trace on` (docs/tests.md).
    trace: 'off',
  },
  projects: [
    {
      // Whole-site checks that read the build's files in Node (`*.files.spec.ts`): every page in
      // every language, no browser started (their tests use no page fixture). See docs/tests.md.
      name: 'files',
      testMatch: '**/*.files.spec.ts',
    },
    ...(withBrowser
      ? [
          {
            name: 'chromium',
            testIgnore: ['**/*.fixture.spec.ts', '**/*.nginx.spec.ts', '**/*.files.spec.ts'],
            use: { ...devices['Desktop Chrome'], launchOptions },
          },
          {
            name: 'fixture-site',
            testMatch: '**/*.fixture.spec.ts',
            use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
          },
        ]
      : []),
    ...(withNginx
      ? [
          {
            name: 'nginx',
            testMatch: '**/*.nginx.spec.ts',
            use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
          },
        ]
      : []),
  ],
  webServer: filesOnly
    ? []
    : [
        {
          // Tests run against the built site (`npm run build` first); Pagefind needs http, not file://.
          // --ignore-lock: Astro 7 allows one tracked preview per project (and may background it when it
          // detects an agent); parallel runs and the fixture server each need their own foreground server.
          command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
          url: `http://127.0.0.1:${PORT}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        },
        // Only when the fixture site is built, so runs of the real site's specs never depend on it.
        ...(existsSync(FIXTURE_DIST)
          ? [
              {
                command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${FIXTURE_PORT}`,
                url: `http://127.0.0.1:${FIXTURE_PORT}/`,
                env: { DIST_DIR: FIXTURE_DIST },
                reuseExistingServer: false,
                timeout: 60_000,
              },
            ]
          : []),
        // nginx on the built site, once the build has written its rules (npm run build).
        ...(withNginx && existsSync(NGINX_RULES)
          ? [
              {
                command: 'npm run --silent serve:nginx',
                url: `http://127.0.0.1:${NGINX_PORT}/`,
                env: { PORT: String(NGINX_PORT) },
                // SIGTERM lets serve-nginx stop nginx and remove its temp directory.
                gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
                reuseExistingServer: false,
                timeout: 60_000,
              },
            ]
          : []),
      ],
});
