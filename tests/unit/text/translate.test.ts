import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shown, translate } from '../../../src/lib/text/translate.ts';

const files = new Map([
  [
    'en',
    {
      review: { status: 'unreviewed' as const },
      entries: [{ sv: 'Bilda områdesteam', text: 'Form area teams' }],
    },
  ],
]);

test("a translation is found whatever the Swedish text's normalisation and white space", () => {
  assert.equal(translate(files, 'en', 'Bilda områdesteam')?.text, 'Form area teams');
  assert.equal(translate(files, 'en', 'Bilda områdesteam'.normalize('NFD'))?.text, 'Form area teams');
  assert.equal(translate(files, 'en', ' Bilda  områdesteam\n')?.text, 'Form area teams');
});

test('a stale translation (its Swedish changed) is not used: the Swedish is shown, and said to be Swedish', () => {
  assert.equal(translate(files, 'en', 'Bilda nya områdesteam'), undefined);
  assert.deepEqual(shown(files, 'en', 'Bilda nya områdesteam'), {
    text: 'Bilda nya områdesteam',
    lang: 'sv',
  });
  assert.deepEqual(shown(files, 'en', 'Bilda områdesteam'), { text: 'Form area teams', lang: 'en' });
  assert.deepEqual(shown(files, 'sv', 'Bilda områdesteam'), { text: 'Bilda områdesteam', lang: 'sv' });
});
