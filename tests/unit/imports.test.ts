/**
 * Guards of the one-way flow (STYLE.md): content → lib → pages → components.
 * - Only pages, endpoints and src/middleware.ts import the global site
 *   (src/lib/site/astro-site.ts, which loads and validates all content). A component or the
 *   layout reads the page context (Astro.locals.page) or takes props, a lib module takes the
 *   site as a parameter: so each renders or runs on a fixture.
 * - src/i18n holds words, the language table and review states: it imports nothing from
 *   src/lib (which imports the dictionaries), so there is no import circle between them.
 * Imports are found by their specifier in `import … from '…'`, `import '…'`, `export … from
 * '…'` and `import('…')`, type-only imports included, and resolved against the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The files a source file imports, as paths relative to the repository ("src/lib/x.ts"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(SPECIFIER)]
    .map((m) => m[1])
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(root, resolve(root, dirname(file), s)));
}

function offenders(dirs: string[], forbidden: (imported: string) => boolean): string[] {
  return dirs.flatMap((dir) =>
    filesUnder(dir).flatMap((file) =>
      importsOf(file)
        .filter(forbidden)
        .map((imported) => `${file} imports ${imported}`),
    ),
  );
}

test('the guard sees imports: a page imports the global site', () => {
  assert.ok(importsOf('src/pages/[...lang]/statistik.astro').includes('src/lib/site/astro-site.ts'));
  assert.ok(importsOf('src/lib/page/context.ts').includes('src/i18n/lattlast/index.ts'));
});

test('no component, layout or lib module imports the global site (src/lib/site/astro-site.ts)', () => {
  assert.deepEqual(
    offenders(['src/components', 'src/layouts', 'src/lib'], (f) => f === 'src/lib/site/astro-site.ts'),
    [],
  );
});

test('src/i18n imports nothing from src/lib', () => {
  assert.deepEqual(
    offenders(['src/i18n'], (f) => f.startsWith('src/lib/')),
    [],
  );
});
