/**
 * Bad content fails with one clear line: file, field, what is wrong.
 * Each case copies the valid fixture to a temp dir, breaks one thing, and
 * checks the exact problem the content check reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { formatProblem, validate } from '../../../src/lib/site/validate.ts';
import { tempDir } from '../support/temp-dir.ts';

const VALID = 'tests/fixtures/valid';

/** A copy of the valid fixture with one file edited; returns the problem lines. */
function problemsAfter(file: string, edit: (text: string) => string): string[] {
  const dir = tempDir('insyn-validate-');
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
    [
      'follow-ups/2023.yaml: counts.pagaar: unknown status "pagaar" (did you mean "pagar"? expected one of: genomford, pagar)',
    ],
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
      'meetings/ks-2023.yaml: items[1].measures[0].measure: the note names measure "parkerna", which does not exist (did you mean "parken"? expected a file name in measures/)',
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
    ['meetings/ks-2023.yaml: date: not a date: write YYYY-MM-DD, YYYY-MM or YYYY (got "14/2 2023")'],
  );
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) => t.replace('date: "2023-02-14"', 'date: "2023-02-30"')),
    ['meetings/ks-2023.yaml: date: no such day in the calendar (got "2023-02-30")'],
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
      'measures/jobb.yaml: years[0].source.reference: unknown reference "nyheten" (did you mean "nyhet"? expected an id in references.yaml)',
    ],
  );
  assert.deepEqual(
    problemsAfter('plans.yaml', (t) => t.replace('documents: [beslut]', 'documents: [beslutet]')),
    [
      'plans.yaml: 2023.documents[0]: unknown document "beslutet" (did you mean "beslut"? expected one of: beslut)',
    ],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t
        .replace('area: trygghet', 'area: trygg')
        .replace('[norr]', '[syd]')
        .replace('[forvaltning]', '[namnden]'),
    ),
    [
      'measures/parken.yaml: years[0].area: unknown area "trygg" (did you mean "trygghet"? expected one of: trygghet, arbete)',
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

test("a note's paragraph range: its last paragraph exists, does not come before its first, and stops before the next note", () => {
  const note = '    source: { document: beslut, anchor: st-3 }\n';
  const withTo = (to: string) => (t: string) =>
    t.replace(note, `    source: { document: beslut, anchor: st-3, to: ${to} }\n`);
  assert.deepEqual(problemsAfter('meetings/ks-2023.yaml', withTo('st-9')), [
    'meetings/ks-2023.yaml: items[1].source.to: document "beslut" has no block "st-9" (expected st-1 … st-3)',
  ]);
  assert.deepEqual(problemsAfter('meetings/ks-2023.yaml', withTo('st-2')), [
    "meetings/ks-2023.yaml: items[1].source.to: st-2 comes before st-3 (expected the passage's last paragraph)",
  ]);
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) =>
      withTo('st-3')(t.replace('items:', 'notesEnd: st-3\nitems:')),
    ),
    [
      "meetings/ks-2023.yaml: items[1].source.to: st-3 runs into the minutes after the notes (notesEnd: st-3) (expected the note's own last paragraph)",
    ],
  );
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', withTo('st-3')),
    [],
    'a one-paragraph range is a range',
  );
  // A note at st-2 whose range takes in the next note's first paragraph.
  const earlier = [
    '  - kind: note',
    '    id: anteckning-s',
    '    party: v',
    '    author: En Annan',
    '    summary: En tidigare anteckning.',
    '    quotes:',
    '      - { text: "Genomförd: 1", source: { document: beslut, anchor: st-2 } }',
    '    source: { document: beslut, anchor: st-2, to: st-3 }',
    '  - kind: note',
    '    id: anteckning-v',
  ].join('\n');
  assert.ok(
    problemsAfter('meetings/ks-2023.yaml', (t) =>
      t.replace('  - kind: note\n    id: anteckning-v', earlier),
    ).includes(
      "meetings/ks-2023.yaml: items[1].source.to: st-3 runs into the next note (anteckning-v starts at st-3) (expected the note's own last paragraph)",
    ),
  );
});

test('a paragraph range only on a protocol note: any other fact cites the paragraph of its words', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('anchor: st-3', 'anchor: st-3, to: st-3')),
    [
      "measures/parken.yaml: years[0].source.to: a paragraph range is only for a protocol note's source (expected the paragraph of the words cited, without to)",
    ],
  );
  assert.deepEqual(
    problemsAfter('meetings/ks-2023.yaml', (t) =>
      t.replace('source: { document: beslut, anchor: st-1 }', 'source: { document: beslut, to: st-1 }'),
    ),
    ['meetings/ks-2023.yaml: items[0].source: to only goes with anchor (the passage runs from anchor to to)'],
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
  const dir = tempDir('insyn-cli-');
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

test('an event without what happened, and one without a source', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace('    what: action\n    text: Arbetet', '    text: Arbetet'),
    ),
    [
      'measures/parken.yaml: events[2].what: an event needs what: what the source says happened (decision, action, plan, finding, agreement)',
    ],
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

test('an event cannot type its own label: the label and whose word it is are derived from the source', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace(
        '    what: action\n    text: Parken har',
        '    what: action\n    attribution: en insändare\n    text: Parken har',
      ),
    ),
    ['measures/parken.yaml: events[0]: Unrecognized key: "attribution"'],
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
    [
      'measures/parken.yaml: events[1].link.confidence: an inferred link needs a confidence: medium or low (got "high")',
    ],
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
      'corrections.yaml: parken-belysning.fact: page "/atgarder/parken/" has no fact "beslut-2023-04" (did you mean "beslut-2023-03"? expected one of: ar-2023, pastaende-2024, beslut-2023-03, handelse-3, handelse-4)',
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
      'decisions/torget.yaml: measures[0]: unknown measure "parkerna" (did you mean "parken"? expected a file name in measures/)',
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
      'short/so.yaml: status.words.pagr: unknown status "pagr" (did you mean "pagar"? expected one of: genomford, pagar, okand)',
      'short/so.yaml: contact.text[0]: a Swedish word is marked with an unpaired brace (expected {{word}})',
    ],
  );
});

// --- Hostile and hurried content (issue 28): one line per problem, naming the file ---

/** A copy of the valid fixture changed by `change(dir)`; returns the problem lines and the snapshot. */
function checkAfter(change: (dir: string) => void) {
  const dir = tempDir('insyn-validate-');
  cpSync(VALID, dir, { recursive: true });
  change(dir);
  const { snapshot, problems } = loadContent(dir);
  const all = problems.length ? problems : validate(snapshot);
  return { lines: all.map(formatProblem).map((line) => line.replaceAll(`${dir}/`, '')), snapshot };
}
const copy = (dir: string, from: string, to: string) =>
  writeFileSync(join(dir, to), readFileSync(join(dir, from), 'utf8'));

test('a copied measure file (Finder\'s "kopia", Explorer\'s "- Kopia") is refused, not published twice', () => {
  for (const name of ['parken kopia.yaml', 'parken - Kopia.yaml', 'parken (kopia).yaml']) {
    const { lines, snapshot } = checkAfter((dir) => copy(dir, 'measures/parken.yaml', `measures/${name}`));
    assert.deepEqual(lines, [
      `measures/${name}: (file name): the file name is the entry's id and URL: lowercase a-z, digits and hyphens only (a copy, such as "x kopia.yaml", must be renamed or deleted)`,
    ]);
    assert.equal(snapshot.measures.filter((m) => m.data.title === 'Öka tryggheten i parken').length, 1);
  }
  assert.deepEqual(
    checkAfter((dir) => copy(dir, 'measures/parken.yaml', 'measures/parken-kopia.yaml')).lines,
    [
      'measures/parken-kopia.yaml: (file name): looks like a copy of parken.yaml (expected one file per entry; rename or delete it)',
    ],
  );
});

test('names that differ only in case, capitals, other extensions, folders and left-over import files are one line each', () => {
  const { lines } = checkAfter((dir) => {
    copy(dir, 'measures/parken.yaml', 'measures/Parken.yaml');
    copy(dir, 'measures/jobb.yaml', 'measures/Jobbet.yaml');
    copy(dir, 'measures/jobb.yaml', 'measures/jobb2.yml');
    copy(dir, 'measures/jobb.yaml', 'measures/jobb.yaml.orig');
    copy(dir, 'documents/beslut.md', 'documents/beslut2.mdx');
    copy(dir, 'measures/jobb.yaml', 'measures/.jobb.yaml.import-123.tmp');
    mkdirSync(join(dir, 'measures/gamla'));
    writeFileSync(join(dir, 'measures/.DS_Store'), 'Finder');
  });
  assert.deepEqual(lines, [
    "documents/beslut2.mdx: (file name): the extension must be .md (this folder's files are read only as .md; rename it beslut2.md)",
    'measures/.jobb.yaml.import-123.tmp: (file name): a temporary file an interrupted import left behind (expected it deleted)',
    'measures/Jobbet.yaml: (file name): the file name is the entry\'s id and URL: lowercase a-z, digits and hyphens only (a copy, such as "x kopia.yaml", must be renamed or deleted)',
    'measures/Parken.yaml: (file name): differs from parken.yaml only in case (expected one file per entry, its name in lowercase)',
    'measures/gamla: (file name): a folder (expected only .yaml files directly in measures/, one per entry)',
    'measures/jobb.yaml.orig: (file name): not a .yaml file (expected only .yaml files in measures/; move or delete it)',
    "measures/jobb2.yml: (file name): the extension must be .yaml (this folder's files are read only as .yaml; rename it jobb2.yaml)",
  ]);
});

test('only https: addresses: javascript: and data: are refused, http: needs a stated reason', () => {
  const reference = (edit: (t: string) => string) => problemsAfter('references.yaml', edit);
  assert.deepEqual(
    reference((t) => t.replace('url: https://example.org/nyhet', 'url: "javascript:alert(document.cookie)"')),
    [
      'references.yaml: nyhet.url: not a web address: expected https://… (got "javascript:alert(document.cookie)")',
    ],
  );
  assert.deepEqual(
    reference((t) => t.replace('url: https://example.org/nyhet', 'url: "data:text/html,<script>x</script>"')),
    [
      'references.yaml: nyhet.url: not a web address: expected https://… (got "data:text/html,<script>x</script>")',
    ],
  );
  assert.deepEqual(
    reference((t) => t.replace('url: https:', 'url: http:')),
    [
      'references.yaml: nyhet.url: an http: address (expected https:, or httpOnly saying why the source has no https: address)',
    ],
  );
  assert.deepEqual(
    reference((t) =>
      t
        .replace('url: https:', 'url: http:')
        .replace(
          'kind: news',
          'httpOnly: Tidningens arkiv svarar bara över http (kontrollerat 2026-12-06).\n  kind: news',
        ),
    ),
    [],
  );
  assert.deepEqual(
    reference((t) => t.replace('kind: news', 'httpOnly: Varför.\n  kind: news')),
    ['references.yaml: nyhet.httpOnly: httpOnly goes only with an http: address'],
  );
  assert.deepEqual(
    problemsAfter('documents/beslut.md', (t) => t.replace('url: null', 'url: http://example.org/beslut.pdf')),
    [
      'documents/beslut.md: url: not an https: address: expected https://… (got "http://example.org/beslut.pdf")',
    ],
  );
  assert.deepEqual(
    problemsAfter(
      'pages/om.mdx',
      (t) => `${t}\n[Läs mer](javascript:alert(1)) och <a href="http://example.org">här</a>.\n`,
    ),
    [
      'pages/om.mdx: (body): a javascript: link (expected https:, mailto: or a path on the site such as /om/)',
      'pages/om.mdx: (body): a http: link (expected https:, mailto: or a path on the site such as /om/)',
    ],
  );
});

test('malformed YAML in a one-file-per-entry folder names the file, and the other files are still read', () => {
  const { lines } = checkAfter((dir) =>
    writeFileSync(join(dir, 'measures/jobb.yaml'), 'title: [Jobb\nyears: {\n'),
  );
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /^measures\/jobb\.yaml: \(file\): not valid YAML: .+ at line \d+, column \d+/);
  const front = checkAfter((dir) =>
    writeFileSync(join(dir, 'documents/beslut.md'), '---\ntitle: "Test\n---\nText\n'),
  ).lines;
  assert.equal(front.length, 1, front.join('\n'));
  assert.match(front[0], /^documents\/beslut\.md: \(file\): its front matter is not valid YAML: /);
});

test('malformed GeoJSON is one short line naming the file, never the file itself and never a crash', () => {
  const geo = 'geo/districts.geojson';
  const broken = checkAfter((dir) => {
    const text = readFileSync(join(dir, geo), 'utf8');
    writeFileSync(join(dir, geo), text.slice(0, Math.floor(text.length / 2)));
  }).lines;
  assert.equal(broken.length, 1, broken.join('\n'));
  assert.match(broken[0], /^geo\/districts\.geojson: \(file\): not valid JSON: /);
  assert.ok(broken[0].length < 250, broken[0]);
  assert.deepEqual(checkAfter((dir) => writeFileSync(join(dir, geo), '{"type":"FeatureCollection"}')).lines, [
    'geo/districts.geojson: features: Invalid input: expected array, received undefined',
  ]);
  const noId = checkAfter((dir) =>
    writeFileSync(join(dir, geo), readFileSync(join(dir, geo), 'utf8').replace('"id":"norr",', '')),
  ).lines;
  assert.deepEqual(noId, [
    'geo/districts.geojson: features[0].properties.id: Invalid input: expected string, received undefined',
  ]);
});

test('a word of a fixed list suggests the closest; a quoted or official title must stand in its paragraph', () => {
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) => t.replace('what: decision', 'what: decison')),
    [
      'measures/parken.yaml: events[1].what: an event needs what: what the source says happened (decision, action, plan, finding, agreement) (got "decison"); did you mean "decision"?',
    ],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t.replace('title: Öka tryggheten i parken', 'title: Stäng parken'),
    ),
    ["measures/parken.yaml: title: quotation not found in beslut#st-3 (expected the source's exact words)"],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t
        .replace('title: Öka tryggheten i parken', 'title: Stäng parken')
        .replace('titleKind: quote', 'titleKind: official'),
    ),
    [
      "measures/parken.yaml: title: official title not found in beslut#st-3 (expected the source's exact words)",
    ],
  );
  assert.deepEqual(
    problemsAfter('measures/parken.yaml', (t) =>
      t
        .replace('title: Öka tryggheten i parken', 'title: Stäng parken')
        .replace('titleKind: quote', 'titleKind: paraphrase'),
    ),
    [],
  );
});

test('the content check prints every kind of problem as one line, never a stack trace', () => {
  const dir = tempDir('insyn-cli-');
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, 'measures/jobb.yaml'), 'title: [Jobb\n');
  copy(dir, 'measures/parken.yaml', 'measures/parken kopia.yaml');
  writeFileSync(join(dir, 'geo/districts.geojson'), '{"type": "FeatureCollection", "features": [');
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, INSYN_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n').filter(Boolean);
  assert.equal(lines.length, 4, run.stderr);
  for (const line of lines.slice(0, 3))
    assert.match(line, new RegExp(`^${dir}/(measures|geo)/[^:]+: \\(file( name)?\\): `));
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});
