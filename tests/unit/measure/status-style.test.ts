import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { statusLook, UNKNOWN_LOOK } from '../../../src/lib/measure/status-style.ts';

const ids = ['genomford', 'pagar', 'ej-genomford', UNKNOWN_LOOK];

test('each status differs from the others by symbol and by pattern, not only by colour', () => {
  const looks = ids.map(statusLook);
  assert.equal(new Set(looks.map((l) => l.symbol)).size, ids.length, 'symbols differ');
  assert.equal(new Set(looks.map((l) => l.pattern)).size, ids.length, 'patterns differ');
  assert.equal(new Set(looks.map((l) => l.colour)).size, ids.length, 'colours differ');
});

test('no source, and an id without a look, are drawn as unknown', () => {
  assert.deepEqual(statusLook(null), statusLook(UNKNOWN_LOOK));
  assert.deepEqual(statusLook('ny-status'), statusLook(UNKNOWN_LOOK));
  assert.deepEqual(statusLook('constructor'), statusLook(UNKNOWN_LOOK));
});

test('every status colour is a custom property that tokens.css defines', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  for (const id of ids) assert.match(tokens, new RegExp(`${statusLook(id).colour}:\\s*#`), id);
});
