/**
 * `npm test`: every test, two steps at a time (the machine has 2 cores; one step after
 * another left a core idle most of the time), then the end-to-end tests:
 *
 *   build (which runs the content check) · fixture build · unit tests · component tests
 *   (Vitest, never beside the build) · types (astro check, never beside a build: both write
 *   Astro's generated types) · formatting (prettier) ·
 *   unused code (knip) · i18n report (after the build)
 *   then: end-to-end (Playwright: files, chromium, fixture-site, nginx)
 *
 * A step's output is shown when it fails (the end-to-end tests' as they run); each step that
 * passes prints one line with its time. After the first failure no new step starts. Where
 * Chromium or nginx is missing, one line says what and how to get it, and the tests that need
 * it are left out; INSYN_TEST_REQUIRE_ALL=1 (CI: .ci/run) makes that a failure. Exits
 * non-zero on any failure. Arguments go to Playwright (`npm test -- tests/e2e/map.spec.ts`).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { findChromium, findNginx, requireAll } from './lib/system-parts.ts';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** steps that must have passed first */
  after?: string[];
  /** steps that must not run at the same time */
  apart?: string[];
  /** alone, after every other step */
  last?: boolean;
}

const JOBS = 2;
const root = dirname(dirname(import.meta.filename));
const bin = (pkg: string, path: string) => join(root, 'node_modules', pkg, path);
const node = (...args: string[]) => [process.execPath, ...args];

// What is missing, said once, before anything runs.
const chromium = findChromium();
const missing = [chromium, ...(process.env.E2E_NGINX === '0' ? [] : findNginx())].filter((p) => !p.path);
for (const part of missing)
  console.log(
    `npm test: ${part.name} not found: ${requireAll() ? 'required (INSYN_TEST_REQUIRE_ALL=1)' : `its tests are skipped`} (${part.hint})`,
  );
if (requireAll() && missing.length) process.exit(1);

const steps: Step[] = [
  { name: 'build', command: node('scripts/build.ts') },
  {
    name: 'fixture build',
    command: node('scripts/build.ts'),
    env: { INSYN_CONTENT_DIR: 'tests/fixtures/site', DIST_DIR: 'dist-fixture' },
  },
  {
    name: 'unit tests',
    // Several files at a time: many wait on child processes and files (Node's default on 2 cores is 1).
    command: node('--test', '--test-concurrency=4', 'tests/unit/**/*.test.ts'),
  },
  {
    name: 'types',
    command: node(bin('astro', 'bin/astro.mjs'), 'check'),
    apart: ['build', 'fixture build'],
  },
  {
    name: 'components',
    // Vitest loads the site's Astro config (vitest.config.ts), whose root and cache are the main
    // build's: kept apart from the steps that write them.
    command: node(bin('vitest', 'vitest.mjs'), 'run'),
    apart: ['build', 'types'],
  },
  {
    name: 'formatting',
    // The cache (node_modules/.cache/prettier) keys each file on its bytes, Prettier's version and
    // options: a second run reads only what changed (12 s → 2 s), a fresh clone checks every file.
    command: node(
      bin('prettier', 'bin/prettier.cjs'),
      '--check',
      '--cache',
      '--cache-strategy',
      'content',
      '.',
    ),
  },
  { name: 'unused code', command: node(bin('knip', 'bin/knip.js')) },
  { name: 'i18n report', command: node('scripts/i18n-report.ts'), after: ['build'] },
  {
    name: 'end-to-end',
    last: true,
    command: node(
      bin('@playwright/test', 'cli.js'),
      'test',
      ...(chromium.path ? [] : ['--project=files']),
      ...process.argv.slice(2),
    ),
  },
];

const t0 = performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const done = new Map<string, { ok: boolean; ms: number }>();
const running = new Map<string, Step>();
let failed = false;

function run(step: Step): Promise<void> {
  running.set(step.name, step);
  const live = step.last === true;
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command[0], step.command.slice(1), {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => out.push(d));
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const ok = code === 0;
      running.delete(step.name);
      done.set(step.name, { ok, ms });
      if (!ok) {
        failed = true;
        if (!live) process.stdout.write(Buffer.concat(out));
      }
      console.log(`npm test: ${step.name} ${ok ? 'passed' : `FAILED (exit code ${code})`} in ${s(ms)}`);
      resolve();
    });
  });
}

// Start what may start (a job free, its steps before it passed, none it must keep apart from
// running), in the order above, until nothing is left or a step failed.
await new Promise<void>((finish) => {
  const next = () => {
    const waiting = steps.filter((x) => !done.has(x.name) && !running.has(x.name));
    if (failed || waiting.length === 0) {
      if (running.size === 0) finish();
      return;
    }
    for (const step of waiting) {
      if (running.size >= JOBS) break;
      const apart = [...running.values()].some(
        (r) => step.apart?.includes(r.name) || r.apart?.includes(step.name),
      );
      const early = step.last && (running.size > 0 || waiting.length > 1);
      if (apart || early || !(step.after ?? []).every((a) => done.get(a)?.ok)) continue;
      void run(step).then(next);
    }
  };
  next();
});

const skipped = steps.filter((x) => !done.has(x.name)).map((x) => x.name);
console.log(
  `npm test: ${failed ? 'FAILED' : 'passed'} in ${s(performance.now() - t0)}` +
    (skipped.length ? ` (not run after the failure: ${skipped.join(', ')})` : '') +
    (missing.length ? ` (skipped for want of ${missing.map((p) => p.name).join(', ')})` : ''),
);
process.exit(failed ? 1 : 0);
