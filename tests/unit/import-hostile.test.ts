/**
 * The importer against hostile and hurried input (issue 28): a row that would change what
 * a source said, a formula-like cell, a write that fails half-way, and files far larger than
 * a plan (100,000 rows, a sheet that inflates to 400 MB, a ZIP directory that lies). Nothing
 * may change what the site attributes to a source without a person confirming it, a failed
 * import leaves no trace, every refusal is one line, and memory stays bounded. Hostile files
 * are made by the tests under the OS temp directory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { diskOps, type FileOps } from '../../scripts/lib/import/apply.ts';
import { PLAN_CAPACITY } from '../../scripts/lib/import/context.ts';
import { MAX_ROWS, readXlsx } from '../../scripts/lib/import/read-table.ts';
import { runImport, type ImportOptions } from '../../scripts/lib/import/run.ts';
import { formatProblem, validate } from '../../src/lib/site/validate.ts';
import { contentCopy, tree } from './support/temp-content.ts';
import { xlsxBomb } from './support/zip-bomb.ts';
import { tempDir } from './support/temp-dir.ts';

const work = () => tempDir('insyn-hostile-');
const csv = (text: string) => {
  const file = join(work(), 'plan.csv');
  writeFileSync(file, text);
  return file;
};
const plan2023 = (content: string, file: string): ImportOptions => ({
  file,
  year: 2023,
  kind: 'plan',
  source: 'ks-2023-02-14-31',
  content,
});
const plan2024 = (content: string, file = 'tests/fixtures/import/plan-2024.csv'): ImportOptions => ({
  file,
  year: 2024,
  kind: 'plan',
  source: 'kd-2025-atgardsplan',
  content,
});
const reviewOf = (content: string, year: number) =>
  parseYaml(readFileSync(join(content, `imports/${year}-plan-review.yaml`), 'utf8'));

function cli(options: ImportOptions, ...extra: string[]) {
  const args = ['scripts/import.ts', options.file, '--year', String(options.year), '--kind', options.kind];
  args.push('--source', options.source, '--content', options.content, ...extra);
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

test('the one-row spreadsheet that rewrote a quoted title (issue 28) is refused: its words are not in the paragraph', () => {
  const content = contentCopy('content');
  const before = tree(content);
  const run = cli(plan2023(content, csv('plan_year;number;title\n2023;5.4;Stäng kulturskolan\n')));
  assert.equal(run.status, 1, run.stdout);
  assert.match(
    run.stderr,
    /2\s+\| title\s+\| Stäng kulturskolan\s+\| quotation not found in ks-2023-02-14-31#st-34/,
  );
  assert.deepEqual(tree(content), before);
});

test('a new title that the paragraph does hold still waits for review: exit 2, only the review file is written', () => {
  const content = contentCopy('content');
  const before = tree(content);
  const run = cli(plan2023(content, csv('plan_year;number;title\n2023;5.4;Differentierad taxa\n')));
  assert.equal(run.status, 2, run.stderr + run.stdout);
  assert.match(run.stdout, /1 decision\(s\) wait in .*2023-plan-review\.yaml/);
  const after = tree(content);
  const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
  assert.deepEqual(
    changed.map((f) => f.replace(/^.*\/content\//, '')),
    ['imports/2023-plan-review.yaml'],
  );
  assert.deepEqual(reviewOf(content, 2023).changes, [
    {
      row: 2,
      measure: 'kulturskolan-for-fler',
      field: 'title',
      before: 'Öppna upp kulturskolan för fler',
      after: 'Differentierad taxa',
      confirmed: false,
    },
  ]);
});

test('once confirmed, the change is written; a quoted title edited by hand is refused by the content check', async () => {
  const content = contentCopy('content');
  const options = plan2023(content, csv('plan_year;number;title\n2023;5.4;Differentierad taxa\n'));
  assert.equal((await runImport(options)).pending, 1);
  const reviewFile = join(content, 'imports/2023-plan-review.yaml');
  writeFileSync(reviewFile, readFileSync(reviewFile, 'utf8').replace('confirmed: false', 'confirmed: true'));
  const second = await runImport(options);
  assert.deepEqual(second.problems, []);
  assert.equal(second.pending, 0);
  assert.equal(second.written, true);
  const measure = join(content, 'measures/kulturskolan-for-fler.yaml');
  assert.match(readFileSync(measure, 'utf8'), /^title: Differentierad taxa$/m);
  assert.deepEqual((await runImport(options)).changes, [], 'a third run changes nothing');

  writeFileSync(measure, readFileSync(measure, 'utf8').replace(/^title: .*$/m, 'title: Stäng kulturskolan'));
  const { snapshot, problems } = loadContent(content);
  assert.deepEqual(problems, []);
  assert.deepEqual(validate(snapshot).map(formatProblem), [
    `${measure}: title: quotation not found in ks-2023-02-14-31#st-34 (expected the source's exact words)`,
  ]);
  writeFileSync(measure, readFileSync(measure, 'utf8').replace(/^titleKind: quote$/m, 'titleKind: official'));
  assert.deepEqual(validate(loadContent(content).snapshot).map(formatProblem), [
    `${measure}: title: official title not found in ks-2023-02-14-31#st-34 (expected the source's exact words)`,
  ]);
});

test("a changed wording and wording kind of the year's entry are two decisions; filling in an unknown title is none", async () => {
  const content = contentCopy('content');
  const before = tree(content);
  const file = csv(
    'plan_year;number;title;wording;wording_kind\n2023;5.4;;Andra ord än källans.;paraphrase\n2023;3.1;Fler barn i förskolan;;\n',
  );
  const result = await runImport(plan2023(content, file));
  assert.deepEqual(result.problems, []);
  assert.equal(result.pending, 2);
  assert.deepEqual(
    reviewOf(content, 2023).changes.map((c: { field: string; before: string; after: string }) => [
      c.field,
      c.before,
      c.after,
    ]),
    [
      ['2023 wording', 'Öppna upp kulturskolan för fler. Differentierad taxa.', 'Andra ord än källans.'],
      ['2023 wordingKind', 'quote', 'paraphrase'],
    ],
  );
  const after = tree(content);
  assert.deepEqual(
    [...after.keys()].filter((f) => after.get(f) !== before.get(f)).length,
    1,
    'only the review file',
  );
});

test('formula-like cells are flagged in the review (plan) or refused (follow-up); an apostrophe keeps a cell as text', async () => {
  const content = contentCopy('content');
  const file = csv(
    'plan_year;number;title;comment\n2024;1.1;"=HYPERLINK(""https://example.org"";""klicka"")";\n2024;2.1;Sommarjobb;\'=en kommentar\n',
  );
  const result = await runImport(plan2024(content, file));
  assert.deepEqual(result.problems, []);
  assert.ok(result.pending >= 1);
  assert.deepEqual(reviewOf(content, 2024).formulas, [
    { row: 2, column: 'title', value: '=HYPERLINK("https://example.org";"klicka")', confirmed: false },
  ]);
  assert.equal(existsSync(join(content, 'measures/hyperlink-https-example-org-klicka.yaml')), false);

  const followUp = csv('number;status\n5.4;@SUM(1)\n');
  const refused = await runImport({ ...plan2023(content, followUp), kind: 'follow-up' });
  assert.ok(
    refused.problems.some(
      (p) => p.row === 2 && p.column === 'status' && /looks like a spreadsheet formula/.test(p.message),
    ),
    JSON.stringify(refused.problems),
  );
});

test('an .xlsx formula cell is flagged as one too', async () => {
  const content = contentCopy('content');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Åtgärder');
  sheet.addRow(['plan_year', 'number', 'title']);
  sheet.addRow([2024, '1.1', { formula: 'CONCATENATE("Trygg";"het")', result: 'Trygghet' }]);
  const file = join(work(), 'plan.xlsx');
  await workbook.xlsx.writeFile(file);
  await runImport(plan2024(content, file));
  assert.deepEqual(reviewOf(content, 2024).formulas, [
    { row: 2, column: 'title', value: 'Trygghet', confirmed: false },
  ]);
});

/** Disk operations that fail at the n-th call of one kind, as a full disk would. */
function failing(kind: 'write' | 'rename', n: number): FileOps {
  let calls = 0;
  const fail = () => {
    if (++calls === n)
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return {
    ...diskOps,
    write: (file, text) => {
      if (kind === 'write') fail();
      diskOps.write(file, text);
    },
    rename: (from, to) => {
      if (kind === 'rename') fail();
      diskOps.rename(from, to);
    },
  };
}

test('all or nothing: a write or a rename that fails half-way leaves content/ byte for byte as it was', async () => {
  for (const [kind, n] of [
    ['write', 1],
    ['write', 2],
    ['write', 4],
    ['rename', 1],
    ['rename', 2],
    ['rename', 4],
  ] as const) {
    const content = contentCopy('content');
    const before = tree(content);
    const result = await runImport(plan2024(content), failing(kind, n));
    assert.equal(result.written, false, `${kind} ${n}`);
    assert.equal(result.problems.length, 1, `${kind} ${n}: ${JSON.stringify(result.problems)}`);
    const [p] = result.problems;
    assert.equal(p.column, '(file)');
    assert.match(p.value, /\/content\/(measures|imports)\/[a-z0-9-]+\.yaml$/);
    assert.match(p.message, /^could not write it \(ENOSPC: no space left on device, write\)$/);
    assert.deepEqual(tree(content), before, `${kind} ${n}`);
    assert.equal(existsSync(join(content, 'imports')), false, `${kind} ${n}: no folder left behind`);
  }
});

test('all or nothing on the command line: a folder that cannot be written is one line, exit 1, nothing changed', () => {
  const content = contentCopy('content');
  // content/imports is a file, so the review file (written last) cannot be created.
  writeFileSync(join(content, 'imports'), 'not a folder\n');
  const before = tree(content);
  const run = cli(plan2024(content));
  assert.equal(run.status, 1, run.stdout);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(
    lines[0],
    /imports\/2024-plan-review\.yaml: could not write it \(.+\) \(nothing was written\)$/,
  );
  assert.deepEqual(tree(content), before);
});

test('100,000 rows (3.9 MB, under the size limit) are refused at once with one line', async () => {
  const content = contentCopy('tests/fixtures/valid');
  const before = tree(content);
  const row = (i: number) => `2024;1.${i};Rad ${i};Text som upprepas.\n`;
  const file = csv(
    `plan_year;number;title;wording\n${Array.from({ length: 100_000 }, (_, i) => row(i)).join('')}`,
  );
  assert.ok(readFileSync(file).length > 3_000_000);
  const started = Date.now();
  const run = cli({ ...plan2024(content, file), source: 'beslut' });
  assert.ok(Date.now() - started < 20_000, 'refused before any row is parsed');
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(
    run.stderr,
    /: the file has 100000 rows; .* \(limit 2000 rows\).*--force.* \(nothing was written\)\n$/,
  );
  assert.deepEqual(tree(content), before);
  assert.ok(MAX_ROWS >= PLAN_CAPACITY);
});

test('more rows for one year than a plan holds are one line; --force lifts the bound', async () => {
  const content = contentCopy('tests/fixtures/valid');
  const rows = Array.from({ length: PLAN_CAPACITY + 1 }, (_, i) => `2023;1.${i + 10};Ny åtgärd ${i}\n`);
  const file = csv(`plan_year;number;title\n${rows.join('')}`);
  const options = { ...plan2023(content, file), source: 'beslut', dryRun: true };
  const refused = await runImport(options);
  assert.equal(refused.problems.length, 1);
  assert.equal(refused.problems[0].column, '(file)');
  assert.match(refused.problems[0].message, /^201 rows for 2023; a plan holds at most 200 measures/);
  const forced = await runImport({ ...options, force: true });
  assert.ok(!forced.problems.some((p) => /a plan holds at most/.test(p.message)));
});

test('an .xlsx whose sheet inflates to 400 MB is refused from its ZIP directory, and one whose directory lies is stopped while inflating', async () => {
  const dir = work();
  const honest = join(dir, 'bomb.xlsx');
  const lying = join(dir, 'lying.xlsx');
  writeFileSync(honest, await xlsxBomb(400));
  writeFileSync(lying, await xlsxBomb(400, 10_000));
  assert.ok(readFileSync(honest).length < 2 * 1024 * 1024, 'a small file');
  const content = contentCopy('tests/fixtures/valid');
  const before = tree(content);
  for (const [file, message] of [
    [honest, /^the spreadsheet inflates to 400 MB \(limit 20 MB\)/],
    [
      lying,
      /^not a readable XLSX file.*sheet1\.xml inflates to more than the 10000 bytes its directory states/,
    ],
  ] as const) {
    const result = await runImport({ ...plan2024(content, file), source: 'beslut' });
    assert.equal(result.problems.length, 1, file);
    assert.equal(result.problems[0].column, '(file)');
    assert.match(result.problems[0].message, message);
  }
  assert.deepEqual(tree(content), before);
  rmSync(dir, { recursive: true, force: true });
});

test('memory stays bounded: importing either 400 MB sheet costs a child process well under 300 MB', async () => {
  const dir = work();
  const content = contentCopy('tests/fixtures/valid');
  for (const [name, bytes] of [
    ['bomb.xlsx', await xlsxBomb(400)],
    ['lying.xlsx', await xlsxBomb(400, 10_000)],
  ] as const) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const options = JSON.stringify({ ...plan2024(content, file), source: 'beslut' });
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { runImport } = await import('./scripts/lib/import/run.ts');
         const r = await runImport(${options});
         console.log(JSON.stringify({ problems: r.problems.length, maxRssKb: process.resourceUsage().maxRSS }));`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(child.status, 0, child.stderr);
    const { problems, maxRssKb } = JSON.parse(child.stdout);
    assert.equal(problems, 1);
    const mb = maxRssKb / 1024;
    console.log(`${name}: the import's process peaked at ${mb.toFixed(0)} MB`);
    assert.ok(mb < 300, `${name}: ${mb.toFixed(0)} MB`);
  }
  rmSync(dir, { recursive: true, force: true });
});

/**
 * How often reading an .xlsx of n ordinary rows asks the sheet for its column count. ExcelJS
 * computes it over every row each time it is asked, so asking once per row made reading
 * quadratic (8,000 rows: 69 s). Counted rather than timed: a time ratio fails on a busy machine.
 */
async function columnCountReads(n: number): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Åtgärder');
  sheet.addRow(['plan_year', 'number', 'title', 'wording', 'area', 'districts', 'responsible', 'comment']);
  for (let i = 0; i < n; i++)
    sheet.addRow([2024, `1.${i}`, `Åtgärd ${i}`, `Ordalydelse för rad ${i}.`, 'fritid', 'berga', 'iaf', '']);
  const file = join(work(), `rows-${n}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const proto = Object.getPrototypeOf(sheet) as object;
  const original = Object.getOwnPropertyDescriptor(proto, 'columnCount');
  assert.ok(original?.get, 'ExcelJS worksheets compute columnCount in a getter');
  let reads = 0;
  Object.defineProperty(proto, 'columnCount', {
    ...original,
    get(this: unknown) {
      reads++;
      return original.get!.call(this);
    },
  });
  try {
    const table = await readXlsx(file, { maxRows: Infinity });
    assert.equal(table.rows.length, n);
  } finally {
    Object.defineProperty(proto, 'columnCount', original);
  }
  return reads;
}

test('reading .xlsx is linear: the sheet is asked for its column count once, not once per row', async () => {
  const small = await columnCountReads(20);
  const large = await columnCountReads(2000);
  assert.equal(large, small, `20 rows: ${small} reads, 2,000 rows: ${large} reads`);
  assert.ok(large <= 2, `columnCount read ${large} times`);
});
