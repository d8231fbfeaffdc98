/**
 * One Pagefind index per language, each built by its own Pagefind service process, then put
 * together in one folder (scripts/search-index.ts).
 *
 * Pagefind's service builds and writes an index on one core: at 10,000 pages that took 9 s
 * after Astro for the three languages together, with the other core mostly idle. Pagefind
 * already writes one index per language (the browser loads the one of its page's <html lang>,
 * listed in pagefind-entry.json), so three services, one language each, write the same kind of
 * files side by side; what they share (pagefind.js, the UI files, wasm.unknown.pagefind) is the
 * same bytes in each, and is checked to be.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

type Pagefind = typeof import('pagefind');
export type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

export interface LanguageIndex {
  pagefind: Pagefind;
  index: PagefindIndex;
}

/**
 * A Pagefind with a service process of its own. The Node API keeps one service per module, so
 * each language imports the module under its own URL (a query string: its own module instance).
 */
export async function languageIndex(lang: string): Promise<LanguageIndex> {
  const pagefind = (await import(`${import.meta.resolve('pagefind')}?language=${lang}`)) as Pagefind;
  // No forceLanguage: each record and page files itself under its <html lang>.
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind (${lang}): ${errors.join('; ') || 'no index'}`);
  return { pagefind, index };
}

/** The language Pagefind files a page under: its <html lang>. */
export function htmlLang(html: string): string | undefined {
  return /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
}

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

const ENTRY = 'pagefind-entry.json';

/**
 * Moves each language's index from its own folder into `out` and writes one pagefind-entry.json
 * listing every language. Returns what went wrong, one line each (nothing when all is well).
 */
export function mergeLanguageIndexes(dirs: string[], out: string): string[] {
  const problems: string[] = [];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let merged: Entry | undefined;
  for (const dir of dirs) {
    const entry = JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry;
    if (!merged) merged = { ...entry, languages: {} };
    else if (
      entry.version !== merged.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(merged.include_characters)
    )
      problems.push(`${dir}/${ENTRY}: another Pagefind version or configuration than the others`);
    Object.assign(merged.languages, entry.languages);
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || e.name === ENTRY) continue;
      const from = join(e.parentPath, e.name);
      const to = join(out, relative(dir, from));
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from)))
          problems.push(`${relative(out, to)}: not the same in every language's index`);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      renameSync(from, to);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  if (merged) writeFileSync(join(out, ENTRY), JSON.stringify(merged));
  return problems;
}
