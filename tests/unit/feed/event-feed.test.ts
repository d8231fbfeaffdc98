import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { belongsTo, feedItems, feedLanguage } from '../../../src/lib/feed/items.ts';
import { eventColumns, eventRows } from '../../../src/lib/data-export/event-rows.ts';

const { snapshot } = loadContent('tests/fixtures/valid');
const site = buildSite(snapshot);
const items = feedItems(site, feedLanguage('sv', site));

test('every event is a feed item with the label its source allows in the title, linking to its anchor on the measure page', () => {
  const events = items.filter((i) => i.kind === 'event');
  assert.deepEqual(events.map((i) => i.title).sort(), [
    'Beslut (händelse): Öka tryggheten i parken',
    'Enligt Vänsterpartiets protokollsanteckning (händelse): Öka tryggheten i parken',
    'Enligt en insändare av en boende i Testtidningen (händelse): Öka tryggheten i parken',
    'Nyhet (händelse): Öka tryggheten i parken',
  ]);
  const claim = events.find((i) => i.link === '/atgarder/parken/#pastaende-2024')!;
  assert.match(
    claim.description,
    /^Enligt en insändare av en boende i Testtidningen: Parken har blivit otryggare\. Källa: /,
  );
  const news = events.find((i) => i.title.startsWith('Nyhet'))!;
  assert.match(news.description, /^Testtidningen rapporterar: /);
  const decision = events.find((i) => i.link === '/atgarder/parken/#beslut-2023-03')!;
  assert.match(
    decision.description,
    /^Beslut av tekniska nämnden \(dnr TN 2023-1\)\. .*Troligen en del av åtgärden, men inte säkert\./,
  );
  // An event belongs to the districts its measure names.
  assert.ok(events.every((i) => belongsTo(i, 'norr')));
});

test('a correction is a feed item linking to its entry on /rattelser/', () => {
  const correction = items.find((i) => i.kind === 'correction');
  assert.ok(correction);
  assert.equal(correction.title, 'Rättelse: Beslutet om belysning');
  assert.equal(correction.link, '/rattelser/#parken-belysning');
  assert.equal(correction.date, '2024-05-01');
});

test('the events dataset has one row per event in date order, with the documented columns only', () => {
  const rows = eventRows(snapshot);
  assert.deepEqual(
    rows.map((r) => [r.date, r.what, r.label, r.stance, r.source_kind, r.attribution]),
    [
      ['2023-02', 'action', 'according', 'attributed', 'party', 'Vänsterpartiets protokollsanteckning'],
      ['2023-02-14', 'action', 'news', 'attributed', 'news', 'Testtidningen'],
      ['2023-03-01', 'decision', 'decision', 'stated', 'municipal-news', ''],
      [
        '2024-04-02',
        'action',
        'according',
        'attributed',
        'opinion',
        'en insändare av en boende i Testtidningen',
      ],
    ],
  );
  for (const r of rows)
    assert.deepEqual(
      Object.keys(r),
      eventColumns.map((c) => c.name),
    );
  const decision = rows.find((r) => r.what === 'decision')!;
  assert.equal(decision.link_confidence, 'medium');
  assert.equal(decision.diary_number, 'TN 2023-1');
  assert.equal(decision.page, '/atgarder/parken/#beslut-2023-03');
  assert.equal(rows.find((r) => r.source_kind === 'party')!.source, '/dokument/beslut/#st-3');
});
