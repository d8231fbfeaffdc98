/** Whose words a paragraph of the minutes is: a protocol note's paragraphs are the party's, the rest the minutes'. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteAt } from '../../../src/lib/sources/note-at.ts';
import type { Site } from '../../../src/lib/site/build-site.ts';

const meeting = (notesEnd?: string) => ({ data: { document: 'protokoll', notesEnd } });
const note = (party: string, anchor: string, to?: string) => ({
  id: `anteckning-${party}`,
  party,
  source: { anchor, to },
});
const site = (notesEnd?: string) =>
  ({
    notes: [
      { note: note('mp', 'st-16'), meeting: meeting(notesEnd) },
      { note: note('ll', 'st-38'), meeting: meeting(notesEnd) },
    ],
  }) as unknown as Pick<Site, 'notes'>;
const at = (s: Pick<Site, 'notes'>, anchor: string) => noteAt(s, { document: 'protokoll', anchor })?.party;

test('a note runs to the next note; before the first one the paragraph is the minutes’ own', () => {
  assert.equal(at(site(), 'st-10'), undefined);
  assert.equal(at(site(), 'st-20'), 'mp');
  assert.equal(at(site(), 'st-38'), 'll');
});

test('the last note ends where the minutes say the notes end (notesEnd): the list of annexes after it is the record', () => {
  assert.equal(at(site('st-41'), 'st-40'), 'll');
  assert.equal(at(site('st-41'), 'st-41'), undefined);
  assert.equal(at(site('st-41'), 'st-44'), undefined);
  // Without notesEnd the last note is taken to run to the end: never a party's words told as the record.
  assert.equal(at(site(), 'st-44'), 'll');
});

test('a note whose source gives its last paragraph (to) ends there: what follows before the next note is the minutes’ own', () => {
  const withEnd = {
    notes: [
      { note: note('mp', 'st-16', 'st-26'), meeting: meeting() },
      { note: note('ll', 'st-38', 'st-40'), meeting: meeting() },
    ],
  } as unknown as Pick<Site, 'notes'>;
  assert.equal(at(withEnd, 'st-26'), 'mp');
  assert.equal(at(withEnd, 'st-27'), undefined);
  assert.equal(at(withEnd, 'st-40'), 'll');
  assert.equal(at(withEnd, 'st-41'), undefined);
});
