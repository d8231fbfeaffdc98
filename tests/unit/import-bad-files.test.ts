/**
 * Bad files into the importer: Swedish Excel's Windows-1252 CSV, text already
 * damaged by a conversion, files without data, and a fuzz of unreadable files.
 * Whatever comes in, content/ never gets a replacement character, and a file
 * that cannot be read fails with one line and writes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runImport, type ImportOptions } from '../../scripts/lib/import/run.ts';
import { MAX_BYTES } from '../../scripts/lib/import/read-table.ts';
import { contentCopy as copyOf, tree } from './support/temp-content.ts';
import { tempDir } from './support/temp-dir.ts';

const plan = 'tests/fixtures/import/plan-2024.csv';
const work = () => tempDir('insyn-bad-');

const contentCopy = (from = 'tests/fixtures/valid') => copyOf(from);

const options = (content: string, file: string): ImportOptions => ({
  file,
  year: 2024,
  kind: 'plan',
  source: 'kd-2025-atgardsplan',
  content,
});

/** Windows-1252 bytes of a text whose letters are all in Latin-1 (å, ä, ö, é: the same code points). */
function windows1252(text: string): Buffer {
  assert.ok(
    [...text].every((c) => c.charCodeAt(0) < 0x80 || c.charCodeAt(0) >= 0xa0) &&
      [...text].every((c) => c.charCodeAt(0) <= 0xff),
  );
  return Buffer.from(text, 'latin1');
}

/** The one problem a file that cannot be read gives: about the file, on one line. */
function assertOneFileProblem(result: Awaited<ReturnType<typeof runImport>>, pattern: RegExp) {
  assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
  const [p] = result.problems;
  assert.equal(p.column, '(file)');
  assert.doesNotMatch(p.message, /\n/);
  assert.match(p.message, pattern);
  assert.equal(result.written, false);
}

test('a Windows-1252 CSV (Excel\'s "CSV (semikolonavgränsad)") imports exactly like its UTF-8 twin, and says how it was read', async () => {
  const utf8 = contentCopy('tests/fixtures/site');
  const ansi = contentCopy('tests/fixtures/site');
  const file = join(work(), 'plan-2024.csv');
  writeFileSync(file, windows1252(readFileSync(plan, 'utf8').replace(/^\uFEFF/, '')));
  const fromUtf8 = await runImport(options(utf8, plan));
  const fromAnsi = await runImport(options(ansi, file));
  assert.deepEqual(fromAnsi.problems, []);
  assert.equal(fromUtf8.encoding, 'utf-8');
  assert.equal(fromAnsi.encoding, 'windows-1252');
  assert.ok(fromAnsi.changes.length > 0);
  const written = (r: typeof fromAnsi) =>
    r.changes.map((c) => [c.file.replace(/^.*\/content\//, ''), c.after]);
  assert.deepEqual(written(fromAnsi), written(fromUtf8));
  assert.ok(fromAnsi.changes.some((c) => c.after.includes('Öppna upp kulturskolan')));
  for (const text of tree(ansi).values()) assert.ok(!text.includes('\uFFFD'));
});

test('the command line names the Windows-1252 reading', async () => {
  const file = join(work(), 'plan-2024.csv');
  writeFileSync(file, windows1252(readFileSync(plan, 'utf8').replace(/^\uFEFF/, '')));
  const run = await cli(file, contentCopy('tests/fixtures/site'), '--dry-run');
  assert.equal(run.stderr, '');
  assert.notEqual(run.status, 1); // 0, or 2 when the fixture's plan years leave lineage decisions open
  assert.match(run.stdout, /as Windows-1252 .*save it as "CSV UTF-8/);
});

test('a cell that already holds a replacement character is refused, with its row and column, and nothing is written', async () => {
  const content = contentCopy('tests/fixtures/site');
  const before = tree(content);
  const file = join(work(), 'plan-2024.csv');
  writeFileSync(
    file,
    readFileSync(plan, 'utf8').replace('Öppna upp kulturskolan', '\uFFFDppna upp kulturskolan'),
  );
  const result = await runImport(options(content, file));
  assertOneFileProblem(result, /row 4, column title contains "\uFFFD"/);
  assert.deepEqual(tree(content), before);
});

test('a file with a header and no data rows says that it has none; an empty file says it is empty', async () => {
  const dir = work();
  writeFileSync(join(dir, 'header.csv'), 'plan_year;number;title\r\n;;\r\n');
  writeFileSync(join(dir, 'empty.csv'), '');
  assertOneFileProblem(
    await runImport(options(contentCopy(), join(dir, 'header.csv'))),
    /has a header row but no data rows/,
  );
  assertOneFileProblem(await runImport(options(contentCopy(), join(dir, 'empty.csv'))), /the file is empty/);
});

test('a text file whose header has no known column is one problem, not one per column', async () => {
  const file = join(work(), 'letter.csv');
  writeFileSync(file, 'Hej Anna, här kommer listan\nmvh Bo\n');
  assertOneFileProblem(await runImport(options(contentCopy(), file)), /no known column in the first row/);
});

/** A seeded generator, so that a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

async function xlsxBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Åtgärder');
  for (const line of readFileSync(plan, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n'))
    sheet.addRow(line.split(';'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Unreadable files: random bytes as .csv and .xlsx, an XLSX cut short at several points, and 50 MB of rows. */
async function badFiles(): Promise<string[]> {
  const dir = work();
  const files: string[] = [];
  const next = random(16);
  for (let i = 0; i < 12; i++) {
    const bytes = Buffer.from(
      Array.from({ length: 1 + Math.floor(next() * 4000) }, () => Math.floor(next() * 256)),
    );
    const file = join(dir, `random-${i}.${i % 2 ? 'xlsx' : 'csv'}`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  const xlsx = await xlsxBytes();
  for (const fraction of [0.05, 0.3, 0.6, 0.95]) {
    const file = join(dir, `truncated-${fraction}.xlsx`);
    writeFileSync(file, xlsx.subarray(0, Math.floor(xlsx.length * fraction)));
    files.push(file);
  }
  const big = join(dir, 'big.csv');
  const row = '2024;9.9;Rad;Text som upprepas för att göra filen stor.;fritid;;;\n';
  writeFileSync(
    big,
    `plan_year;number;title;wording;area;districts;responsible;comment\n${row.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(row)))}`,
  );
  assert.ok(statSync(big).size > MAX_BYTES);
  files.push(big);
  return files;
}

test('fuzz: every unreadable file is one problem about the file, and content/ stays as it was', async () => {
  const content = contentCopy();
  const before = tree(content);
  for (const file of await badFiles()) {
    const result = await runImport(options(content, file));
    assert.equal(result.problems.length, 1, `${file}: ${JSON.stringify(result.problems)}`);
    assert.equal(result.problems[0].column, '(file)', file);
    assert.doesNotMatch(result.problems[0].message, /\n/, file);
    assert.equal(result.written, false, file);
  }
  assert.deepEqual(tree(content), before);
});

function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [file, content, ...rest] = args;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      'scripts/import.ts',
      file,
      '--year',
      '2024',
      '--kind',
      'plan',
      '--source',
      'kd-2025-atgardsplan',
      '--content',
      content,
      ...rest,
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('fuzz, on the command line: random bytes, a truncated XLSX and a 50 MB file each exit 1 with one line on stderr', async () => {
  const files = await badFiles();
  const picks = [
    files.find((f) => f.includes('random-0'))!,
    files.find((f) => f.includes('truncated-0.6'))!,
    files.find((f) => f.endsWith('big.csv'))!,
  ];
  const content = contentCopy();
  const before = tree(content);
  const runs = await Promise.all(picks.map((file) => cli(file, content)));
  runs.forEach((run, i) => {
    assert.equal(run.status, 1, picks[i]);
    assert.equal(run.stdout, '', picks[i]);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /^.+: .+ \(nothing was written\)$/);
  });
  assert.match(runs[0].stderr, /control characters/);
  assert.match(runs[1].stderr, /not a readable XLSX file/);
  assert.match(runs[2].stderr, /50 MB/);
  assert.deepEqual(tree(content), before);
});
