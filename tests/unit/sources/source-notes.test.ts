import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceNotes, languageOfWords } from '../../../src/lib/sources/source-notes.ts';

const notes = () => new SourceNotes('svar', (s) => `about ${s.document}`);

test('sources are numbered in the order they are added, each place and quotation once, with ids under the section', () => {
  const list = notes().add(
    { document: 'a', anchor: 'st-1' },
    { document: 'b', anchor: 'st-2' },
    { document: 'a', anchor: 'st-1' },
    null,
    { document: 'a', anchor: 'st-1', words: 'other words' },
  );
  assert.deepEqual(
    list.items.map((n) => [n.n, n.id, n.source.document, n.about]),
    [
      [1, 'svar-kalla-1', 'a', 'about a'],
      [2, 'svar-kalla-2', 'b', 'about b'],
      [3, 'svar-kalla-3', 'a', 'about a'],
    ],
  );
  assert.equal(list.note({ document: 'b', anchor: 'st-2' }).n, 2);
});

test('a whole note (its paragraph range) and its first paragraph alone are two sources', () => {
  const list = notes().add(
    { document: 'a', anchor: 'st-27', to: 'st-37' },
    { document: 'a', anchor: 'st-27' },
    { document: 'a', anchor: 'st-27', to: 'st-37' },
  );
  assert.deepEqual(
    list.items.map((n) => [n.n, n.source.to]),
    [
      [1, 'st-37'],
      [2, undefined],
    ],
  );
  assert.equal(list.note({ document: 'a', anchor: 'st-27', to: 'st-37' }).n, 1);
});

test('asking for a source the section does not list stops the build: a fact would be left without its source', () => {
  assert.throws(
    () => notes().add({ document: 'a' }).note({ document: 'c', anchor: 'st-9' }),
    /section "svar".*c#st-9/,
  );
});

test("the language of a source's own words: Swedish unless English words and no Swedish letters", () => {
  assert.equal(languageOfWords('Planen ska följas upp'), 'sv');
  assert.equal(languageOfWords('The plan includes the measures'), 'en');
});
