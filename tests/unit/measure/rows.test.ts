import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeColumns, measureColumns, type Vocabularies } from '../../../src/lib/measure/rows.ts';
import { followUpColumns, noteColumns } from '../../../src/lib/data-export/datasets.ts';

/** A tiny vocabulary, not the published content: the docs must follow whatever the content says. */
const entry = <T>(id: string, data: T) => ({ id, file: `${id}.yaml`, data });
const source = { document: 'd' };
const vocabularies = {
  statuses: [
    entry('klar', { label: 'Klar', description: '', order: 2, source }),
    entry('paborjad', { label: 'Påbörjad', description: '', order: 1, source }),
  ],
  areas: [entry('jobb', { name: 'Jobb', number: 2 }), entry('skola', { name: 'Skola', number: 1 })],
  districts: [entry('norr', { name: 'Norr' })],
} as unknown as Vocabularies;

const allowed = (columns: Parameters<typeof describeColumns>[0], name: string) =>
  describeColumns(columns, vocabularies).find((c) => c.name === name)?.allowed;

test('the allowed values of vocabulary columns come from the content, in its order', () => {
  assert.equal(allowed(measureColumns, 'status'), 'paborjad, klar eller tomt (okänd)');
  assert.equal(allowed(measureColumns, 'area'), 'skola, jobb eller tomt (okänt)');
  assert.match(allowed(measureColumns, 'districts') ?? '', /^norr, åtskilda med \|/);
  assert.equal(allowed(followUpColumns, 'status'), 'paborjad, klar');
  assert.equal(allowed(followUpColumns, 'status_label'), 'Påbörjad, Klar');
  assert.match(allowed(noteColumns, 'districts') ?? '', /^norr, /);
});

test('the allowed values of enum columns come from the schema', () => {
  assert.equal(allowed(measureColumns, 'title_kind'), 'official, quote, paraphrase eller tomt');
  assert.equal(allowed(measureColumns, 'confidence'), 'high, medium, low');
});

test('every described column has its allowed values written out', () => {
  for (const c of describeColumns(measureColumns, vocabularies))
    assert.equal(typeof c.allowed, 'string', c.name);
});
