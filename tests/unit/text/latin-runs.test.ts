import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinRuns } from '../../../src/lib/text/latin-runs.ts';

test('a party name with its Swedish gloss: each Latin name its own run, the brackets outside them', () => {
  assert.deepEqual(latinRuns('بحسب الأغلبية الحاكمة (التحالف من أجل Linköping (Allians för Linköping))'), [
    { text: 'بحسب الأغلبية الحاكمة (التحالف من أجل ', latin: false },
    { text: 'Linköping', latin: true },
    { text: ' (', latin: false },
    { text: 'Allians för Linköping', latin: true },
    { text: '))', latin: false },
  ]);
});

test('a name with its own punctuation stays one run; numbers alone and Arabic commas are not Latin runs', () => {
  assert.deepEqual(
    latinRuns('Linköpings kommun – Politik (via TT) مايو 2022').map((r) => [r.text, r.latin]),
    [
      ['Linköpings kommun – Politik', true],
      [' (', false],
      ['via TT', true],
      [') مايو 2022', false],
    ],
  );
  assert.deepEqual(
    latinRuns('الحزب الديمقراطي المسيحي (Kristdemokraterna، KD)')
      .filter((r) => r.latin)
      .map((r) => r.text),
    ['Kristdemokraterna', 'KD'],
  );
  assert.deepEqual(latinRuns('24 مارس 2023'), [{ text: '24 مارس 2023', latin: false }]);
});

test('the runs put together are the text, unchanged', () => {
  for (const s of ['', 'Plan', 'خطة 2023', 'Enligt Socialdemokraternas webbplats (S)'])
    assert.equal(
      latinRuns(s)
        .map((r) => r.text)
        .join(''),
      s,
    );
});
