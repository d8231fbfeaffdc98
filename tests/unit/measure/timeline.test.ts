import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { measureTimeline, timelineKind, timelineSource } from '../../../src/lib/measure/timeline.ts';

const site = buildSite(loadContent('tests/fixtures/valid').snapshot);
const parken = site.measureById.get('parken')!;

test('plan years, follow-up statuses, protocol notes and events come in one list in date order, each with the label its source allows', () => {
  const items = measureTimeline(site, parken);
  assert.deepEqual(
    items.map((i) => [timelineKind(i), i.date]),
    [
      ['plan', '2023-01-26'], // the plan's decision date
      ['according', '2023-02'], // a month sorts before the days in it; a party's note is the party's word
      ['news', '2023-02-14'],
      ['note', '2023-02-14'], // same day: the event, then the note
      ['decision', '2023-03-01'], // the municipality's news may state a decision
      ['follow-up', null], // no reporting date: placed after its plan year, shown as unknown
      ['according', '2024-04-02'], // a reader letter is its writer's word
    ],
  );
  // The plan item says the measure is in the plan only as surely as its source allows.
  const plan = items.find((i) => i.type === 'plan');
  assert.ok(plan && plan.type === 'plan');
  assert.equal(plan.certainty, 'medium');
});

test("a follow-up item carries the measure's status and source, never an event's", () => {
  const followUp = measureTimeline(site, parken).find((i) => i.type === 'follow-up');
  assert.ok(followUp && followUp.type === 'follow-up');
  assert.equal(followUp.status, 'genomford');
  assert.equal(followUp.source?.document, 'beslut');
  const jobb = measureTimeline(site, site.measureById.get('jobb')!).find((i) => i.type === 'follow-up');
  assert.ok(jobb && jobb.type === 'follow-up');
  assert.equal(jobb.status, null, 'a measure the follow-up does not list has no status');
  assert.deepEqual(
    jobb.source,
    { document: 'beslut', anchor: 'st-2' },
    'it cites where the follow-up is reported',
  );
});

test('anchors are the event ids, else their place in the list, and unique on the page', () => {
  const anchors = measureTimeline(site, parken).map((i) => i.anchor);
  assert.equal(new Set(anchors).size, anchors.length);
  assert.ok(anchors.includes('pastaende-2024') && anchors.includes('handelse-3'));
});

test('a plan without a decision date sorts in its own year and shows no date', () => {
  const fake = {
    ...site,
    planByYear: new Map([
      [
        2023,
        {
          ...site.planByYear.get(2023)!,
          data: { ...site.planByYear.get(2023)!.data, decidedOn: { value: null } },
        },
      ],
    ]),
  };
  const plan = measureTimeline(fake, parken).find((i) => i.type === 'plan')!;
  assert.equal(plan.date, null);
  assert.equal(plan.sortKey, '2023');
});

test("each item's source for the timeline's numbered list: the plan's, the follow-up's, the note's, the event's", () => {
  for (const item of measureTimeline(site, parken)) {
    const expected =
      item.type === 'note' ? item.note.source : item.type === 'event' ? item.event.source : item.source;
    assert.deepEqual(timelineSource(item), expected);
    assert.ok(timelineSource(item), `${item.anchor}: a source`);
  }
});
