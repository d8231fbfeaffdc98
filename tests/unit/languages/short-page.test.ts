import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortPage } from '../../../src/lib/languages/short-page.ts';
import { municipalityContact } from '../../../src/lib/contact/municipality.ts';
import { site } from '../../support/fixture-context.ts';

test('a one-page language’s page: every status word, then the site’s own "Okänd"', () => {
  const { statuses } = shortPage(site);
  assert.deepEqual(statuses, [
    ...site.statuses.map((s) => ({ id: s.id, key: s.id })),
    { id: null, key: 'okand' },
  ]);
});

test('each district links to its page in Swedish, easy-read, English and Arabic, each named in its language', () => {
  const { districts } = shortPage(site);
  assert.equal(districts.length, site.districts.length);
  assert.deepEqual(
    districts[0].links.map((l) => [l.href, l.lang]),
    [
      ['/omraden/berga/', 'sv'],
      ['/lattlast/omraden/berga/', 'sv'],
      ['/en/omraden/berga/', 'en'],
      ['/ar/omraden/berga/', 'ar'],
    ],
  );
});

test('the municipality’s number never breaks across lines, and its source is linked', () => {
  const { contact, askHref } = shortPage(site);
  assert.equal(contact.phone, '013\u201120\u00a060\u00a000');
  assert.equal(contact.tel, municipalityContact.tel);
  assert.equal(contact.sourceHref, '/dokument/pm-2020-12-samordningsplan/#st-25');
  assert.equal(askHref, '/lattlast/fraga-kommunen/');
});
