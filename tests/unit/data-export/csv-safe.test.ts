import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { csvSafeCell, csvUnsafeCell } from '../../../src/lib/data-export/csv-safe.ts';
import { toCsv } from '../../../src/lib/data-export/datasets.ts';
import { measureColumns, measureRows } from '../../../src/lib/measure/rows.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { readCsv } from '../../../scripts/lib/import/read-table.ts';
import { runImport } from '../../../scripts/lib/import/run.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a cell a spreadsheet would run as a formula gets a leading apostrophe', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    assert.equal(csvSafeCell(`${start}1+1`), `'${start}1+1`);
  for (const plain of ['', 'Förskola', '3.1', "'citat'", ' -x']) assert.equal(csvSafeCell(plain), plain);
});

test('reading drops only the apostrophe that protects a formula-like cell', () => {
  assert.equal(csvUnsafeCell("'=SUMMA(A1)"), '=SUMMA(A1)');
  assert.equal(csvUnsafeCell("'-ny text"), '-ny text');
  assert.equal(csvUnsafeCell("'citat'"), "'citat'");
  assert.equal(csvUnsafeCell('-'), '-');
});

/** A copy of content/ in which two measures' notes start with "-" and "=" (test data, never in content/). */
function contentWithFormulaNotes(): { dir: string; notes: string[] } {
  const dir = join(tempDir('insyn-csv-safe-'), 'content');
  cpSync('content', dir, { recursive: true });
  const notes = ['- inleds med ett bindestreck, som en lista', '=HYPERLINK("https://example.com";"klicka")'];
  ['forskola-fler-barn', 'kulturskolan-for-fler'].forEach((id, i) => {
    const file = join(dir, 'measures', `${id}.yaml`);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['years', 0, 'note'], notes[i]);
    writeFileSync(file, doc.toString());
  });
  return { dir, notes };
}

test('notes starting with "-" and "=" are written safe and read back as the same text', () => {
  const { dir, notes } = contentWithFormulaNotes();
  const { snapshot, problems } = loadContent(dir);
  assert.deepEqual(problems, []);
  const rows = measureRows(snapshot);
  const csv = toCsv(measureColumns, rows);
  assert.ok(
    csv.includes(`;'- inleds med ett bindestreck`),
    'the "-" note starts with an apostrophe in the file',
  );
  assert.ok(
    csv.includes(`"'=HYPERLINK(""https://example.com"";""klicka"")"`),
    'the "=" note starts with an apostrophe in the file',
  );
  assert.ok(!/[;\n]=/.test(csv) && !/[;\n]-/.test(csv), 'no cell starts with = or -');
  const back = readCsv(csv).rows.map((r) => r.cells.comment);
  for (const note of notes) assert.ok(back.includes(note), `read back: ${note}`);
  assert.deepEqual(
    readCsv(csv).rows.map((r) => r.cells),
    rows,
  );
});

test('export → import of notes starting with "-" and "=" changes nothing', async () => {
  const { dir: content } = contentWithFormulaNotes();
  const rows = measureRows(loadContent(content).snapshot);
  const file = join(tempDir('insyn-csv-safe-export-'), 'measures.csv');
  writeFileSync(file, toCsv(measureColumns, rows));
  for (const year of new Set(rows.map((r) => Number(r.plan_year)))) {
    const result = await runImport({ file, year, kind: 'plan', source: 'kd-2025-atgardsplan', content });
    assert.deepEqual(result.problems, [], `problems importing ${year}`);
    assert.deepEqual(result.changes, [], `changes importing ${year}`);
  }
});
