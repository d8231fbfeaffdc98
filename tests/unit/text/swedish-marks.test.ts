import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasStrayMark, splitSwedish } from '../../../src/lib/text/swedish-marks.ts';

test('a Swedish word between double braces becomes a part of its own, marked Swedish', () => {
  assert.deepEqual(splitSwedish('Erayga {{Pågår}} waa socotaa.'), [
    { text: 'Erayga ', sv: false },
    { text: 'Pågår', sv: true },
    { text: ' waa socotaa.', sv: false },
  ]);
  assert.deepEqual(splitSwedish('{{Berga}}، {{Ryd}}'), [
    { text: 'Berga', sv: true },
    { text: '، ', sv: false },
    { text: 'Ryd', sv: true },
  ]);
});

test('a text with no marks is one part; an unpaired brace is found', () => {
  assert.deepEqual(splitSwedish('Insyn waa bog.'), [{ text: 'Insyn waa bog.', sv: false }]);
  assert.equal(hasStrayMark('{{Pågår}} iyo {{Ej genomförd}}'), false);
  assert.equal(hasStrayMark('{{Pågår iyo'), true);
  assert.equal(hasStrayMark('Pågår}} iyo'), true);
});
