import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { measureColumns, measureRows } from '../../src/lib/measure/rows.ts';
import { validate } from '../../src/lib/site/validate.ts';
import { toCsv } from '../../src/lib/data-export/datasets.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { runImport, type ImportOptions } from '../../scripts/lib/import/run.ts';
import { contentCopy as copyOf, tree } from './support/temp-content.ts';
import { tempDir } from './support/temp-dir.ts';

const fixtures = 'tests/fixtures/import';

/** A fresh copy of content/ under the OS temp directory: tests never write into content/. */
const contentCopy = () => copyOf('content');

const plan2024 = (content: string, file = `${fixtures}/plan-2024.csv`): ImportOptions => ({
  file,
  year: 2024,
  kind: 'plan',
  source: 'kd-2025-atgardsplan',
  content,
});

function assertValid(content: string) {
  const { snapshot, problems } = loadContent(content);
  assert.deepEqual(problems, []);
  assert.deepEqual(validate(snapshot), []);
  return snapshot;
}

test('a clean plan imports: new measures are created, an exact number-and-wording match continues its measure', async () => {
  const content = contentCopy();
  const result = await runImport(plan2024(content));
  assert.deepEqual(result.problems, []);
  assert.equal(result.pending, 0);
  assert.equal(result.written, true);
  const snapshot = assertValid(content);
  const byId = new Map(snapshot.measures.map((m) => [m.id, m.data]));
  const sommarjobb = byId.get('sommarjobb-for-unga');
  assert.ok(sommarjobb, 'new id slugified from the title (å/ö folded)');
  assert.deepEqual(
    sommarjobb.years[0].districts,
    ['skaggetorp', 'ryd'],
    'district names resolved case-insensitively to ids',
  );
  assert.deepEqual(sommarjobb.years[0].responsible, ['iaf'], 'organisation abbreviation resolved to its id');
  assert.equal(
    byId.get('trygghetsvandringar-i-berga')?.years[0].area,
    'trygghet',
    'area name resolved to its id',
  );
  const kultur = byId.get('kulturskolan-for-fler');
  assert.deepEqual(
    kultur?.years.map((y) => [y.year, y.number]),
    [
      [2023, '5.4'],
      [2024, '5.4'],
    ],
  );
  // The hand-written part of the continued file is kept: every line, in its order (the new year
  // goes in among the years, before hand-written fields that follow them, such as events).
  const before = readFileSync('content/measures/kulturskolan-for-fler.yaml', 'utf8').split('\n');
  const after = readFileSync(join(content, 'measures/kulturskolan-for-fler.yaml'), 'utf8').split('\n');
  let at = 0;
  for (const line of before) {
    at = after.indexOf(line, at);
    assert.ok(at >= 0, `kept: ${line}`);
    at += 1;
  }
  const review = parseYaml(readFileSync(join(content, 'imports/2024-plan-review.yaml'), 'utf8'));
  assert.equal(
    review.rows.find((r: { number: string }) => r.number === '5.4').suggestions[0].confidence,
    'exact',
  );
});

test('the same plan as XLSX imports the same way', async () => {
  const csv = contentCopy();
  const xlsx = contentCopy();
  await runImport(plan2024(csv));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Åtgärder');
  const lines = readFileSync(`${fixtures}/plan-2024.csv`, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  for (const line of lines) sheet.addRow(line.split(';'));
  const file = join(tempDir('insyn-xlsx-'), 'plan-2024.xlsx');
  await workbook.xlsx.writeFile(file);
  const result = await runImport(plan2024(xlsx, file));
  assert.deepEqual(result.problems, []);
  const read = (dir: string) => tree(join(dir, 'measures'));
  assert.deepEqual([...read(xlsx).values()], [...read(csv).values()]);
});

test('a second run with the same input changes nothing', async () => {
  const content = contentCopy();
  await runImport(plan2024(content));
  const after = tree(content);
  const again = await runImport(plan2024(content));
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.changes, []);
  assert.equal(again.written, false);
  assert.deepEqual(tree(content), after);
});

test('a dry run reports the changes and writes nothing', async () => {
  const content = contentCopy();
  const before = tree(content);
  const result = await runImport({ ...plan2024(content), dryRun: true });
  assert.equal(result.changes.length, 4);
  assert.equal(result.written, false);
  assert.deepEqual(tree(content), before);
});

test('a follow-up sets statuses by number and status word, and a second run is a no-op', async () => {
  const content = contentCopy();
  await runImport(plan2024(content));
  const followUp: ImportOptions = {
    file: `${fixtures}/follow-up-2024.csv`,
    year: 2024,
    kind: 'follow-up',
    source: 'kd-2025-atgardsplan',
    anchor: 'st-3',
    content,
  };
  const result = await runImport(followUp);
  assert.deepEqual(result.problems, []);
  const snapshot = assertValid(content);
  const f = snapshot.followUps.find((x) => x.data.planYear === 2024)!.data;
  assert.deepEqual(
    f.measures.map((m) => [m.measure, m.status]),
    [
      ['trygghetsvandringar-i-berga', 'genomford'],
      ['sommarjobb-for-unga', 'ej-genomford'],
      ['kulturskolan-for-fler', 'pagar'],
    ],
  );
  assert.deepEqual(f.measures[0].source, { document: 'kd-2025-atgardsplan', anchor: 'st-3' });
  assert.equal(f.counts, null, 'counts are not invented from the rows');
  assert.doesNotMatch(
    readFileSync(join(content, 'follow-ups/2024.yaml'), 'utf8'),
    /[&*]a\d/,
    'no YAML anchors or aliases',
  );
  const before = tree(content);
  assert.deepEqual((await runImport(followUp)).changes, []);
  assert.deepEqual(tree(content), before);
});

test('a follow-up whose statuses exceed the stated counts is rejected and writes nothing', async () => {
  const content = contentCopy();
  await runImport(plan2024(content));
  writeFileSync(
    join(content, 'follow-ups/2024.yaml'),
    'planYear: 2024\nreportedIn: { document: kd-2025-atgardsplan, anchor: st-3 }\nreportedOn: { value: null }\ncounts: { genomford: 1, pagar: 1, ej-genomford: 1 }\ncountsSource: { document: kd-2025-atgardsplan, anchor: st-3 }\ntotal: 3\n',
  );
  const file = join(tempDir('insyn-fu-'), 'fu.csv');
  writeFileSync(file, 'number;status\n1.1;Genomförd\n2.1;genomford\n');
  const before = tree(content);
  const result = await runImport({
    file,
    year: 2024,
    kind: 'follow-up',
    source: 'kd-2025-atgardsplan',
    content,
  });
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0].column, 'status');
  assert.match(result.problems[0].message, /2 measures would be "genomford", but the follow-up counts 1/);
  assert.deepEqual(tree(content), before);
});

test('a renumbered measure is matched to its earlier year through the review file', async () => {
  const content = contentCopy();
  const options = plan2024(content, `${fixtures}/plan-2024-renumbered.csv`);
  const first = await runImport(options);
  assert.deepEqual(first.problems, []);
  assert.equal(first.pending, 2);
  const reviewFile = join(content, 'imports/2024-plan-review.yaml');
  assert.deepEqual(
    first.changes.map((c) => c.file),
    [reviewFile],
    'only the review file is written while decisions are open',
  );
  const review = parseYaml(readFileSync(reviewFile, 'utf8'));
  const renumbered = review.rows.find((r: { number: string }) => r.number === '5.2');
  assert.equal(renumbered.measure_id, 'kulturskolan-for-fler');
  assert.equal(renumbered.suggestions[0].confidence, 'high');
  assert.match(renumbered.suggestions[0].reason, /was 5\.4 in 2023/);
  const sameNumber = review.rows.find((r: { number: string }) => r.number === '3.1');
  assert.equal(sameNumber.suggestions[0].measure, 'forskola-fler-barn');
  assert.equal(sameNumber.confirmed, false);

  // The editor confirms the renumbering and decides that 3.1 is a new measure.
  const text = readFileSync(reviewFile, 'utf8')
    .replace(/(measure_id: kulturskolan-for-fler\n\s+confirmed:) false/, '$1 true')
    .replace(
      /measure_id: forskola-fler-barn\n(\s+)confirmed: false/,
      'measure_id: fler-barn-i-forskolan\n$1confirmed: true',
    );
  writeFileSync(reviewFile, text);
  const second = await runImport(options);
  assert.deepEqual(second.problems, []);
  assert.equal(second.pending, 0);
  const snapshot = assertValid(content);
  const kultur = snapshot.measures.find((m) => m.id === 'kulturskolan-for-fler')!;
  assert.deepEqual(
    kultur.data.years.map((y) => [y.year, y.number]),
    [
      [2023, '5.4'],
      [2024, '5.2'],
    ],
  );
  assert.ok(snapshot.measures.some((m) => m.id === 'fler-barn-i-forskolan'));
  assert.equal(
    readFileSync(reviewFile, 'utf8'),
    text,
    'the confirmed review file is left as the editor wrote it',
  );
  const after = tree(content);
  assert.deepEqual((await runImport(options)).changes, [], 'third run: nothing to do');
  assert.deepEqual(tree(content), after);
});

test('a misspelt district and area are rejected with the closest valid value, and nothing is written', async () => {
  const content = contentCopy();
  const before = tree(content);
  const result = await runImport(plan2024(content, `${fixtures}/plan-2024-misspelt.csv`));
  const byColumn = new Map(result.problems.map((p) => [p.column, p]));
  assert.equal(result.problems.length, 2);
  assert.equal(byColumn.get('districts')?.row, 2);
  assert.equal(byColumn.get('districts')?.value, 'Skäggetrop');
  assert.match(byColumn.get('districts')?.suggestion ?? '', /^skaggetorp /);
  assert.match(byColumn.get('area')?.suggestion ?? '', /^trygghet /);
  assert.equal(result.written, false);
  assert.deepEqual(tree(content), before);
});

test('problems the cross-collection validator finds are reported against the row', async () => {
  const content = contentCopy();
  const file = join(tempDir('insyn-bad-'), 'bad.csv');
  // 2.1 under area "fritid" (5) breaks the numbering rule; st-999 does not exist.
  writeFileSync(file, 'plan_year;number;title;area;source_anchor\n2024;2.1;Något;fritid;st-999\n');
  const result = await runImport(plan2024(content, file));
  const columns = result.problems.map((p) => [p.row, p.column]).sort();
  assert.deepEqual(columns, [
    [2, 'number'],
    [2, 'source_anchor'],
  ]);
  assert.equal(result.written, false);
});

test('export → import changes nothing (every plan year of the real content)', async () => {
  const content = contentCopy();
  const { snapshot } = loadContent(content);
  const rows = measureRows(snapshot);
  // Exactly what /data/measures.csv serves (UTF-8 BOM, semicolons, CRLF).
  const csv = toCsv(measureColumns, rows);
  const file = join(tempDir('insyn-export-'), 'measures.csv');
  writeFileSync(file, csv);
  const before = tree(content);
  for (const year of new Set(rows.map((r) => Number(r.plan_year)))) {
    const result = await runImport({ file, year, kind: 'plan', source: 'kd-2025-atgardsplan', content });
    assert.deepEqual(result.problems, [], `problems importing ${year}`);
    assert.deepEqual(result.changes, [], `changes importing ${year}`);
    assert.equal(result.skipped, rows.filter((r) => Number(r.plan_year) !== year).length);
  }
  assert.deepEqual(tree(content), before);
});

test('the command line prints the problem table and exits 1', () => {
  const content = contentCopy();
  const run = spawnSync(
    process.execPath,
    [
      'scripts/import.ts',
      `${fixtures}/plan-2024-misspelt.csv`,
      '--year',
      '2024',
      '--kind',
      'plan',
      '--source',
      'kd-2025-atgardsplan',
      '--content',
      content,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 1);
  assert.match(run.stderr, /row \| column\s+\| value\s+\| problem/);
  assert.match(run.stderr, /2\s+\| districts \| Skäggetrop .*\| skaggetorp \(Skäggetorp\)/);
  const ok = spawnSync(
    process.execPath,
    [
      'scripts/import.ts',
      `${fixtures}/plan-2024.csv`,
      '--year',
      '2024',
      '--kind',
      'plan',
      '--source',
      'kd-2025-atgardsplan',
      '--content',
      content,
      '--dry-run',
    ],
    { encoding: 'utf8' },
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /\+\+\+ .*sommarjobb-for-unga\.yaml/);
  assert.deepEqual(
    readdirSync(join(content, 'measures')).filter((f) => f.startsWith('sommarjobb')),
    [],
  );
});
