import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { contentText } from '../../../src/lib/text/content-text.ts';
import { listParts, partText } from '../../../src/lib/text/sentence-parts.ts';
import { districtAnswer } from '../../../src/lib/district/answer.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

const base = loadContent('tests/fixtures/valid').snapshot;

/** The fixture with an English translation of the district name "Norr". */
function translated(): Snapshot {
  const s: Snapshot = structuredClone(base);
  s.translations = [
    {
      id: 'en',
      data: { review: { status: 'unreviewed' }, entries: [{ sv: 'Norr', text: 'North' }] },
    } as Snapshot['translations'][number],
  ];
  return s;
}

test("a content text is Insyn's translation where there is one, else the Swedish as it stands", () => {
  const site = buildSite(translated());
  assert.equal(contentText(site, 'en', 'Norr'), 'North');
  assert.equal(contentText(site, 'ar', 'Norr'), 'Norr');
  assert.equal(contentText(site, 'sv', 'Norr'), 'Norr');
  assert.equal(contentText(site, 'en', 'Söder'), 'Söder');
});

test("a list is joined in the page's locale, its items kept as they are", () => {
  const link = { text: 'b', href: '/b/' };
  assert.deepEqual(listParts(['a', link, 'c'], 'sv-SE'), ['a', ', ', link, ' och ', 'c']);
  assert.deepEqual(listParts(['a', link, 'c'], 'en-GB'), ['a', ', ', link, ' and ', 'c']);
  assert.deepEqual(listParts([link], 'en-GB'), [link]);
});

test("the district answer on an English page: the district's translated name, links under /en/, dates in English", () => {
  const s = translated();
  s.measures.find((m) => m.id === 'parken')!.data.events = [
    { date: '2023-03', what: 'action', text: 'Parken fick belysning.', source: { reference: 'nyhet' } },
  ];
  const answer = districtAnswer(buildSite(s), 'norr', i18nFor('en'));
  const measures = answer.find((x) => x.key === 'measures')!;
  assert.match(measures.parts.map(partText).join(''), /North/);
  assert.ok(
    measures.parts.some((p) => typeof p === 'object' && 'href' in p && p.href === '/en/atgarder/parken/'),
  );
  const event = answer.find((x) => x.key === 'event')!;
  assert.match(event.parts.map(partText).join(''), /March 2023/);
  // The event's text (Insyn's Swedish, through Tx) stands in the page's list of decisions and events, linked here.
  assert.ok(event.parts.some((p) => typeof p === 'object' && 'href' in p && p.href === '#gjort'));
  assert.ok(!event.parts.map(partText).join('').includes('Parken fick belysning'));
});
