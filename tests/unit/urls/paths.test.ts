import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileOf } from '../../../src/schemas/index.ts';
import * as paths from '../../../src/lib/urls/paths.ts';
import {
  documentPath,
  measurePath,
  meetingPath,
  numberPath,
  planPath,
  referencesPath,
  sourcePath,
} from '../../../src/lib/urls/paths.ts';

test("a measure's URL is its file name and nothing else: the permanent-URL promise", () => {
  const id = 'kulturskolan-for-fler';
  assert.equal(measurePath(id), '/atgarder/kulturskolan-for-fler/');
  // The file the measure is stored in carries the same id; title, number and year play no part.
  assert.equal(basename(fileOf('measures', id, 'content'), '.yaml'), id);
  assert.equal(measurePath.length, 2, 'only the id (and an optional anchor) make the path');
  assert.equal(measurePath(id, 'ar-2023'), '/atgarder/kulturskolan-for-fler/#ar-2023');
});

test("a plan's own numbering has its own address, apart from the measure's", () => {
  assert.equal(numberPath(2023, '5.4'), '/planer/2023/5.4/');
  assert.equal(planPath(2023), '/planer/2023/');
  assert.equal(planPath(2022, 'uppfoljning'), '/planer/2022/#uppfoljning');
});

test('a source is the path of its paragraph or of its reference, and nothing when there is none', () => {
  assert.equal(
    sourcePath({ document: 'kd-2025-atgardsplan', anchor: 'st-6' }),
    '/dokument/kd-2025-atgardsplan/#st-6',
  );
  assert.equal(sourcePath({ document: 'kd-2025-atgardsplan' }), documentPath('kd-2025-atgardsplan'));
  assert.equal(
    sourcePath({ reference: 'lkpg-2021-03-omradesteam' }),
    referencesPath('lkpg-2021-03-omradesteam'),
  );
  assert.equal(sourcePath(undefined), '');
  assert.equal(
    meetingPath('ks-2023-02-14-31', ''),
    '/protokoll/ks-2023-02-14-31/',
    'an empty anchor adds no "#"',
  );
});

test('every page path ends in "/" (trailingSlash: always) and every file path in its extension', () => {
  for (const [name, build] of Object.entries(paths)) {
    if (typeof build !== 'function' || name === 'sourcePath') continue;
    const args = Array.from({ length: build.length }, (_, i) =>
      name === 'datasetPath' && i === 1 ? 'csv' : i === 0 && /^(plan|number)Path$/.test(name) ? 2023 : 'x',
    );
    const path: string = (build as (...a: unknown[]) => string)(...args);
    assert.match(path, /^\//, `${name} starts at the root`);
    assert.match(path, /(\/|\/#.*|\.(xml|json|csv))$/, `${name}: ${path}`);
  }
});

/** Site routes that only paths.ts may spell out. */
const ROUTE =
  /[`'"]\/(atgarder|planer|protokoll|dokument|omraden|kallor|data|flode|geo|sok|statistik|om|tillganglighet)[/.]/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

test('no file in src/ builds an internal URL by hand: paths.ts is their one home', () => {
  const offenders = filesUnder('src')
    .filter((f) => !f.endsWith(join('lib', 'urls', 'paths.ts')))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ f, line, n: i + 1 }))
        .filter(({ line }) => ROUTE.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line)),
    )
    .map(({ f, n, line }) => `${f}:${n}: ${line.trim()}`);
  assert.deepEqual(offenders, []);
});
