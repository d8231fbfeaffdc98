import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absentWords, rankPartial } from '../../../src/lib/search/partial.ts';

const words = ['vad', 'kritiserade', 'Miljöpartiet', '2023'];
const hits = [
  [{ id: 'doc', score: 1 }], // vad
  [
    { id: 'mp', score: 3 },
    { id: 'doc', score: 1 },
  ], // kritiserade
  [{ id: 'mp', score: 5 }], // Miljöpartiet
  [
    { id: 'mp', score: 1 },
    { id: 'v', score: 2 },
    { id: 'doc', score: 0.5 },
  ], // 2023
];

test('the results with the most words come first, each with the words it has and lacks', () => {
  const ranked = rankPartial(words, hits);
  assert.deepEqual(
    ranked.map((r) => [r.id, r.missing]),
    [
      ['mp', ['vad']],
      ['doc', ['Miljöpartiet']],
      ['v', ['vad', 'kritiserade', 'Miljöpartiet']],
    ],
  );
  assert.deepEqual(ranked[0].found, ['kritiserade', 'Miljöpartiet', '2023']);
  assert.equal(ranked[0].score, 9);
});

test('a function word counts for nothing: a result with only "vad" is left out, and "vad" does not lift a result', () => {
  const ranked = rankPartial(['vad', 'kritik'], [[{ id: 'a', score: 9 }], [{ id: 'b', score: 1 }]]);
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['b'],
  );
});

test('among results with as many words, the higher score first; a hit twice counts once', () => {
  const ranked = rankPartial(
    ['a1', 'b2'],
    [
      [
        { id: 'x', score: 1 },
        { id: 'x', score: 1 },
      ],
      [{ id: 'y', score: 4 }],
    ],
  );
  assert.deepEqual(
    ranked.map((r) => [r.id, r.score]),
    [
      ['y', 4],
      ['x', 1],
    ],
  );
});

test('the words no result has at all', () => {
  assert.deepEqual(absentWords(['kulturskolan', 'qwerty'], [5, 0]), ['qwerty']);
  assert.deepEqual(absentWords(['a', 'b'], [1, 2]), []);
});
