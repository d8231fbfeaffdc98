import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlLang, mergeLanguageIndexes } from '../../../scripts/lib/pagefind-languages.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A language's index folder as Pagefind writes it. */
function index(root: string, lang: string, shared = 'pagefind.js v1') {
  const dir = join(root, `pagefind-${lang}`);
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({
      version: '1.5.2',
      languages: { [lang]: { hash: `${lang}_1`, wasm: lang, page_count: 2 } },
      include_characters: ['_'],
    }),
  );
  writeFileSync(join(dir, `pagefind.${lang}_1.pf_meta`), lang);
  writeFileSync(join(dir, 'fragment', `${lang}_a.pf_fragment`), lang);
  writeFileSync(join(dir, 'pagefind.js'), shared);
  return dir;
}

test("the languages' indexes go into one folder with one entry file listing each", () => {
  const root = tempDir('insyn-pagefind-');
  const out = join(root, 'pagefind');
  const problems = mergeLanguageIndexes([index(root, 'sv'), index(root, 'en'), index(root, 'ar')], out);
  assert.deepEqual(problems, []);
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8'));
  assert.deepEqual(Object.keys(entry.languages), ['sv', 'en', 'ar']);
  assert.equal(entry.version, '1.5.2');
  for (const lang of ['sv', 'en', 'ar']) {
    assert.ok(existsSync(join(out, `pagefind.${lang}_1.pf_meta`)));
    assert.ok(existsSync(join(out, 'fragment', `${lang}_a.pf_fragment`)));
    assert.equal(existsSync(join(root, `pagefind-${lang}`)), false, 'the language folders are gone');
  }
  assert.equal(readFileSync(join(out, 'pagefind.js'), 'utf8'), 'pagefind.js v1');
});

test('a shared file that differs between the languages is a problem, not silently one of them', () => {
  const root = tempDir('insyn-pagefind-');
  const problems = mergeLanguageIndexes(
    [index(root, 'sv'), index(root, 'en', 'pagefind.js v2')],
    join(root, 'pagefind'),
  );
  assert.deepEqual(problems, ["pagefind.js: not the same in every language's index"]);
});

test("a page's language is its <html lang>", () => {
  assert.equal(htmlLang('<!doctype html><html dir="rtl" lang="ar"><head>'), 'ar');
  assert.equal(htmlLang('<html lang="sv"><body data-pagefind-body>'), 'sv');
  assert.equal(htmlLang('<html><body>'), undefined);
});
