/**
 * Synthetic content for the build benchmark: a copy of content/ in a temporary
 * directory with every measure repeated `factor` times. Copies get unique ids
 * (`<id>-x<n>`) and unique numbers within their plan year (area prefix kept, so
 * "5.4" becomes "5.4001"); titles, wordings and sources stay as they are, so
 * every quotation still stands where it says and the content check passes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';

/** MDX pages import components by relative path; point those at the repository from the copy. */
function pinRelativeImports(sourceDir: string, dir: string) {
  const walk = (at: string) => {
    for (const name of readdirSync(join(dir, at), { withFileTypes: true })) {
      const rel = join(at, name.name);
      if (name.isDirectory()) walk(rel);
      else if (name.name.endsWith('.mdx')) {
        const text = readFileSync(join(dir, rel), 'utf8');
        const from = dirname(resolve(sourceDir, rel));
        const to = dirname(join(dir, rel));
        writeFileSync(
          join(dir, rel),
          text.replace(
            /(from\s+["'])(\.\.?\/[^"']+)(["'])/g,
            (_, a: string, path: string, b: string) => `${a}${relative(to, resolve(from, path))}${b}`,
          ),
        );
      }
    }
  };
  walk('.');
}

export function syntheticContent(sourceDir: string, factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `insyn-bench-content-${factor}x-`));
  cpSync(sourceDir, dir, { recursive: true });
  pinRelativeImports(sourceDir, dir);
  const measures = join(dir, 'measures');
  for (const name of readdirSync(measures).filter((n) => n.endsWith('.yaml'))) {
    const id = name.replace(/\.yaml$/, '');
    const text = readFileSync(join(measures, name), 'utf8');
    const years = (parseDocument(text).toJS() as { years: { number: string | null }[] }).years;
    for (let n = 1; n < factor; n++) {
      // Edit the parsed document, not plain data, so every other value keeps its quoting
      // (an unquoted date would turn into a Date for Astro's YAML loader).
      const copy = parseDocument(text);
      years.forEach((y, i) => {
        if (y.number !== null) copy.setIn(['years', i, 'number'], `${y.number}${String(n).padStart(3, '0')}`);
      });
      writeFileSync(join(measures, `${id}-x${n}.yaml`), copy.toString());
    }
  }
  return dir;
}

/**
 * The factor that brings a build to about `pages` pages: each measure copy adds its page in every
 * language (and easy-read) and its per-year number pages, counted on the 1× build in `dist`.
 */
export function factorFor(pages: number, sourceDir: string, dist: string, built: string[]): number {
  const measures = readdirSync(join(sourceDir, 'measures')).filter((n) => n.endsWith('.yaml')).length;
  const perMeasure = built.filter((p) =>
    /(^|\/)atgarder\/[^/]+\/$|^\/planer\/\d{4}\/[^/]+\/$/.test(p),
  ).length;
  const perCopy = perMeasure / measures;
  if (!perCopy) throw new Error(`bench: no measure pages in ${dist}`);
  return Math.max(1, 1 + Math.round((pages - built.length) / (perCopy * measures)));
}
