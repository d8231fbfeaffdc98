import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notFoundQuery } from '../../../src/lib/search/not-found-query.ts';

test('the last path segment becomes the query, as words', () => {
  assert.equal(notFoundQuery('/atgarder/forskola-ryd/'), 'forskola ryd');
  assert.equal(notFoundQuery('/omraden/sk%C3%A4ggetorp'), 'skäggetorp');
  assert.equal(notFoundQuery('/planer/2023/5.9/'), '5.9');
  assert.equal(notFoundQuery('/gamla_sidor/om-insyn.html'), 'om insyn');
});

test('no segment, or a broken escape, still gives a usable query', () => {
  assert.equal(notFoundQuery('/'), '');
  assert.equal(notFoundQuery('/sok/%E0%A4%A'), '%E0%A4%A');
});
