/** Times one full production build (content check, astro build, pagefind) of a content directory. */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  ms: number;
  pages: number;
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

/** The cache folder astro.config.mjs derives from DIST_DIR; removed so every build starts cold. */
function cacheDirOf(dist: string): string {
  return `node_modules/.astro-${dist.replace(/[^a-z0-9-]/gi, '_')}`;
}

export async function timeBuild(contentDir: string, distDir: string): Promise<BuildResult> {
  rmSync(distDir, { recursive: true, force: true });
  rmSync(cacheDirOf(distDir), { recursive: true, force: true });
  const env = {
    ...process.env,
    INSYN_CONTENT_DIR: contentDir,
    DIST_DIR: distDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const start = performance.now();
  const log: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  rmSync(cacheDirOf(distDir), { recursive: true, force: true });
  if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${log.join('').slice(-3000)}`);
  return { ms, pages: countPages(distDir) };
}
