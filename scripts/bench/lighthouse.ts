/**
 * Lighthouse (the npm package, its default mobile profile) on one URL with the
 * Chromium in use: the four category scores, 0–100.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number | null>;

const cli = join(
  dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')),
  'cli',
  'index.js',
);

export async function lighthouse(url: string, chromePath: string): Promise<Scores> {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${categories.join(',')}`,
    '--chrome-flags=--headless --no-sandbox --disable-background-networking --no-first-run',
  ];
  const log: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('close', resolve);
  });
  try {
    if (code !== 0) throw new Error(`lighthouse ${url} failed:\n${log.join('').slice(-2000)}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
    };
    return Object.fromEntries(
      categories.map((c) => [
        c,
        report.categories[c]?.score == null ? null : Math.round(report.categories[c].score! * 100),
      ]),
    ) as Scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per category, the median of several runs (the lower middle one for an even count). */
export function medianScores(runs: Scores[]): Scores {
  const median = (xs: number[]) =>
    xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] : null;
  return Object.fromEntries(
    categories.map((c) => [c, median(runs.map((r) => r[c]).filter((v): v is number => v !== null))]),
  ) as Scores;
}
