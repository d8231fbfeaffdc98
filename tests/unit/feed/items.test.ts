import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { withRelatedDecisions } from '../support/related-decisions.ts';
import {
  belongsTo,
  feedItems,
  feedLanguage,
  feedLinksFor,
  pubDateOf,
  rssItem,
} from '../../../src/lib/feed/items.ts';

// The fixture site (tests/fixtures/site): a copy of content/ plus invented plan years, so a new
// protocol note or a reworded status in content/ does not change what these tests see.
// Two invented related decisions beside them (tests/unit/support/related-decisions.ts).
const site = buildSite(withRelatedDecisions(loadContent('tests/fixtures/site').snapshot));
const items = feedItems(site, feedLanguage('sv', site));

test('the feed has plan decisions, decisions in minutes, follow-ups and every protocol note, newest first', () => {
  const dates = items.map((i) => i.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.equal(items.filter((i) => i.kind === 'note').length, site.notes.length);
  const datedPlans = site.plans.filter((p) => p.data.decidedOn.value !== null);
  assert.deepEqual(
    items
      .filter((i) => i.kind === 'plan-decided')
      .map((i) => i.link)
      .sort(),
    datedPlans.map((p) => `/planer/${p.data.year}/`).sort(),
  );
  const followUp = items.find((i) => i.kind === 'follow-up' && i.link === '/planer/2022/#uppfoljning');
  assert.ok(followUp);
  assert.equal(followUp.date, '2023-02-14');
  assert.match(followUp.description, /Genomförd: 15, Pågår: 39, Ej genomförd: 6 \(av 60 åtgärder\)/);
});

test('only events whose date a source gives are in the feed: no plan without a decision date', () => {
  assert.equal(
    items.some((i) => i.link === '/planer/2024/' || i.link === '/planer/2022/'),
    false,
  );
  assert.ok(items.every((i) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(i.date)));
});

test('each item names its source', () => {
  for (const i of items) assert.match(i.description, /Källa: /, i.title);
});

test('a district gets the notes that name it and the items about the whole plan, nothing else', () => {
  const ryd = items.filter((i) => belongsTo(i, 'ryd'));
  const rydNotes = ryd.filter((i) => i.kind === 'note').map((i) => i.link);
  assert.deepEqual(rydNotes, ['/protokoll/ks-2023-02-14-31/#anteckning-mp']);
  assert.ok(ryd.some((i) => i.kind === 'plan-decided'));
  const skaggetorpNotes = items
    .filter((i) => i.kind === 'note' && belongsTo(i, 'skaggetorp'))
    .map((i) => i.link.split('#')[1])
    .sort();
  assert.deepEqual(skaggetorpNotes, ['anteckning-ll', 'anteckning-mp', 'anteckning-v']);
});

test('a full date is published at noon UTC that day; a month or a year gets no invented day', () => {
  assert.equal(pubDateOf('2023-02-14')?.toISOString(), '2023-02-14T12:00:00.000Z');
  assert.equal(pubDateOf('2020-12'), undefined);
  assert.equal(pubDateOf('2018'), undefined);
});

test('item links are absolute and keep their anchor', () => {
  const note = items.find((i) => i.kind === 'note')!;
  const r = rssItem(note, new URL('https://insyn.example.se'));
  assert.equal(r.link, `https://insyn.example.se${note.link}`);
  assert.match(r.link, /#anteckning-/);
});

test('a district page announces its own feed beside the site feed; other pages only the site feed', () => {
  const districts = [{ id: 'ryd', name: 'Ryd' }];
  assert.deepEqual(feedLinksFor('/omraden/ryd/', districts), [
    { href: '/flode.xml' },
    { href: '/flode/ryd.xml', district: 'Ryd' },
  ]);
  assert.deepEqual(feedLinksFor('/omraden/', districts), [{ href: '/flode.xml' }]);
});

test("a page in another language announces that language's feeds", () => {
  const districts = [{ id: 'ryd', name: 'Ryd' }];
  assert.deepEqual(feedLinksFor('/en/omraden/ryd/', districts), [
    { href: '/en/flode.xml' },
    { href: '/en/flode/ryd.xml', district: 'Ryd' },
  ]);
  assert.deepEqual(feedLinksFor('/ar/', districts), [{ href: '/ar/flode.xml' }]);
  // Easy-read Swedish has no feed of its own: the Swedish one.
  assert.deepEqual(feedLinksFor('/lattlast/', districts), [{ href: '/flode.xml' }]);
});

test("a feed in another language links to that language's pages and keeps the quotations Swedish", () => {
  const english = feedItems(site, feedLanguage('en', site));
  assert.equal(english.length, items.length);
  english.forEach((item, i) => {
    assert.equal(item.link, `/en${items[i].link}`);
    assert.equal(item.date, items[i].date);
  });
  const decision = items.find((i) => i.kind === 'decision')!;
  // the quoted words, Swedish, inside the English feed's own quotation marks
  const quoted = /”([^”]+)”/.exec(decision.description)![1];
  assert.ok(english.find((i) => i.link === `/en${decision.link}`)!.description.includes(quoted));
});

test('a related decision is a feed item told as its source allows, never called a measure; one no source dates is left out', () => {
  const related = items.filter((i) => i.kind === 'related');
  assert.deepEqual(
    related.map((i) => [i.title, i.link, i.districts]),
    [
      [
        'Kommunen berättar (andra beslut i området): Fixturåtgärd med belysning vid torget',
        '/omraden/berga/#beslut-fixtur-beslut',
        ['berga'],
      ],
    ],
  );
  assert.match(related[0].description, /Inte känt som en del av åtgärdsplanen\. Källa: Linköpings kommun/);
  assert.ok(!items.some((i) => i.link.includes('fixtur-overenskommelse')), 'no date, no feed item');
  assert.ok(belongsTo(related[0], 'berga') && !belongsTo(related[0], 'ryd'));
  // In English the label and the words around it come from the English dictionary.
  const en = feedItems(site, feedLanguage('en', site)).find((i) => i.kind === 'related');
  assert.match(en?.title ?? '', /^The municipality reports \(other decisions in the area\): /);
});
