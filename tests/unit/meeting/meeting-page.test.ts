import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingPage } from '../../../src/lib/meeting/meeting-page.ts';
import { sourceKey } from '../../../src/lib/sources/source-notes.ts';
import { contextAt, site } from '../../support/fixture-context.ts';

const meeting = site.meetings[0];
const pageAt = (path: string) => meetingPage(site, meeting, contextAt(path));

test("a minutes page is titled by its body, date and § in the page's language", () => {
  assert.equal(pageAt(`/protokoll/${meeting.id}/`).heading, 'Kommunstyrelsen 14 februari 2023 § 31');
  assert.equal(pageAt(`/en/protokoll/${meeting.id}/`).heading, 'Kommunstyrelsen 14 February 2023 § 31');
});

test('each decision and note has its anchor and a citation that links to it on the public address', () => {
  const page = pageAt(`/en/protokoll/${meeting.id}/`);
  assert.deepEqual(
    page.decisions.map((d) => d.anchor),
    meeting.data.items.flatMap((i) => (i.kind === 'decision' ? [`beslut-${i.number}`] : [])),
  );
  for (const { anchor, citation } of page.decisions)
    assert.ok(
      citation.includes(`https://insyn.example.se/en/protokoll/${meeting.id}/#${anchor}`),
      `${anchor}: ${citation}`,
    );
  assert.ok(page.notes.length > 0, 'the fixture paragraph has notes');
  for (const { note, citation } of page.notes) {
    assert.ok(citation.includes(`/en/protokoll/${meeting.id}/#${note.id}`), citation);
    assert.ok(citation.includes(note.author));
  }
});

test("each section's sources are numbered 1, 2, 3 in the order it shows them, each once", () => {
  const page = pageAt(`/protokoll/${meeting.id}/`);
  const sections = [
    [page.decisionNotes, page.decisions.map((d) => d.decision.source)],
    [page.informationNotes, page.information.map((i) => i.source)],
    [page.noteNotes, page.notes.flatMap((n) => n.note.quotes.map((q) => q.source))],
  ] as const;
  for (const [notes, shown] of sections) {
    const keys = [...new Set(shown.map(sourceKey))];
    assert.deepEqual(
      notes.items.map((n) => sourceKey(n.source)),
      keys,
    );
    assert.deepEqual(
      notes.items.map((n) => n.n),
      keys.map((_, i) => i + 1),
    );
  }
  assert.equal(page.decisionNotes.items.length, 1, 'two decisions in one paragraph: one source');
});
