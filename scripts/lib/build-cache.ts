/**
 * A build's own cache folder, derived from its output folder (DIST_DIR), so builds side by
 * side (the bench, a second checkout's tests, the fixture site) never share or overwrite one.
 * Astro keeps its cache there (astro.config.mjs) and the precompressed copies keep theirs in
 * its precompress/ folder (scripts/lib/serving/precompress.ts). The bench deletes it for a cold build.
 */
export function cacheDirOf(dist: string = process.env.DIST_DIR ?? 'dist'): string {
  return dist === 'dist' ? 'node_modules/.astro' : `node_modules/.astro-${dist.replace(/[^a-z0-9-]/gi, '_')}`;
}

export const precompressCacheOf = (dist?: string) => `${cacheDirOf(dist)}/precompress`;
