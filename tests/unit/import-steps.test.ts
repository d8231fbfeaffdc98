/**
 * The importer's steps one at a time, on the small valid fixture (plan 2023 with
 * two measures, "parken" 1.1 and "jobb"): what runImport strings together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { checkCommand, findInYear, yearRows, type ImportContext } from '../../scripts/lib/import/context.ts';
import { ProblemList } from '../../scripts/lib/import/problems.ts';
import { decideLineage } from '../../scripts/lib/import/resolve-plan.ts';
import { columnOf } from '../../scripts/lib/import/revalidate.ts';
import type { Table } from '../../scripts/lib/import/read-table.ts';

const { snapshot } = loadContent('tests/fixtures/valid');
const options = {
  file: 'plan.csv',
  year: 2023,
  kind: 'plan' as const,
  source: 'beslut',
  content: 'tests/fixtures/valid',
};
const table = (rows: Record<string, string>[]): Table => ({
  columns: Object.keys(rows[0] ?? {}),
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  encoding: 'utf-8',
});

function context(rows: Record<string, string>[]): ImportContext {
  const problems = new ProblemList();
  const { plan, fallback } = checkCommand(options, table(rows), snapshot, problems);
  const parsed = yearRows(2023, table(rows), snapshot, problems);
  assert.deepEqual(problems.items, []);
  return { options, snapshot, plan: plan!, fallback, rows: parsed.rows, problems };
}

test('checking the command: an unknown source and an unknown column are problems with the closest valid value', () => {
  const problems = new ProblemList();
  checkCommand({ ...options, source: 'beslutt' }, table([{ number: '1.1', titel: 'x' }]), snapshot, problems);
  assert.deepEqual(
    problems.items.map((p) => [p.column, p.message, p.suggestion]),
    [
      ['titel', 'unknown column', 'title'],
      ['--source', 'unknown document or reference', 'beslut'],
    ],
  );
});

test("this year's rows: rows of another plan year are counted and left out", () => {
  const problems = new ProblemList();
  const { rows, skipped } = yearRows(
    2023,
    table([
      { plan_year: '2022', number: '1.1' },
      { plan_year: '', number: '1.1' },
    ]),
    snapshot,
    problems,
  );
  assert.equal(skipped, 1);
  assert.deepEqual(
    rows.map((r) => [r.line, r.number]),
    [[3, '1.1']],
  );
});

test("resolving plan rows: a row already in the year is its measure; a review id that is not a slug is refused by the schema's rule", () => {
  const ctx = context([{ number: '1.1', title: 'Öka tryggheten i parken' }]);
  assert.equal(findInYear(ctx, ctx.rows[0])?.id, 'parken');
  assert.deepEqual(
    decideLineage(ctx, null).map((d) => d.measure),
    ['parken'],
  );
  const fresh = context([{ title: 'Helt ny åtgärd' }]);
  const review = {
    plan_year: 2023,
    spreadsheet: 'plan.csv',
    rows: [
      {
        row: 2,
        number: null,
        text: 'Helt ny åtgärd',
        measure_id: 'Ny Åtgärd',
        confirmed: true,
        new_id: 'helt-ny-atgard',
        suggestions: [],
      },
    ],
  };
  decideLineage(fresh, review);
  assert.deepEqual(
    fresh.problems.items.map((p) => [p.column, p.suggestion]),
    [['measure_id', 'ny-atgard']],
  );
});

test('re-validation names the spreadsheet column a content field comes from', () => {
  assert.equal(columnOf('years[1].source.anchor'), 'source_anchor');
  assert.equal(columnOf('years[0].wordingKind'), 'wording_kind');
  assert.equal(columnOf('measures[3].status'), 'status');
  assert.equal(columnOf('counts'), 'status');
});
