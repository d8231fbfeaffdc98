/**
 * The built site's pages, read from the output folder (directory format: <path>/index.html),
 * so tests and the bench cover new pages without a hand-written list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built page that only forwards to another (meta refresh), like /planer/2023/5.4/. */
function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/**
 * Every built page's URL path, read from dist/ (so new pages are tested without listing them).
 * `content` leaves out redirect stubs, which navigate away at once; `redirects` is only those.
 */
export function builtPages(
  dist = process.env.DIST_DIR ?? 'dist',
  kind: 'content' | 'redirects' | 'all' = 'content',
): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        if (kind !== 'all' && isRedirect(path) !== (kind === 'redirects')) continue;
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}
