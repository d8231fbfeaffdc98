import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { withRelatedDecisions } from '../support/related-decisions.ts';
import { datasetsIn, toCsv, toJson, type Row } from '../../../src/lib/data-export/datasets.ts';
import { sv } from '../../../src/i18n/sv/index.ts';
import { sourcePath } from '../../../src/lib/urls/paths.ts';
import { measureColumns } from '../../../src/lib/measure/rows.ts';
import { jsonSchemaOf, schemaNames } from '../../../src/lib/data-export/json-schema.ts';
import { collections } from '../../../src/schemas/index.ts';

// The fixture site (tests/fixtures/site), not content/: these test the export, not the facts.
const loaded = loadContent('tests/fixtures/site');
const problems = loaded.problems;
// Two invented related decisions beside them, for decisions.csv (tests/unit/support/related-decisions.ts).
const snapshot = withRelatedDecisions(loaded.snapshot);
assert.deepEqual(problems, [], 'the fixture site loads without problems');

// The files are Swedish: the endpoints build them with the Swedish documentation.
const datasets = datasetsIn(sv);
const datasetById = new Map(datasets.map((d) => [d.id, d]));

/** What a reader of the published file gets back: the CSV parsed as Excel-minded tools do. */
function readCsv(csv: string): Row[] {
  return parse(csv, { bom: true, delimiter: ';', columns: true, skip_empty_lines: true });
}
const rowsOf = (id: string) => {
  const d = datasetById.get(id);
  assert.ok(d, id);
  return readCsv(toCsv(d.columns, d.rows(snapshot)));
};
const one = <T>(list: T[], what: string): T => {
  assert.equal(list.length, 1, what);
  return list[0];
};

test('the CSV is UTF-8 with a BOM, semicolon-separated with CRLF line ends, headed by the column names', () => {
  const d = datasetById.get('plans')!;
  const csv = toCsv(d.columns, d.rows(snapshot));
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const firstLine = csv.slice(1).split('\r\n')[0];
  assert.equal(firstLine, d.columns.map((c) => c.name).join(';'));
});

test('every dataset parses back from CSV to exactly its rows, and from JSON with typed values', () => {
  for (const d of datasets) {
    const rows = d.rows(snapshot);
    assert.ok(rows.length > 0, `${d.id} has rows`);
    assert.deepEqual(readCsv(toCsv(d.columns, rows)), rows, `${d.id}.csv round trip`);
    const json = JSON.parse(toJson(d, rows, 'villkor', snapshot));
    assert.equal(json.rows.length, rows.length);
    json.rows.forEach((jr: Record<string, unknown>, i: number) => {
      for (const c of d.columns) {
        const v = jr[c.name];
        const back = v === null ? '' : Array.isArray(v) ? v.join('|') : String(v);
        assert.equal(back, rows[i][c.name], `${d.id}.json row ${i} ${c.name}`);
        if (v !== null && c.type === 'heltal') assert.equal(typeof v, 'number');
        if (v !== null && c.type === 'lista') assert.ok(Array.isArray(v));
      }
    });
  }
});

test('every documented column is in every row, and every cell is a documented column', () => {
  for (const d of datasets) {
    const names = d.columns.map((c) => c.name);
    assert.equal(new Set(names).size, names.length, `${d.id}: column names are unique`);
    for (const c of d.columns) assert.ok(c.meaning && c.allowed, `${d.id}.${c.name} is documented`);
    for (const row of d.rows(snapshot))
      assert.deepEqual(Object.keys(row).sort(), [...names].sort(), `${d.id} row keys`);
  }
  assert.equal(datasetById.get('measures')!.columns, measureColumns, 'measures use the importer contract');
});

test('measures.csv has one row per measure and plan year, with the follow-up status of that year', () => {
  const rows = rowsOf('measures');
  assert.equal(
    rows.length,
    snapshot.measures.reduce((n, m) => n + m.data.years.length, 0),
  );
  for (const m of snapshot.measures)
    for (const y of m.data.years) {
      const row = one(
        rows.filter((r) => r.measure_id === m.id && r.plan_year === String(y.year)),
        `${m.id} ${y.year}`,
      );
      assert.equal(row.number, y.number ?? '');
      assert.equal(row.title, m.data.title ?? '');
      assert.equal(row.wording, y.wording ?? '');
      assert.equal(row.districts, (y.districts ?? []).join('|'));
      const status = snapshot.followUps
        .find((f) => f.data.planYear === y.year)
        ?.data.measures.find((s) => s.measure === m.id)?.status;
      assert.equal(row.status, status ?? '');
    }
});

test('plans.csv has every plan with its stated values, and empty cells where no source states one', () => {
  const rows = rowsOf('plans');
  assert.deepEqual(
    rows.map((r) => r.plan_year),
    snapshot.plans.map((p) => String(p.data.year)).sort(),
  );
  for (const { data: p } of snapshot.plans) {
    const row = one(
      rows.filter((r) => r.plan_year === String(p.year)),
      String(p.year),
    );
    assert.equal(row.name, p.name);
    assert.equal(row.decided_on, p.decidedOn.value ?? '');
    assert.equal(row.decided_on_source, sourcePath(p.decidedOn.source));
    assert.equal(row.measure_count, p.measureCount.value === null ? '' : String(p.measureCount.value));
    assert.equal(row.plan_document_available, String(p.planDocumentAvailable));
    assert.equal(row.documents, p.documents.join('|'));
    const documented = snapshot.measures.filter((m) => m.data.years.some((y) => y.year === p.year)).length;
    assert.equal(row.measures_documented, String(documented));
  }
  const p2023 = rows.find((r) => r.plan_year === '2023')!;
  assert.equal(p2023.measure_count, '50');
  assert.equal(p2023.decided_on_source, '/dokument/ks-2023-02-14-31/#st-6');
  assert.equal(rows.find((r) => r.plan_year === '2024')!.decided_on, '');
});

test('follow-ups.csv gives each follow-up one row per status, with the stated count or an empty cell', () => {
  const rows = rowsOf('follow-ups');
  assert.equal(rows.length, snapshot.followUps.length * snapshot.statuses.length);
  for (const { data: f } of snapshot.followUps)
    for (const s of snapshot.statuses) {
      const row = one(
        rows.filter((r) => r.plan_year === String(f.planYear) && r.status === s.id),
        `${f.planYear} ${s.id}`,
      );
      const stated = f.counts?.[s.id];
      assert.equal(row.count, stated === undefined ? '' : String(stated));
      assert.equal(row.status_label, s.data.label);
    }
  const of2022 = Object.fromEntries(
    rows.filter((r) => r.plan_year === '2022').map((r) => [r.status, r.count]),
  );
  assert.deepEqual(of2022, { genomford: '15', pagar: '39', 'ej-genomford': '6' });
  assert.ok(
    rows.filter((r) => r.plan_year === '2021').every((r) => r.count === ''),
    '2021 counts are unknown, not zero',
  );
});

test('notes.csv has every protocol note with its party, measures, districts and quotes', () => {
  const rows = rowsOf('notes');
  const notes = snapshot.meetings.flatMap((m) =>
    m.data.items.flatMap((i) => (i.kind === 'note' ? [{ meeting: m, note: i }] : [])),
  );
  assert.equal(rows.length, notes.length);
  for (const { meeting, note } of notes) {
    const row = one(
      rows.filter((r) => r.meeting_id === meeting.id && r.note_id === note.id),
      note.id,
    );
    assert.equal(row.author, note.author);
    assert.equal(row.party, note.party);
    assert.equal(row.summary, note.summary);
    assert.equal(row.measures, note.measures.map((n) => n.measure).join('|'));
    assert.equal(row.districts, note.districts.join('|'));
    assert.deepEqual(
      row.quotes.split('|'),
      note.quotes.map((q) => q.text),
    );
    assert.equal(row.page, `/protokoll/${meeting.id}/#${note.id}`);
  }
});

test('documents.csv has every source document with its date or an empty cell', () => {
  const rows = rowsOf('documents');
  assert.deepEqual(
    rows.map((r) => r.document_id),
    snapshot.documents.map((d) => d.id).sort(),
  );
  for (const d of snapshot.documents) {
    const row = rows.find((r) => r.document_id === d.id)!;
    assert.equal(row.title, d.data.title);
    assert.equal(row.kind, d.data.kind);
    assert.equal(row.date, d.data.date ?? '');
    assert.equal(row.url, d.data.url ?? '');
  }
});

test('a list item that contains the list separator is refused rather than split wrongly', () => {
  const broken = structuredClone(snapshot);
  const meeting = broken.meetings[0];
  const note = meeting.data.items.find((i) => i.kind === 'note');
  assert.ok(note && note.kind === 'note');
  note.topics = ['a|b'];
  assert.throws(() => datasetById.get('notes')!.rows(broken), /list separator/);
});

test('sources become the path of the cited paragraph or reference', () => {
  assert.equal(
    sourcePath({ document: 'kd-2025-atgardsplan', anchor: 'st-6' }),
    '/dokument/kd-2025-atgardsplan/#st-6',
  );
  assert.equal(sourcePath({ document: 'kd-2025-atgardsplan' }), '/dokument/kd-2025-atgardsplan/');
  assert.equal(sourcePath({ reference: 'lkpg-2021-03-omradesteam' }), '/kallor/#lkpg-2021-03-omradesteam');
  assert.equal(sourcePath(undefined), '');
});

test('the JSON Schema of every collection comes from its zod schema: same fields, required fields, strictness', () => {
  for (const name of schemaNames) {
    const schema = jsonSchemaOf(name, `https://example.se/data/schema/${name}.json`) as Record<string, any>;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const { layout } = collections[name];
    const entry = layout.kind === 'list' ? schema.items : schema;
    if (layout.kind === 'list') assert.equal(schema.type, 'array');
    assert.equal(entry.type, 'object', name);
    assert.equal(entry.additionalProperties, false, `${name} is strict`);
    const shape = (collections[name].schema as any).shape ?? (collections[name].schema as any).def?.in?.shape;
    assert.ok(shape, `${name}: zod shape found`);
    assert.deepEqual(Object.keys(entry.properties).sort(), Object.keys(shape).sort(), `${name} fields`);
  }
  const plans = jsonSchemaOf('plans', 'x') as Record<string, any>;
  assert.ok(plans.items.required.includes('year'));
  assert.deepEqual(plans.items.properties.year, { type: 'integer', minimum: 2020, maximum: 2030 });
});

test('decisions.csv has one row per related decision, labelled from its source, an undated one with what is known', () => {
  const rows = rowsOf('decisions');
  const dated = one(
    rows.filter((r) => r.decision_id === 'fixtur-beslut'),
    'the dated decision',
  );
  assert.equal(dated.act, 'action');
  assert.equal(dated.label, 'municipality');
  assert.equal(dated.stance, 'stated');
  assert.equal(dated.source_kind, 'municipal-news');
  assert.equal(dated.districts, 'berga');
  assert.equal(dated.page, '/omraden/berga/#beslut-fixtur-beslut');
  const undated = one(
    rows.filter((r) => r.decision_id === 'fixtur-overenskommelse'),
    'the undated agreement',
  );
  assert.equal(undated.date, '');
  assert.equal(undated.date_note, 'Sidan visar inget datum.');
  assert.equal(undated.label, 'according');
  assert.equal(undated.attribution, 'Moderaternas webbplats');
  assert.equal(undated.districts, '', 'no district named: empty, not every district');
  assert.equal(rows.at(-1)?.decision_id, 'fixtur-overenskommelse', 'undated last');
});
