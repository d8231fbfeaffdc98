import { test } from 'node:test';
import assert from 'node:assert/strict';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { groupYearRuns, measurePage } from '../../../src/lib/measure/measure-page.ts';
import { timelineSource } from '../../../src/lib/measure/timeline.ts';
import { site } from '../../support/fixture-context.ts';

const sv = i18nFor('sv');
const measure = (id: string) => {
  const m = site.measureById.get(id);
  assert.ok(m, `measure ${id} in the fixture`);
  return m;
};

test("a measure known only from a party's note: its certainty and origin say so, with the party", () => {
  const page = measurePage(site, measure('kulturskolan-for-fler'), sv);
  assert.equal(page.title, 'Öppna upp kulturskolan för fler');
  assert.notEqual(page.certainty, 'certain', 'a protocol note is not the plan itself');
  assert.equal(page.origins.length, 1, 'one source, named once');
  assert.equal(page.origins[0].party, 'Vänsterpartiet');
  // the note that names it is listed under the measure
  assert.deepEqual(
    page.notes.map((n) => n.note.party),
    ['v'],
  );
});

test('each plan year is a row; a present year carries the words of its source, the others none', () => {
  const page = measurePage(site, measure('kulturskolan-for-fler'), sv);
  const present = page.rows.filter((r) => r.kind === 'present');
  assert.deepEqual(
    present.map((r) => r.year),
    [2023],
  );
  for (const row of present) assert.ok(row.kind === 'present' && row.origin.length > 0);
  assert.ok(page.rows.filter((r) => r.kind !== 'present').every((r) => !('origin' in r)));
  assert.deepEqual(
    page.rows.map((r) => r.year),
    [...page.rows.map((r) => r.year)].sort((a, b) => a - b),
    'oldest year first',
  );
});

test('every source the timeline shows has its number in the numbered list, the disagreements after its items', () => {
  const page = measurePage(site, measure('omradesteam'), sv);
  const sources = page.items.map(timelineSource).filter((x) => x !== null && x !== undefined);
  assert.ok(sources.length > 0);
  const numbers = sources.map((x) => page.timelineNotes.note(x).n);
  // numbered in the order the timeline shows them: each new source gets the next number
  assert.deepEqual(
    [...new Set(numbers)],
    [...new Set(numbers)].sort((a, b) => a - b),
  );
  for (const account of page.conflicts.flatMap((c) => c.accounts))
    assert.ok(page.timelineNotes.note(account.source).n >= 1);
});

test('the plan years the measure is not in are one row holding each year', () => {
  const page = measurePage(site, measure('omradesteam'), sv);
  // every plan year is in the list once, in order, whether alone or in a run
  assert.deepEqual(
    page.yearRows.flatMap((r) => (r.kind === 'run' ? r.years : [r.year])),
    page.rows.map((r) => r.year),
  );
  const run = page.yearRows.find((r) => r.kind === 'run');
  assert.ok(run && run.kind === 'run', 'the fixture leaves the measure out of consecutive plans');
  assert.equal(run.of, 'absent');
  for (const y of run.years) assert.equal(page.rows.find((r) => r.year === y)?.kind, 'absent');
  assert.ok(
    page.yearRows.some((r) => r.kind === 'present'),
    'a year the measure is in stays its own row',
  );
});

test('the years the measure is in come first; then the absent years and the unknown years, one row each when more than one', () => {
  const rows = [
    { year: 2019, kind: 'unknown' as const },
    { year: 2020, kind: 'unknown' as const },
    { year: 2021, kind: 'absent' as const },
    { year: 2022, kind: 'unknown' as const },
    { year: 2024, kind: 'unknown' as const },
  ];
  assert.deepEqual(groupYearRuns(rows), [
    { year: 2021, kind: 'absent' },
    { kind: 'run', of: 'unknown', years: [2019, 2020, 2022, 2024] },
  ]);
  const page = measurePage(site, measure('fixtur-laxhjalp'), sv);
  assert.deepEqual(
    page.yearRows.map((r) => (r.kind === 'run' ? `${r.of} ${r.years.join(' ')}` : `${r.kind} ${r.year}`)),
    ['present 2022', 'present 2023', 'present 2024', 'unknown 2021 2025'],
  );
});

test("the answer's sources are numbered in its own list, in the order its lines cite them", () => {
  for (const id of ['omradesteam', 'kulturskolan-for-fler']) {
    const page = measurePage(site, measure(id), sv);
    const cited = page.answer.flatMap((l) => l.sources);
    assert.deepEqual(
      page.answerNotes.items.map((n) => n.n),
      page.answerNotes.items.map((_, i) => i + 1),
    );
    for (const source of cited) assert.ok(page.answerNotes.note(source).id.startsWith('svar-kalla-'));
  }
});
