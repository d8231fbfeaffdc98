/**
 * Times one full production build (`npm run build`: content check, astro build, search index,
 * serving rules and precompressed files) of a content directory, cold: no output folder and no
 * cache (Astro's, the precompressed copies') from an earlier build. The build reports each
 * stage's start and end (scripts/build.ts --timings); stages run side by side where they can,
 * so their times add up to more than the whole.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirOf } from '../lib/build-cache.ts';
import type { StageTime } from '../build.ts';

export interface BuildResult {
  ms: number;
  pages: number;
  stages: StageTime[];
  /** CPU seconds of the build and everything it ran (user + system), from /proc where there is one */
  cpu: number | null;
  /** the machine's 1-minute load average when the build ended: how much others shared the CPU */
  load: number;
}

function countPages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += name === '_astro' || name === 'pagefind' ? 0 : countPages(path);
    else if (name === 'index.html') n++;
  }
  return n;
}

/** CPU seconds used by this process's waited-for children so far (Linux), or null elsewhere. */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // cutime and cstime: fields 16 and 17 of stat, 14 and 15 after the name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

export async function timeBuild(contentDir: string, distDir: string): Promise<BuildResult> {
  rmSync(distDir, { recursive: true, force: true });
  rmSync(cacheDirOf(distDir), { recursive: true, force: true });
  const timings = join(mkdtempSync(join(tmpdir(), 'insyn-bench-timings-')), 'timings.json');
  const env = {
    ...process.env,
    INSYN_CONTENT_DIR: contentDir,
    DIST_DIR: distDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const log: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', 'build', '--', `--timings=${timings}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const cpuAfter = childrenCpu();
  rmSync(cacheDirOf(distDir), { recursive: true, force: true });
  if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${log.join('').slice(-3000)}`);
  const { stages } = JSON.parse(readFileSync(timings, 'utf8')) as { stages: StageTime[] };
  rmSync(join(timings, '..'), { recursive: true, force: true });
  return {
    ms,
    pages: countPages(distDir),
    stages,
    cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    load: loadavg()[0],
  };
}
