/**
 * Synthetic content for the build benchmark: a copy of content/ in a temporary
 * directory with every measure repeated `factor` times. Copies get unique ids
 * (`<id>-x<n>`) and unique numbers within their plan year (area prefix kept, so
 * "5.4" becomes "5.4001"); titles, wordings and sources stay as they are, so
 * every quotation still stands where it says and the content check passes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

interface YearEntry {
  number: string | null;
  [key: string]: unknown;
}

export function syntheticContent(sourceDir: string, factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `insyn-bench-content-${factor}x-`));
  cpSync(sourceDir, dir, { recursive: true });
  const measures = join(dir, 'measures');
  for (const name of readdirSync(measures).filter((n) => n.endsWith('.yaml'))) {
    const id = name.replace(/\.yaml$/, '');
    const original = parse(readFileSync(join(measures, name), 'utf8')) as { years: YearEntry[] };
    for (let n = 1; n < factor; n++) {
      const copy = structuredClone(original);
      for (const y of copy.years) if (y.number !== null) y.number = `${y.number}${String(n).padStart(3, '0')}`;
      writeFileSync(join(measures, `${id}-x${n}.yaml`), stringify(copy));
    }
  }
  return dir;
}
