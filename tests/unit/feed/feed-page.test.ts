import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictOf } from '../../../src/i18n/index.ts';
import { feedPage } from '../../../src/lib/feed/feed-page.ts';
import { belongsTo } from '../../../src/lib/feed/items.ts';
import { site } from '../../support/fixture-context.ts';

test('the language’s feed: its path under the language, its title and every item', () => {
  const sv = feedPage(site, 'sv');
  assert.equal(sv.path, '/flode.xml');
  assert.equal(sv.title, dictOf('sv').feed.title);
  assert.equal(sv.language, dictOf('sv').feed.language);
  assert.ok(sv.items.length > 0);
  assert.equal(feedPage(site, 'en').path, '/en/flode.xml');
  assert.equal(feedPage(site, 'en').items.length, sv.items.length);
});

test('a district’s feed: the language feed’s items that belong to the district', () => {
  const all = feedPage(site, 'ar');
  const berga = feedPage(site, 'ar', { id: 'berga', name: 'Berga' });
  assert.equal(berga.path, '/ar/flode/berga.xml');
  assert.equal(berga.title, dictOf('ar').feed.districtTitle('Berga'));
  assert.deepEqual(
    berga.items,
    all.items.filter((i) => belongsTo(i, 'berga')),
  );
  assert.ok(berga.items.length < all.items.length || all.items.every((i) => belongsTo(i, 'berga')));
});
