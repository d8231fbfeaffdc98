import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, parseDocumentText } from '../../../src/lib/sources/document-text.ts';

test('blocks are numbered in order and page markers set the page without a number', () => {
  const blocks = parseDocumentText(
    '# Rubrik\n\nFörsta stycket\nfortsätter här.\n\n- ett\n- två\n\n<!-- sida 2 -->\n\nA\tB\nC\tD\tE\n',
  );
  assert.deepEqual(blocks, [
    { kind: 'heading', id: 'st-1', page: 1, text: 'Rubrik' },
    { kind: 'paragraph', id: 'st-2', page: 1, text: 'Första stycket fortsätter här.' },
    { kind: 'list', id: 'st-3', page: 1, items: ['ett', 'två'] },
    { kind: 'page', page: 2 },
    {
      kind: 'table',
      id: 'st-4',
      page: 2,
      rows: [
        ['A', 'B', ''],
        ['C', 'D', 'E'],
      ],
    },
  ]);
});

test('markdown emphasis and horizontal rules left by PDF conversion are dropped', () => {
  const blocks = parseDocumentText('**Fet** text\n\n---\n\nSlut');
  assert.deepEqual(
    blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind)),
    ['Fet text', 'Slut'],
  );
});

test('anchors map each block to its page', () => {
  assert.deepEqual(
    [...anchorsOf('a\n\n<!-- sida 3 -->\n\nb')],
    [
      ['st-1', 1],
      ['st-2', 3],
    ],
  );
});
