import { test } from 'node:test';
import assert from 'node:assert/strict';
import { easyAskPage } from '../../../src/lib/contact/ask-page.ts';
import { site } from '../../support/fixture-context.ts';

test('the easy-read ask page names each plan year whose document is not here, with its request hint', () => {
  const { missing } = easyAskPage(site);
  const expected = site.plans.filter((p) => !p.data.planDocumentAvailable);
  assert.ok(expected.length > 0, 'the fixture has a plan year without its document');
  assert.deepEqual(
    missing,
    expected.map((p) => ({ year: p.data.year, requestHint: p.data.requestHint })),
  );
});
