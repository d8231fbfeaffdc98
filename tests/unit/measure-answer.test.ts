import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site.ts';
import { measureAnswer } from '../../src/lib/measure-answer.ts';
import type { Snapshot } from '../../src/lib/snapshot.ts';

const base = loadContent('tests/fixtures/valid').snapshot;

test('a status the follow-up gives is stated with its year and source', () => {
  const site = buildSite(base);
  const [status] = measureAnswer(site, site.measureById.get('parken')!);
  assert.equal(status.text, 'Kommunens uppföljning anger status ”Genomförd” för 2023.');
  assert.deepEqual(status.sources, [{ document: 'beslut', anchor: 'st-2' }]);
});

test('without a status the answer says no follow-up gives one, and the latest event is attributed, not a status', () => {
  const s: Snapshot = structuredClone(base);
  s.measures.find((m) => m.id === 'jobb')!.data.events = [
    { date: '2022-05', text: 'Fler tjänster.', source: { reference: 'nyhet' } },
    { date: '2021', text: 'Starten.', source: { reference: 'nyhet' } },
  ];
  const site = buildSite(s);
  const lines = measureAnswer(site, site.measureById.get('jobb')!);
  assert.deepEqual(lines.map((l) => l.text), [
    'Ingen uppföljning som Insyn har anger någon status för åtgärden.',
    'Senast kända händelse (maj 2022), enligt Testtidningen: Fler tjänster.',
  ]);
  assert.equal(lines[1].key, 'event');
});
