/**
 * The content check refuses content that asks for more than its sources allow, with one line
 * (file: field: what is wrong). Each case copies the valid fixture, breaks one thing and checks
 * the exact line; the first runs `npm run check:content` itself on the copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { formatProblem, validate } from '../../../src/lib/site/validate.ts';
import { quotedPhrases } from '../../../src/lib/site/validate-evidence.ts';
import { tempDir } from '../support/temp-dir.ts';

const VALID = 'tests/fixtures/valid';

/** A party's website, added to the fixture's references. */
const PARTY_SITE = `- id: partisida
  publisher: Partiet i Testkommunen
  title: Partiets sida
  date: null
  url: https://example.org/parti
  kind: party
  party: v
`;

/** A copy of the valid fixture with edits (file → edit); returns its directory. */
function copyWith(edits: Record<string, (text: string) => string>): string {
  const dir = tempDir('insyn-trust-');
  cpSync(VALID, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    assert.notEqual(after, before, `the edit must change ${file}`);
    writeFileSync(path, after);
  }
  return dir;
}

function problemsIn(dir: string): string[] {
  const { snapshot, problems } = loadContent(dir);
  const all = problems.length ? problems : validate(snapshot);
  return all.map(formatProblem).map((line) => line.replaceAll(`${dir}/`, ''));
}

const problemsAfter = (edits: Record<string, (text: string) => string>) => problemsIn(copyWith(edits));

test('a party website behind "Beslutad av" fails npm run check:content with one line', () => {
  const dir = copyWith({
    'references.yaml': (t) => t + PARTY_SITE,
    'plans.yaml': (t) =>
      t.replace(
        'decidedBy: { value: Kommundirektören, source: { document: beslut, anchor: st-1 } }',
        'decidedBy: { value: Kommundirektören, source: { reference: partisida } }',
      ),
  });
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, INSYN_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(
    lines[0].replaceAll(`${dir}/`, ''),
    "plans.yaml: 2023.decidedBy.source: who decided the plan is shown without attribution, but rests on \"partisida\" (a party's text); only the acting body's own record or the municipality's news may state it (expected such a source)",
  );
  assert.match(lines.at(-1) ?? '', /^1 problem\(s\) in /);
});

test("a follow-up status from a party website is refused: a status is the follow-up's own word", () => {
  assert.deepEqual(
    problemsAfter({
      'references.yaml': (t) => t + PARTY_SITE,
      'follow-ups/2023.yaml': (t) =>
        t.replace(
          '{ measure: parken, status: genomford, source: { document: beslut, anchor: st-2 } }',
          '{ measure: parken, status: genomford, source: { reference: partisida } }',
        ),
    }),
    [
      'follow-ups/2023.yaml: measures[0].source: the status "genomford" is shown without attribution, but rests on "partisida" (a party\'s text); only the acting body\'s own record or the municipality\'s news may state it (expected such a source)',
    ],
  );
});

test('"Säker uppgift" from a party\'s protocol note is refused: a quotation of the plan is second-hand', () => {
  assert.deepEqual(
    problemsAfter({ 'measures/parken.yaml': (t) => t.replace('confidence: medium', 'confidence: high') }),
    [
      'measures/parken.yaml: confidence: "high" asks for more than its sources allow: that it is a measure of the plan rests only on "beslut" (a party\'s text), which allows at most "medium"',
    ],
  );
});

test('a measure known only from a newspaper may be no more than uncertain', () => {
  assert.deepEqual(
    problemsAfter({
      'measures/jobb.yaml': (t) => t.replace('confidence: low', 'confidence: medium'),
    }),
    [
      'measures/jobb.yaml: confidence: "medium" asks for more than its sources allow: that it is a measure of the plan rests only on "nyhet" (a news report), which allows at most "low"',
    ],
  );
});

test('a classification from a newspaper cannot be certain', () => {
  assert.deepEqual(
    problemsAfter({
      'districts/norr.yaml': (t) =>
        t.replace(
          'year: "2019", value: utsatt område, source: { reference: kommunnytt }',
          'year: "2019", value: utsatt område, source: { reference: nyhet }',
        ),
    }),
    [
      'districts/norr.yaml: classifications[0].confidence: "high" asks for more than its sources allow: the classification rests only on "nyhet" (a news report), which allows at most "low"',
    ],
  );
});

test('a reference without a kind, with an unknown kind, and an opinion text without its author', () => {
  assert.deepEqual(problemsAfter({ 'references.yaml': (t) => t.replace('  kind: news\n', '') }), [
    'references.yaml: nyhet.kind: a reference needs a kind, one of: record, municipal-news, authority, majority, party, news, opinion, secondary, statistics (docs/content-rules.md says which)',
  ]);
  assert.deepEqual(
    problemsAfter({ 'references.yaml': (t) => t.replace('  kind: news\n', '  kind: primary\n') }),
    [
      'references.yaml: nyhet.kind: a reference needs a kind, one of: record, municipal-news, authority, majority, party, news, opinion, secondary, statistics (docs/content-rules.md says which) (got "primary"); did you mean "party"?',
    ],
  );
  assert.deepEqual(problemsAfter({ 'references.yaml': (t) => t.replace('  author: en boende\n', '') }), [
    'references.yaml: insandare.author: an opinion text needs its author and its form (letter or debate), e.g. author: tre fältarbetare, form: letter',
  ]);
  assert.deepEqual(
    problemsAfter({ 'references.yaml': (t) => t + PARTY_SITE.replace('party: v', 'party: xx') }),
    ['references.yaml: partisida.party: unknown party "xx" (expected an id in parties.yaml)'],
  );
});

test("the source's own words and a quoted phrase must stand in the paragraph they cite", () => {
  assert.deepEqual(
    problemsAfter({
      'plans.yaml': (t) =>
        t.replace(
          'measureCount: { value: 2, source: { document: beslut, anchor: st-1 } }',
          'measureCount: { value: 2, source: { document: beslut, anchor: st-1, words: Planen har 3 åtgärder } }',
        ),
    }),
    [
      "plans.yaml: 2023.measureCount.source.words: the source's words are not in beslut#st-1 (expected its exact words)",
    ],
  );
  // A paraphrase that quotes a phrase: the phrase must be where the anchor points (here it is in st-3).
  assert.deepEqual(
    problemsAfter({
      'decisions/torget.yaml': (t) =>
        t
          .replace(
            'summary: Nämnden beslutar om ett nytt torg.',
            'summary: Planen vill ”öka tryggheten i parken”.',
          )
          .replace('source: { reference: nyhet }', 'source: { document: beslut, anchor: st-1 }'),
    }),
    [
      'decisions/torget.yaml: source: the quoted phrase "öka tryggheten i parken" is not in beslut#st-1 (expected the source\'s exact words, or the anchor of the paragraph they stand in)',
    ],
  );
});

test('a checked date is a day a person checked the source, never in the future', () => {
  assert.deepEqual(
    problemsAfter({
      'references.yaml': (t) => t.replace('  kind: news\n', '  kind: news\n  checkedOn: "2999-01-01"\n'),
    }),
    [
      'references.yaml: nyhet.checkedOn: 2999-01-01 is in the future (expected the day a person last checked the source)',
    ],
  );
});

test('quoted phrases are read from ”…”, "…" and «…»', () => {
  assert.deepEqual(quotedPhrases('Kommunen skriver att ”pågår” är brett och "ses över" och «x y».'), [
    'pågår',
    'ses över',
    'x y',
  ]);
});
