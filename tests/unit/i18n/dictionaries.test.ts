/**
 * The shape of the dictionaries' folders (src/i18n/<lang>/): English and Arabic have exactly the
 * Swedish files, and a namespace (t.measure, t.map …) lives in one file only, so that no file's
 * words silently replace another's when index.ts spreads them together. Keys inside a file are
 * checked by the types (src/i18n/types.ts): a missing or extra one fails `npm run check`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dictionaries } from '../../../src/i18n/index.ts';
import { lattlast } from '../../../src/i18n/lattlast/index.ts';

const i18n = join(import.meta.dirname, '..', '..', '..', 'src', 'i18n');
/** the files of words in a language's folder: not the index nor the shared helpers */
const wordFiles = (folder: string) =>
  readdirSync(join(i18n, folder))
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'grammar.ts', 'shared.ts'].includes(f))
    .sort();
const namespacesOf = async (folder: string) =>
  Promise.all(
    wordFiles(folder).map(async (file) => {
      const { words } = (await import(pathToFileURL(join(i18n, folder, file)).href)) as { words: object };
      return { file, keys: Object.keys(words) };
    }),
  );

test('English and Arabic have the same files of words as Swedish', () => {
  for (const lang of ['en', 'ar']) assert.deepEqual(wordFiles(lang), wordFiles('sv'), lang);
});

for (const [folder, assembled] of [
  ['sv', dictionaries.sv],
  ['en', dictionaries.en],
  ['ar', dictionaries.ar],
  ['lattlast', lattlast],
] as const)
  test(`each namespace of ${folder}/ lives in one file, and index.ts assembles them all`, async () => {
    const seen = new Map<string, string>();
    for (const { file, keys } of await namespacesOf(folder))
      for (const key of keys) {
        assert.ok(!seen.has(key), `${key} is in both ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    assert.deepEqual(Object.keys(assembled).sort(), [...seen.keys()].sort());
  });
