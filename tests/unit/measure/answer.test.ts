import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { measureAnswer } from '../../../src/lib/measure/answer.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { partText } from '../../../src/lib/text/sentence-parts.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

const base = loadContent('tests/fixtures/valid').snapshot;
const sv = i18nFor('sv');
const text = (l: { parts: Parameters<typeof partText>[0][] }) => l.parts.map(partText).join('');

test('a status the follow-up gives is stated with its year and source', () => {
  const site = buildSite(base);
  const [status] = measureAnswer(site, site.measureById.get('parken')!, sv);
  assert.equal(text(status), 'Kommunens uppföljning anger status ”Genomförd” för 2023.');
  assert.deepEqual(status.sources, [{ document: 'beslut', anchor: 'st-2' }]);
});

test('without a status the answer says no follow-up gives one, and the latest event is attributed, not a status', () => {
  const s: Snapshot = structuredClone(base);
  s.measures.find((m) => m.id === 'jobb')!.data.events = [
    { date: '2022-05', what: 'action', text: 'Fler tjänster.', source: { reference: 'nyhet' } },
    { date: '2021', what: 'action', text: 'Starten.', source: { reference: 'nyhet' } },
  ];
  const site = buildSite(s);
  const lines = measureAnswer(site, site.measureById.get('jobb')!, sv);
  assert.deepEqual(lines.map(text), [
    'Ingen uppföljning som Insyn har anger någon status för åtgärden.',
    'Senast kända händelse (maj 2022), enligt Testtidningen. Läs mer i tidslinjen.',
  ]);
  assert.equal(lines[1].key, 'event');
});

test("a claim is told in its author's name and an inferred tie says it is not certain", () => {
  const s: Snapshot = structuredClone(base);
  const jobb = s.measures.find((m) => m.id === 'jobb')!;
  jobb.data.events = [
    {
      date: '2024-04-02',
      what: 'action',
      text: 'Tjänster tas bort.',
      source: { reference: 'insandare' },
    },
  ];
  let site = buildSite(s);
  assert.equal(
    text(measureAnswer(site, site.measureById.get('jobb')!, sv)[1]),
    'Senast kända händelse (2 april 2024), enligt en insändare av en boende i Testtidningen. Läs mer i tidslinjen.',
  );
  jobb.data.events = [
    {
      date: '2023-02-16',
      what: 'decision',
      body: 'Nämnden',
      text: 'Lägre avgift.',
      link: { confidence: 'medium', reason: 'samma ämne' },
      source: { reference: 'nyhet' },
    },
  ];
  site = buildSite(s);
  assert.equal(
    text(measureAnswer(site, site.measureById.get('jobb')!, sv)[1]),
    'Senast kända händelse (beslut, 16 februari 2023), enligt Testtidningen. Troligen en del av åtgärden, men inte säkert. Läs mer i tidslinjen.',
  );
});

test('an announced event keeps its force: "planerat", never a bare "plan" that reads as the action plan', () => {
  const s: Snapshot = structuredClone(base);
  const jobb = s.measures.find((m) => m.id === 'jobb')!;
  jobb.data.events = [
    { date: '2023-03-24', what: 'plan', text: 'Avgiften ska sänkas.', source: { reference: 'nyhet' } },
  ];
  const site = buildSite(s);
  assert.equal(
    text(measureAnswer(site, site.measureById.get('jobb')!, sv)[1]),
    'Senast kända händelse (planerat, 24 mars 2023), enligt Testtidningen. Läs mer i tidslinjen.',
  );
});
