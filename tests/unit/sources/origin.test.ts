import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { sourceOrigin } from '../../../src/lib/sources/origin.ts';
import { noteAt } from '../../../src/lib/sources/note-at.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

// Fixture: the document "beslut" is also the meeting's minutes; V's note starts at st-3.
const site = buildSite(loadContent('tests/fixtures/valid').snapshot);
const sv = i18nFor('sv');

test("a paragraph inside a party's protocol note is that party's text, not the municipality's", () => {
  assert.deepEqual(noteAt(site, { document: 'beslut', anchor: 'st-3' }), {
    party: 'v',
    noteId: 'anteckning-v',
  });
  assert.equal(
    sourceOrigin(site, { document: 'beslut', anchor: 'st-3' }, sv),
    'Vänsterpartiets protokollsanteckning',
  );
});

test("paragraphs before the first note are the document issuer's own text", () => {
  assert.equal(noteAt(site, { document: 'beslut', anchor: 'st-1' }), undefined);
  assert.equal(sourceOrigin(site, { document: 'beslut', anchor: 'st-1' }, sv), 'beslut från Testkommunen');
});

test('a reference is named by its publisher', () => {
  assert.equal(sourceOrigin(site, { reference: 'nyhet' }, sv), 'Testtidningen');
});

test("a party's note before its glossary word takes the Swedish genitive: an s unless the name ends in s, x or z", () => {
  assert.equal(sv.t.measure.page.partyNote('Miljöpartiet'), 'Miljöpartiets ');
  assert.equal(sv.t.measure.page.partyNote('Mayors of Europes'), 'Mayors of Europes ');
});
