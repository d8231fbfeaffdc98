/** What a fact may be called, from the kind of its source: one derivation, the same words in every language. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import {
  canState,
  certaintyCeiling,
  evidenceOf,
  figureCeiling,
  inPlanText,
  labelText,
  leadText,
  restsOn,
  sourceFacts,
  whoSays,
  type SourceFacts,
} from '../../../src/lib/sources/evidence.ts';
import { sourceCounts, sourceCountsText } from '../../../src/lib/sources/source-counts.ts';
import { sourceKinds, type SourceKind } from '../../../src/schemas/source-kinds.ts';
import { sv } from '../../../src/i18n/sv/index.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { ar } from '../../../src/i18n/ar/index.ts';

const site = buildSite(loadContent('tests/fixtures/valid').snapshot);
const same = (x: string) => x;

const facts = (kind: SourceKind, more: Partial<SourceFacts> = {}): SourceFacts => ({
  kind,
  id: kind,
  publisher: 'Utgivaren',
  ...more,
});

test("only the acting body's record, the municipality's news and an authority about its own acts state a decision", () => {
  const stating = sourceKinds.filter((k) => canState(facts(k), 'decision', 'Nämnden'));
  assert.deepEqual(stating, ['record', 'municipal-news']);
  assert.ok(canState(facts('authority', { publisher: 'Polismyndigheten' }), 'decision', 'Polismyndigheten'));
  assert.ok(!canState(facts('authority', { publisher: 'Polismyndigheten' }), 'decision', 'Kommunen'));
  // Statistics state a figure, nothing else.
  assert.ok(canState(facts('statistics'), 'figure'));
  assert.ok(!canState(facts('statistics'), 'action'));
});

test('the label of a decision by kind: Beslut where stated, the publisher named where not', () => {
  const label = (f: SourceFacts) => labelText(evidenceOf([f], 'decision', 'Nämnden'), sv, same);
  assert.equal(label(facts('record', { document: 'minutes' })), 'Beslut');
  assert.equal(label(facts('municipal-news')), 'Beslut');
  assert.equal(
    label(facts('party', { party: 'Socialdemokraterna' })),
    'Enligt Socialdemokraternas webbplats',
  );
  assert.equal(
    label(facts('party', { party: 'Vänsterpartiet', note: true })),
    'Enligt Vänsterpartiets protokollsanteckning',
  );
  assert.equal(
    label(facts('majority', { author: 'Allians för Linköping' })),
    'Enligt majoriteten (Allians för Linköping)',
  );
  assert.equal(label(facts('news', { publisher: 'Corren' })), 'Nyhet');
  assert.equal(
    label(facts('opinion', { publisher: 'Corren', author: 'tre fältarbetare', form: 'letter' })),
    'Enligt en insändare av tre fältarbetare i Corren',
  );
  assert.equal(
    label(facts('secondary', { publisher: 'Teller Report (maskinöversättning av SVT)' })),
    'Enligt Teller Report (maskinöversättning av SVT)',
  );
  assert.equal(label(facts('authority', { publisher: 'Polismyndigheten' })), 'Enligt Polismyndigheten');
});

test('what else a source says: the municipality tells, an authority tells of its own acts, a newspaper reports', () => {
  assert.equal(labelText(evidenceOf([facts('municipal-news')], 'action'), sv, same), 'Kommunen berättar');
  assert.equal(
    labelText(
      evidenceOf([facts('authority', { publisher: 'Polismyndigheten' })], 'action', 'Polismyndigheten'),
      sv,
      same,
    ),
    'Polismyndigheten berättar',
  );
  const news = evidenceOf([facts('news', { publisher: 'Corren' })], 'action');
  assert.equal(leadText(news, sv, same), 'Corren rapporterar:');
  assert.equal(
    leadText(evidenceOf([facts('majority', { author: 'Allians för Linköping' })], 'plan'), sv, same),
    'Majoriteten (Allians för Linköping) skriver:',
  );
  assert.equal(leadText(evidenceOf([facts('municipal-news')], 'action'), sv, same), null);
});

test('several sources: one that may state it decides; otherwise the closest to the acting body speaks', () => {
  const e = evidenceOf(
    [facts('party', { party: 'Socialdemokraterna' }), facts('municipal-news')],
    'decision',
  );
  assert.equal(e.stance, 'stated');
  assert.equal(e.by.kind, 'municipal-news');
  const attributed = evidenceOf(
    [facts('opinion', { author: 'x', form: 'letter' }), facts('news', { publisher: 'Corren' })],
    'action',
  );
  assert.equal(attributed.by.kind, 'news');
});

test('certainty: the plan itself is certain, a quotation second-hand, news and summaries uncertain', () => {
  assert.equal(certaintyCeiling([facts('record')]), 'high');
  assert.equal(certaintyCeiling([facts('party', { note: true })]), 'medium');
  assert.equal(certaintyCeiling([facts('municipal-news')]), 'medium');
  assert.equal(certaintyCeiling([facts('secondary')]), 'low');
  assert.equal(certaintyCeiling([facts('secondary'), facts('record')]), 'high');
  // A figure: official statistics are certain, an authority passing on others' figures is not.
  assert.equal(figureCeiling([facts('statistics')]), 'high');
  assert.equal(figureCeiling([facts('authority')]), 'medium');
  assert.equal(figureCeiling([facts('news')]), 'low');
});

test("a paragraph inside a protocol note is the party's text, though the minutes are a record", () => {
  const note = sourceFacts(site, { document: 'beslut', anchor: 'st-3' });
  assert.deepEqual([note.kind, note.party, note.note], ['party', 'Vänsterpartiet', true]);
  assert.equal(sourceFacts(site, { document: 'beslut', anchor: 'st-1' }).kind, 'record');
  assert.equal(sourceFacts(site, { reference: 'kommunnytt' }).kind, 'municipal-news');
  assert.equal(restsOn([note], sv, same, 'sv-SE'), 'Känd från Vänsterpartiets protokollsanteckning.');
});

test('a plan year is said as surely as its source allows', () => {
  const year = { year: 2023, number: '1.1', source: { document: 'beslut', anchor: 'st-3' } };
  assert.equal(
    inPlanText(site, 'high', year, sv, same),
    'Vänsterpartiets protokollsanteckning nämner åtgärden i planen för 2023 som nummer 1.1.',
  );
  assert.equal(
    inPlanText(site, 'low', { year: 2023, number: null, source: { reference: 'nyhet' } }, sv, same),
    'Testtidningen räknar den till åtgärderna 2023. Det är inte säkert att den finns i planen för 2023.',
  );
  assert.equal(
    inPlanText(
      site,
      'high',
      { year: 2023, number: '1.1', source: { document: 'beslut', anchor: 'st-1' } },
      sv,
      same,
    ),
    'Åtgärden finns i planen för 2023 som nummer 1.1.',
  );
});

test('the same derivation in English and Arabic, from their dictionaries', () => {
  const party = evidenceOf([facts('party', { party: 'Socialdemokraterna' })], 'decision');
  assert.equal(labelText(party, en, same), "According to Socialdemokraterna's website");
  assert.equal(labelText(party, ar, same), 'بحسب الموقع الإلكتروني لـSocialdemokraterna');
  const letter = facts('opinion', { publisher: 'Corren', author: 'three field workers', form: 'letter' });
  assert.equal(whoSays(letter, en, same), 'a reader letter by three field workers in Corren');
  assert.equal(labelText(evidenceOf([facts('municipal-news')], 'action'), ar, same), 'البلدية تخبر');
});

test("the sources are counted by kind, the municipality's own first", () => {
  const counts = sourceCounts(site);
  assert.equal(counts.total, 4);
  assert.deepEqual(counts.groups, [
    { group: 'own', count: 2 },
    { group: 'news', count: 1 },
    { group: 'opinion', count: 1 },
  ]);
  assert.equal(
    sourceCountsText(counts, sv, 'sv-SE'),
    'Insyn bygger på 4 källor: 2 kommunens egna handlingar och nyheter, 1 nyhetsartikel och 1 debattartikel eller insändare.',
  );
  assert.match(sourceCountsText(counts, en, 'en-GB'), /^Insyn rests on 4 sources: /);
});
