import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { easyReadPages, hasEasyReadPage } from '../../../src/lib/easy-read/pages.ts';
import { swedishPages } from '../../../src/lib/urls/page-list.ts';

const site = buildSite(loadContent('tests/fixtures/site').snapshot);

test('easy-read: the predicate used by links agrees with the list of built easy-read pages', () => {
  const listed = new Set(easyReadPages(site));
  for (const path of listed) assert.ok(hasEasyReadPage(path), `${path} is built but links would skip it`);
  for (const path of swedishPages(site))
    assert.equal(hasEasyReadPage(path), listed.has(path), `${path}: predicate and list disagree`);
  assert.ok(hasEasyReadPage('/omraden/berga/#matt'), 'an anchor does not change the page');
  assert.ok(!hasEasyReadPage('/planer/jamfor/'), 'the comparison list is not an easy-read page');
});
