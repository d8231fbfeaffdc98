import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectStrings,
  compareKeys,
  leafPaths,
  missingPages,
  proseStrings,
  reviewLines,
  shortList,
  staleEntries,
  summariseUntranslated,
  swedishWithoutLang,
  untranslatedTexts,
} from '../../scripts/lib/i18n-report.ts';

const greet = (name: string) => `Hej ${name}`;
const sv = { site: { name: 'Insyn', skip: 'Hoppa' }, nav: { home: 'Start' }, greet };

test('a dictionary is walked to its leaves; functions and strings are leaves', () => {
  assert.deepEqual(leafPaths(sv), ['site.name', 'site.skip', 'nav.home', 'greet']);
});

test('missing and extra keys are found at any depth, and texts still the same as Swedish are counted', () => {
  const en = { site: { name: 'Insyn', skipLink: 'Skip' }, nav: 'Home', greet };
  assert.deepEqual(compareKeys(sv, en), {
    missing: ['site.skip', 'nav.home'],
    extra: ['site.skipLink', 'nav'],
    same: 2, // the name and the very same function
    total: 4,
  });
  assert.deepEqual(compareKeys(sv, sv), { missing: [], extra: [], same: 4, total: 4 });
});

test('expected pages not built are listed in order', () => {
  assert.deepEqual(missingPages(['/en/', '/en/om/', '/en/sok/'], new Set(['/en/', '/en/sok/'])), ['/en/om/']);
});

test('texts marked data-untranslated are read from HTML, entities decoded, other elements ignored', () => {
  const html = `<p>Summary: <span lang="sv" dir="ltr" data-untranslated>Berga &amp; Ryd:
    &#229;tg&#xE4;rder</span> <span data-untranslated-not="x">no</span>
    <span lang="sv">not marked</span><li data-untranslated="">Pågår</li></p>`;
  assert.deepEqual(untranslatedTexts(html), ['Berga & Ryd: åtgärder', 'Pågår']);
  assert.deepEqual(untranslatedTexts('<p>Nothing here</p>'), []);
});

test('untranslated texts are summed per page and per distinct text, most first', () => {
  const s = summariseUntranslated(
    new Map([
      ['/ar/', ['Pågår', 'Berga']],
      ['/ar/om/', []],
      ['/ar/omraden/', ['Pågår', 'Pågår', 'Ryd']],
    ]),
  );
  assert.deepEqual(s, {
    total: 5,
    pages: [
      ['/ar/omraden/', 3],
      ['/ar/', 2],
    ],
    texts: [
      ['Pågår', 3],
      ['Berga', 1],
      ['Ryd', 1],
    ],
  });
});

test('a translation is stale when its Swedish is neither a field of content/ nor in a body', () => {
  const texts = collectStrings({ summary: 'Berga är ett område.', facts: [{ label: 'Invånare' }], n: 7000 });
  assert.deepEqual([...texts], ['Berga är ett område.', 'Invånare']);
  const entries = [{ sv: 'Invånare' }, { sv: 'Berga är ett av tre områden.' }, { sv: 'Ett stycke.' }];
  assert.deepEqual(staleEntries(entries, texts, ['Text. Ett stycke. Mer text.']), [
    { sv: 'Berga är ett av tre områden.' },
  ]);
});

test('reviews are grouped by state, with who and when for the reviewed', () => {
  assert.deepEqual(
    reviewLines([
      { name: 'so.yaml', review: { status: 'unreviewed' } },
      { name: 'ti.yaml', review: { status: 'reviewed', by: 'A. Tesfay', date: '2026-03-01' } },
      { name: 'fa-af.yaml', review: { status: 'unreviewed' } },
      { name: 'x.md', review: undefined },
    ]),
    [
      'so.yaml, fa-af.yaml: unreviewed',
      'ti.yaml: reviewed by A. Tesfay, 2026-03-01',
      'x.md: no review recorded',
    ],
  );
});

test('long lists are cut unless all are wanted', () => {
  const items = ['a', 'b', 'c', 'd'];
  assert.equal(shortList(items, 2), 'a, b (+2 more)');
  assert.equal(shortList(items, 2, true), 'a, b, c, d');
  assert.equal(shortList(items, 4), 'a, b, c, d');
});

test('Swedish prose shown without lang="sv" is found in visible text only, outside every lang="sv" element', () => {
  const texts = ['Bilda nya områdesteam', 'en insändare i Corren'];
  const html = `<!DOCTYPE html><html lang="en"><head><title>Bilda nya områdesteam – Insyn</title>
    <meta name="description" content="Bilda nya områdesteam"></head><body>
    <h1><span lang="sv" dir="ltr" data-untranslated>Bilda nya områdesteam</span></h1>
    <p class="copy-source">Insyn, “Bilda  nya områdesteam”, measure.</p>
    <p lang="sv">Citat: <q>Bilda nya områdesteam</q><br>slut</p>
    <strong>According to en insändare i Corren</strong>
    <img src="x.png" alt="Bilda nya områdesteam"><svg><title>Bilda nya områdesteam</title></svg>
    <script>const t = "Bilda nya områdesteam";</script></body></html>`;
  assert.deepEqual(swedishWithoutLang(html, texts), ['Bilda nya områdesteam', 'en insändare i Corren']);
});

test("the prose counted is Insyn's Swedish: not names, ids, addresses or codes", () => {
  assert.deepEqual(
    [
      ...proseStrings({
        id: 'ett id med ord',
        title: 'Bilda  områdesteam',
        short: 'KS 2023-02-14 § 31',
        publisher: 'Dagens Arena',
        events: [{ text: 'Kommunen berättar.', attribution: 'en insändare i Corren' }],
        word: 'Ryd',
      }),
    ],
    ['Bilda områdesteam', 'Kommunen berättar.', 'en insändare i Corren'],
  );
});
