import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentPage } from '../../../src/lib/sources/document-page.ts';
import { site } from '../../support/fixture-context.ts';

test('a document page: its summary in the page’s language and its numbered text', () => {
  const doc = site.documentById.get('ks-2023-02-14-31');
  assert.ok(doc);
  const page = documentPage(site, doc, 'sv');
  assert.equal(page.summary, doc.data.summary);
  assert.ok(page.blocks.length > 0);
  assert.deepEqual(page.blocks, site.blocksOf(doc.id));
  assert.ok(page.facets.types.includes('dokument'));
  // No translation of the summary in the fixture: the Swedish stands on the English page.
  assert.equal(documentPage(site, doc, 'en').summary, doc.data.summary);
});
