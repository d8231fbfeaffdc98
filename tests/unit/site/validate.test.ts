/**
 * Bad content fails with one clear line: file, field, what is wrong.
 * Each case copies the valid fixture to a temp dir, breaks one thing, and
 * checks the exact problem the content check reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { formatProblem, validate } from '../../../src/lib/site/validate.ts';

const VALID = 'tests/fixtures/valid';

/** A copy of the valid fixture with one file edited; returns the problem lines. */
function problemsAfter(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-validate-'));
  cpSync(VALID, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the edit must change ${file}`);
  writeFileSync(path, after);
  const { snapshot, problems } = loadContent(dir);
  const all = problems.length ? problems : validate(snapshot);
  return all.map(formatProblem).map((line) => line.replaceAll(`${dir}/`, ''));
}

test('the valid fixture has no problems (the real content is checked in content-invariants.test.ts)', () => {
  const { snapshot, problems } = loadContent(VALID);
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(validate(snapshot).map(formatProblem), []);
});

test('an unknown status in a follow-up', () => {
  assert.deepEqual(
    problemsAfter('follow-ups/2023.yaml', (t) => t.replace('status: genomford', 'status: klar')),
    ['follow-ups/2023.yaml: measures[0].status: unknown status "klar" (expected one of: genomford, pagar)'],
  );
});

test('an unknown status key in follow-up counts', () => {
  assert.deepEqual(
    problemsAfter('follow-ups/2023.yaml', (t) => t.replace('pagar: 1 }', 'pagaar: 1 }')),
    ['follow-ups/2023.yaml: counts.pagaar: unknown status "pagaar" (expected one of: genomford, pagar)'],
  );
});

test('a duplicate id in a YAML list', () => {
  assert.deepEqual(
    problemsAfter(
      'parties.yaml',
      (t) => `${t}- { id: v, abbr: V, name: Vänstern, source: { document: beslut, anchor: st-1 } }\n`,
    ),
    ['parties.yaml: v.id: duplicate id "v" (expected each id once in parties)'],
  );
});

test('a duplicate measure number within a plan year', () => {
  assert.deepEqual(
    problemsAfter('measures/jobb.yaml', (t) =>
      t.replace('number: null', 'number: "1.1"').replace('area: arbete', 'area: trygghet'),
    ),
    [
      'measures/parken.yaml: years[0].number: number 1.1 in plan 2023 is already used by measure "jobb" (expected unique numbers per plan year)',
    ],
  );
});

test('a note that names a measure that does not exist', () => {
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) =>
      t.replace('measure: parken, year', 'measure: parkerna, year'),
    ),
    [
      'meetings/ks-2023.yaml: items[1].measures[0].measure: the note names measure "parkerna", which does not exist (expected a file name in measures/)',
    ],
  );
});

test('a note whose measure number differs from the measure', () => {
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) => t.replace('number: "1.1" }', 'number: "1.2" }')),
    [
      'meetings/ks-2023.yaml: items[1].measures[0].number: the note says 1.2, but measure "parken" is number 1.1 in 2023',
    ],
  );
});

test('a date that does not parse, and one that is not in the calendar', () => {
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) => t.replace('date: "2023-02-14"', 'date: "14/2 2023"')),
    ['meetings/ks-2023.yaml: date: not a date: write YYYY-MM-DD, YYYY-MM or YYYY'],
  );
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) => t.replace('date: "2023-02-14"', 'date: "2023-02-30"')),
    ['meetings/ks-2023.yaml: date: no such day in the calendar'],
  );
});

test('follow-up counts that do not add up to the plan total', () => {
  assert.deepEqual(
    problemsAfter('follow-ups/2023.yaml', (t) => t.replace('pagar: 1 }', 'pagar: 2 }')),
    [
      'follow-ups/2023.yaml: counts: counts add up to 3 (expected the stated total 2)',
      "follow-ups/2023.yaml: counts: counts add up to 3 (expected the plan's 2 measures)",
    ],
  );
});

test('an unknown document, anchor, reference, area, district and organisation', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('anchor: st-3', 'anchor: st-9')),
    [
      'measures/parken.yaml: years[0].source.anchor: document "beslut" has no block "st-9" (expected st-1 … st-3)',
    ],
  );
  assert.deepEqual(
    problemsAfter('measures/jobb.yaml', (t) => t.replace('reference: nyhet', 'reference: nyheten')),
    [
      'measures/jobb.yaml: years[0].source.reference: unknown reference "nyheten" (expected an id in references.yaml)',
    ],
  );
  assert.deepEqual(
    problemsAfter('plans.yaml', (t) => t.replace('documents: [beslut]', 'documents: [beslutet]')),
    ['plans.yaml: 2023.documents[0]: unknown document "beslutet" (expected one of: beslut)'],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t
        .replace('area: trygghet', 'area: trygg')
        .replace('[norr]', '[syd]')
        .replace('[forvaltning]', '[namnden]'),
    ),
    [
      'measures/parken.yaml: years[0].area: unknown area "trygg" (expected one of: trygghet, arbete)',
      'measures/parken.yaml: years[0].districts[0]: unknown district "syd" (expected one of: norr)',
      'measures/parken.yaml: years[0].responsible[0]: unknown organisation "namnden" (expected one of: forvaltning)',
    ],
  );
});

test('a quotation that is not in the cited paragraph', () => {
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) =>
      t.replace('text: Öka tryggheten i parken,', 'text: Öka tryggheten i hela staden,'),
    ),
    [
      "meetings/ks-2023.yaml: items[1].quotes[0].text: quotation not found in beslut#st-3 (expected the source's exact words)",
    ],
  );
});

test('a measure number that does not match its development area', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('number: "1.1"', 'number: "2.1"')),
    [
      "measures/parken.yaml: years[0].number: number 2.1 does not start with area trygghet's number 1",
      'meetings/ks-2023.yaml: items[1].measures[0].number: the note says 1.1, but measure "parken" is number 2.1 in 2023',
    ],
  );
});

test('a district without a shape, and a shape without a district', () => {
  assert.deepEqual(
    problemsAfter('geo/districts.geojson', (t) => t.replace('"id":"norr"', '"id":"nord"')),
    [
      'districts/norr.yaml: id: district "norr" has 0 shapes in geo/districts.geojson (expected exactly 1)',
      'geo/districts.geojson: features[0].properties.id: shape "nord" has no district entry (expected one of: norr)',
    ],
  );
});

test('a value without a source, and a low-confidence measure without a caveat', () => {
  assert.deepEqual(
    problemsAfter('plans.yaml', (t) =>
      t.replace(
        'measureCount: { value: 2, source: { document: beslut, anchor: st-1 } }',
        'measureCount: { value: 2 }',
      ),
    ),
    ['plans.yaml: 2023.measureCount: a value without a source: add source, or set value to null'],
  );
  assert.deepEqual(
    problemsAfter('measures/jobb.yaml', (t) => t.replace('caveat: Bara en nyhet nämner det.\n', '')),
    ['measures/jobb.yaml: caveat: a low-confidence measure needs a caveat'],
  );
});

test('the content check exits non-zero and prints one line per problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-cli-'));
  cpSync(VALID, dir, { recursive: true });
  const file = join(dir, 'follow-ups/2023.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: genomford', 'status: klar'));
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, INSYN_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(
    lines[0],
    `${dir}/follow-ups/2023.yaml: measures[0].status: unknown status "klar" (expected one of: genomford, pagar)`,
  );
  assert.match(lines.at(-1) ?? '', /1 problem\(s\) in .*: the site was not built\./);
});

// --- Events, decisions and corrections (issue 15) ---

test('an event without a kind, and one without a source', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('    kind: report\n', '')),
    ['measures/parken.yaml: events[2].kind: an event needs a kind: decision, report, news or claim'],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace(
        '    source: { document: beslut, anchor: st-3 }\n  - date: "2023-02-14"',
        '  - date: "2023-02-14"',
      ),
    ),
    ['measures/parken.yaml: events[2].source: Invalid input: expected object, received undefined'],
  );
});

test('a claim without an attributed author or publisher', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('    attribution: en insändare\n', '')),
    [
      'measures/parken.yaml: events[0].attribution: a claim needs its author or publisher in attribution (a claim is never stated as fact)',
    ],
  );
});

test('a decision without the body that decided', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('    body: Tekniska nämnden\n', '')),
    [
      'measures/parken.yaml: events[1].body: a decision needs the body that decided (e.g. "Kultur- och fritidsnämnden")',
    ],
  );
});

test('an inferred link without a confidence, or with a certainty an inference cannot have', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace('link: { confidence: medium, reason:', 'link: { reason:'),
    ),
    ['measures/parken.yaml: events[1].link.confidence: an inferred link needs a confidence: medium or low'],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace('link: { confidence: medium,', 'link: { confidence: high,'),
    ),
    ['measures/parken.yaml: events[1].link.confidence: an inferred link needs a confidence: medium or low'],
  );
});

test('a correction pointing at a page or a fact that does not exist', () => {
  assert.deepEqual(
    problemsAfter('corrections.yaml', (t) =>
      t.replace('page: /atgarder/parken/', 'page: /atgarder/parkerna/'),
    ),
    [
      'corrections.yaml: parken-belysning.page: no page "/atgarder/parkerna/" with facts (expected a measure, district or minutes page, e.g. /atgarder/<id>/)',
    ],
  );
  assert.deepEqual(
    problemsAfter('corrections.yaml', (t) => t.replace('fact: beslut-2023-03', 'fact: beslut-2023-04')),
    [
      'corrections.yaml: parken-belysning.fact: page "/atgarder/parken/" has no fact "beslut-2023-04" (expected one of: ar-2023, pastaende-2024, beslut-2023-03, handelse-3, handelse-4)',
    ],
  );
});

test('a related decision naming an unknown district or measure', () => {
  assert.deepEqual(
    problemsAfter('decisions/torget.yaml', (t) =>
      t
        .replace('districts: [norr]', 'districts: [syd]')
        .replace('measures: [parken]', 'measures: [parkerna]'),
    ),
    [
      'decisions/torget.yaml: districts[0]: unknown district "syd" (expected one of: norr)',
      'decisions/torget.yaml: measures[0]: unknown measure "parkerna" (expected a file name in measures/)',
    ],
  );
});

test('a one-page language page that leaves a status word unexplained, or marks a Swedish word badly', () => {
  assert.deepEqual(
    problemsAfter('short/so.yaml', (t) =>
      t
        .replace('    pagar: Waa socotaa.\n', '    pagr: Waa socotaa.\n')
        .replace('U qor Insyn."', 'U qor {{Insyn."'),
    ),
    [
      'short/so.yaml: status.words.pagar: missing (expected an explanation of each of: genomford, pagar, okand)',
      'short/so.yaml: status.words.pagr: unknown status "pagr" (expected one of: genomford, pagar, okand)',
      'short/so.yaml: contact.text[0]: a Swedish word is marked with an unpaired brace (expected {{word}})',
    ],
  );
});
