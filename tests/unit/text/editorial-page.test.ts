import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { editorialPage } from '../../../src/lib/text/editorial-page.ts';

const base = loadContent('tests/fixtures/site').snapshot;
const om = base.pages.find((p) => p.id === 'om')!;
const review = { status: 'unreviewed' } as const;
const translated: Snapshot = {
  ...base,
  pages: [
    ...base.pages,
    { ...om, id: 'om-en', data: { ...om.data, title: 'About', lang: 'en', translationOf: 'om', review } },
  ],
};

test('a Swedish editorial page: the page itself, no review notice', () => {
  const page = editorialPage(buildSite(base), 'om', 'sv');
  assert.deepEqual(
    { ...page, title: undefined, description: undefined },
    { entryId: 'om', title: undefined, description: undefined, onlySwedish: false, review: undefined },
  );
});

test('in another language: Insyn’s translation with its review', () => {
  const page = editorialPage(buildSite(translated), 'om', 'en');
  assert.equal(page.entryId, 'om-en');
  assert.equal(page.title, 'About');
  assert.equal(page.onlySwedish, false);
  assert.deepEqual(page.review, review);
});

test('in a language without a translation: the Swedish page, said to exist only in Swedish', () => {
  const page = editorialPage(buildSite(translated), 'om', 'ar');
  assert.equal(page.entryId, 'om');
  assert.equal(page.onlySwedish, true);
  assert.equal(page.review, null);
});

test('a page that does not exist fails the build with its file', () => {
  assert.throws(() => editorialPage(buildSite(base), 'saknas', 'sv'), /content\/pages\/saknas\.mdx/);
});
