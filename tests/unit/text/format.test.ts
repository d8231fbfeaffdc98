import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber } from '../../../src/lib/text/format.ts';
import { isoDate } from '../../../src/schemas/iso-date.ts';

test('dates keep the precision the source gives', () => {
  assert.equal(formatDate('2023-02-14'), '14 februari 2023');
  assert.equal(formatDate('2020-12'), 'december 2020');
  assert.equal(formatDate('2018'), '2018');
});

test('numbers follow Swedish rules', () => {
  assert.equal(formatNumber(73.1), '73,1');
  assert.equal(formatNumber(9688), '9\u00a0688');
});

test('only real calendar dates pass the date schema', () => {
  for (const ok of ['2024-02-29', '2020-12', '2018']) assert.equal(isoDate.safeParse(ok).success, true, ok);
  for (const bad of ['2023-02-29', '2023-13', '23-02-14', '2023-2-1', ''])
    assert.equal(isoDate.safeParse(bad).success, false, bad);
});
