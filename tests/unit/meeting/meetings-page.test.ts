import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsPage } from '../../../src/lib/meeting/meetings-page.ts';
import { site } from '../../support/fixture-context.ts';

test('the minutes list counts the protocol notes of each paragraph, newest paragraph first', () => {
  const rows = meetingsPage(site);
  assert.deepEqual(
    rows.map((r) => r.meeting.id),
    site.meetings.map((m) => m.id),
  );
  for (const { meeting, notes } of rows)
    assert.equal(notes, site.notes.filter((n) => n.meeting.id === meeting.id).length);
  assert.ok(
    rows.some((r) => r.notes > 0),
    'the fixture has a paragraph with notes',
  );
});
