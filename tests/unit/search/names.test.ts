import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { buildRecords, recordLanguage } from '../../../src/lib/search/records.ts';
import { searchVocabulary } from '../../../src/lib/search/names.ts';
import { namedKeys, planQuery } from '../../../src/lib/search/query.ts';
import { knownFilterValues } from '../../../src/lib/search/facets.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';

// The fixture site, not content/: these test how names are built, not which names the site has.
const site = buildSite(loadContent('tests/fixtures/site').snapshot);
const sv = recordLanguage(site, 'sv');
const vocabulary = searchVocabulary(site, sv);
const records = buildRecords(site, sv);

test('every key a record carries names a thing; only parties that left no note name no record', () => {
  const keys = new Set(vocabulary.names.map((n) => n.key));
  const carried = new Set(records.flatMap((r) => (r.nameKey ? [r.nameKey] : [])));
  for (const key of carried) assert.ok(keys.has(key), key);
  const withNotes = new Set(site.notes.map((n) => `parti:${n.note.party}`));
  assert.deepEqual(
    [...keys].filter((k) => !carried.has(k)),
    [...site.partyById.keys()].map((id) => `parti:${id}`).filter((k) => !withNotes.has(k)),
  );
});

test('districts, measures, parties, bodies and plan years are named as a reader would', () => {
  const named = (q: string) => namedKeys(q, vocabulary.names);
  assert.deepEqual(named('Skäggetorp'), ['omrade:skaggetorp']);
  assert.deepEqual(named('områdesteam'), ['atgard:omradesteam']);
  assert.deepEqual(named('kulturskolan'), ['atgard:kulturskolan-for-fler']);
  assert.deepEqual(named('5.4'), ['atgard:kulturskolan-for-fler']);
  assert.deepEqual(named('Miljöpartiet kritik'), ['parti:mp']);
  assert.deepEqual(named('V:s protokollsanteckning'), ['parti:v']);
  assert.deepEqual(named('kommunstyrelsen 2023'), ['organ:kommunstyrelsen']);
  assert.deepEqual(named('plan 2023'), ['plan:2023']);
  assert.deepEqual(named('lokala'), [], 'a word two measures share names neither');
});

test('misspellings are put right to district, party and body names only, never to function words', () => {
  for (const name of ['Skäggetorp', 'Berga', 'Miljöpartiet', 'Kommunstyrelsen', 'Samhällsbyggnadsnämnden'])
    assert.ok(vocabulary.spellings.includes(name), name);
  assert.ok(!vocabulary.spellings.includes('Samtliga'));
  assert.ok(!vocabulary.spellings.some((w) => w.length < 5));
  assert.equal(planQuery('Skägetorp', vocabulary, true).term, 'Skäggetorp');
});

test('an English vocabulary names things in English and in Swedish', () => {
  const en = searchVocabulary(site, recordLanguage(site, 'en'));
  assert.deepEqual(namedKeys('Plan 2023', en.names), ['plan:2023']);
  assert.deepEqual(namedKeys('Miljöpartiet', en.names), ['parti:mp']);
  assert.deepEqual(namedKeys('Kommunstyrelsen', en.names), ['organ:kommunstyrelsen']);
});

test('the party filter lists every party in the council, the year filter every plan year', () => {
  const values = knownFilterValues(site);
  assert.equal(values.parti!.length, site.partyById.size);
  assert.ok(values.parti!.includes('Moderaterna (M)'), 'a party that left no note is listed too');
  assert.deepEqual(
    values.ar,
    site.plans.map((p) => String(p.data.year)),
  );
});
