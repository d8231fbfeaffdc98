import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextAt, site } from '../../support/fixture-context.ts';
import { sourceCounts, sourceCountsText } from '../../../src/lib/sources/source-counts.ts';
import { dictOf } from '../../../src/i18n/index.ts';

test("a content text is Insyn's translation on a page in its language, the Swedish elsewhere", () => {
  const en = contextAt('/en/atgarder/');
  assert.equal(en.text('Pågår'), 'Ongoing');
  assert.equal(en.text('Genomförd'), 'Genomförd', 'no translation: the Swedish as it stands');
  assert.equal(en.translation('Genomförd'), undefined);
  assert.equal(en.translation('Pågår')?.review.status, 'unreviewed');
  const sv = contextAt('/atgarder/');
  assert.equal(sv.text('Pågår'), 'Pågår');
  assert.equal(sv.translation('Pågår'), undefined, 'a Swedish page has no translation');
  assert.equal(contextAt('/ar/atgarder/').text('Pågår'), 'Pågår', 'the English translation is not Arabic');
});

test('a citation names the document and paragraph in the page’s words, and links in the page’s language', () => {
  const source = { document: 'ks-2023-02-14-31', anchor: 'st-11' };
  const sv = contextAt('/planer/2022/').cite(source);
  assert.match(sv.label, /^KS 2023-02-14 § 31, s\. \d+, st\. 11$/);
  assert.equal(sv.href, '/dokument/ks-2023-02-14-31/#st-11');
  assert.equal(sv.secondary, false);
  const en = contextAt('/en/planer/2022/');
  assert.match(en.cite(source).label, /^KS 2023-02-14 § 31, p\. \d+, para\. 11$/);
  assert.equal(en.link(en.cite(source).href), '/en/dokument/ks-2023-02-14-31/#st-11');
  assert.equal(contextAt('/').cite({ reference: 'tellerreport-2022-05-18' }).secondary, true);
});

test('a glossary link has an entry: a glossary word, a status, or the unknown status', () => {
  const { isTerm } = contextAt('/');
  assert.ok(isTerm('uppfoljning'));
  assert.ok(isTerm('pagar'));
  assert.ok(isTerm('okand'));
  assert.ok(!isTerm('inget-sadant-ord'));
});

test("the report link carries the page's public address and the fact", () => {
  const href = contextAt('/en/omraden/berga/').report('Källa: KS 2023-02-14 § 31');
  assert.ok(href.startsWith('mailto:'));
  assert.ok(decodeURIComponent(href).includes('https://insyn.example.se/en/omraden/berga/'));
  assert.ok(decodeURIComponent(href).includes('Källa: KS 2023-02-14 § 31'));
});

test('links: full languages under their prefix, easy-read to its own page where there is one', () => {
  assert.equal(contextAt('/ar/').link('/omraden/berga/'), '/ar/omraden/berga/');
  const easy = contextAt('/lattlast/');
  assert.equal(easy.link('/omraden/berga/'), '/lattlast/omraden/berga/');
  assert.equal(easy.link('/planer/jamfor/'), '/planer/jamfor/', 'no easy-read comparison page');
  assert.equal(contextAt('/so/').link('/omraden/'), '/omraden/', 'a one-page language links to Swedish');
});

test('the alternates pair the page with itself in the other full languages', () => {
  const { alternates } = contextAt('/en/omraden/berga/');
  const byId = new Map(alternates.map((a) => [a.id, a]));
  assert.equal(byId.get('sv')?.href, '/omraden/berga/');
  assert.equal(byId.get('sv')?.hreflang, 'sv');
  assert.equal(byId.get('en')?.current, true);
  assert.equal(byId.get('lattlast')?.href, '/lattlast/omraden/berga/');
  assert.equal(byId.get('lattlast')?.hreflang, undefined, 'easy-read is Swedish: no hreflang');
  assert.equal(byId.get('so')?.href, '/so/');
});

test("a district page announces its district's feed", () => {
  assert.deepEqual(
    contextAt('/omraden/berga/').feeds.map((f) => f.href),
    ['/flode.xml', '/flode/berga.xml'],
  );
});

test('the lookups are built once per language and shared by its pages', () => {
  assert.equal(contextAt('/en/').text, contextAt('/en/omraden/').text);
  assert.notEqual(contextAt('/en/').text, contextAt('/ar/').text);
});

test("the source counts come from the data, in the interface's words: Swedish around a one-page language", () => {
  const counts = sourceCounts(site);
  assert.equal(counts.total, site.documents.length + site.references.length);
  assert.equal(contextAt('/kallor/').sourceCounts, sourceCountsText(counts, dictOf('sv'), 'sv-SE'));
  assert.match(contextAt('/kallor/').sourceCounts, /^Insyn bygger på \d+ källor: /);
  assert.match(contextAt('/en/kallor/').sourceCounts, /^Insyn rests on \d+ sources: /);
  assert.equal(contextAt('/so/').sourceCounts, contextAt('/').sourceCounts);
});
