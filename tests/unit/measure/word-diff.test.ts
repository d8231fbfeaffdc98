import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff, wordingChanged } from '../../../src/lib/measure/word-diff.ts';

const text = (segments: { kind: string; text: string }[], kind: string) =>
  segments.filter((s) => s.kind === kind).map((s) => s.text.trim());

test('a word diff marks added and removed words and keeps the rest', () => {
  const segments = wordDiff(
    'Erbjuda läxhjälp på biblioteket i Skäggetorp.',
    'Erbjuda läxhjälp på biblioteken i Skäggetorp och Berga.',
  );
  assert.deepEqual(text(segments, 'removed'), ['biblioteket']);
  assert.deepEqual(text(segments, 'added'), ['biblioteken', 'och Berga']);
  assert.equal(segments[0].kind, 'same');
  assert.equal(segments[0].text, 'Erbjuda läxhjälp på ');
});

test('joining same+removed gives the old wording, same+added the new one', () => {
  const before = 'Öppna upp kulturskolan för fler. Differentierad taxa.';
  const after = 'Öppna kulturskolan för alla barn. Avgiftsfri taxa.';
  const segments = wordDiff(before, after);
  assert.equal(
    segments
      .filter((s) => s.kind !== 'added')
      .map((s) => s.text)
      .join(''),
    before,
  );
  assert.equal(
    segments
      .filter((s) => s.kind !== 'removed')
      .map((s) => s.text)
      .join(''),
    after,
  );
});

test('Swedish letters stay inside words', () => {
  const segments = wordDiff('fler förskoleplatser i Skäggetorp', 'fler förskoleplatser i Ryd');
  assert.deepEqual(text(segments, 'removed'), ['Skäggetorp']);
  assert.deepEqual(text(segments, 'added'), ['Ryd']);
});

test('identical wordings give one unchanged segment', () => {
  assert.deepEqual(wordDiff('Samma text.', 'Samma text.'), [{ kind: 'same', text: 'Samma text.' }]);
});

test('whitespace alone is not a change of wording', () => {
  assert.equal(wordingChanged('Bilda  områdesteam\n', 'Bilda områdesteam'), false);
  assert.equal(wordingChanged('Bilda områdesteam', 'Bilda tre områdesteam'), true);
});
