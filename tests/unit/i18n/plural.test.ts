import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedNoun, pluralOf } from '../../../src/i18n/plural.ts';

test('a Swedish counted noun is singular for 1 only, the number written as given', () => {
  const measures = countedNoun('sv', { one: '# åtgärd', other: '# åtgärder' });
  assert.equal(measures(1), '1 åtgärd');
  assert.equal(measures(0), '0 åtgärder');
  assert.equal(measures(3), '3 åtgärder');
  assert.equal(measures(1200, '1 200'), '1 200 åtgärder');
});

test('an Arabic counted noun takes its dual, few and many forms, and zero falls back to other', () => {
  const rows = countedNoun(
    'ar',
    { one: 'سطر واحد', two: 'سطران', few: '# أسطر', many: '# سطرًا', other: '# سطر' },
    (n) => new Intl.NumberFormat('ar-u-nu-latn').format(n),
  );
  assert.equal(rows(1), 'سطر واحد');
  assert.equal(rows(2), 'سطران');
  assert.equal(rows(3), '3 أسطر');
  assert.equal(rows(11), '11 سطرًا');
  assert.equal(rows(100), '100 سطر');
  assert.equal(rows(0), '0 سطر');
});

test('a form for a count can be any value, and a missing category falls back to other', () => {
  const plural = pluralOf('en');
  assert.equal(plural(1, { one: 'is', other: 'are' }), 'is');
  assert.equal(plural(2, { one: 'is', other: 'are' }), 'are');
  assert.equal(pluralOf('ar')(2, { other: 'x' }), 'x');
});
