import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referencesPage } from '../../../src/lib/sources/references-page.ts';
import { sourceKinds } from '../../../src/schemas/source-kinds.ts';
import { site } from '../../support/fixture-context.ts';

test('the sources page lists every reference and explains only the kinds they have, in the kinds’ order', () => {
  const { references, kinds } = referencesPage(site);
  assert.deepEqual(references, site.references);
  const used = new Set(site.references.map((r) => r.data.kind));
  assert.deepEqual(
    kinds,
    sourceKinds.filter((k) => used.has(k)),
  );
  assert.ok(kinds.length > 0 && kinds.length <= sourceKinds.length);
});
