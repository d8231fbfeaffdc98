import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { validate, formatProblem } from '../../../src/lib/site/validate.ts';
import { missingDocumentsPage, missingFor } from '../../../src/lib/sources/missing-documents.ts';
import { planUnknowns } from '../../../src/lib/plan/plan-unknowns.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

// The fixture site for the logic; content/ for the list itself (the documents that are missing are facts).
const fixture = buildSite(loadContent('tests/fixtures/site').snapshot);
const { snapshot } = loadContent(join(import.meta.dirname, '../../../content'));
const content = buildSite(snapshot);
const words = sv.missing.mail;

test('every missing document has a source, a request, and a plan year that exists', () => {
  assert.ok(content.missingDocuments.length > 0);
  for (const d of content.missingDocuments) {
    assert.ok(d.data.source.document || d.data.source.reference, `${d.id}: a source`);
    assert.ok(d.data.request.length > 0, `${d.id}: what to ask for`);
    if (d.data.plan !== null) assert.ok(content.planByYear.has(d.data.plan), `${d.id}: plan ${d.data.plan}`);
  }
  assert.deepEqual(validate(snapshot).map(formatProblem), []);
});

test('the list has what issue 23 asks for: the measure lists 2021–2025, follow-ups, situation reports, board items', () => {
  const byGroup = (g: string) =>
    content.missingDocuments.filter((d) => d.data.group === g).map((d) => d.data.plan);
  assert.deepEqual(byGroup('plan'), [2021, 2022, 2023, 2024, 2025]);
  for (const year of [2021, 2023, 2024]) assert.ok(byGroup('follow-up').includes(year), `follow-up ${year}`);
  assert.equal(byGroup('situation-report').length, 3);
  assert.deepEqual(byGroup('board-item'), [2022, 2024, 2025]);
  // What a source gives is kept: the 2023 plan is an annex in case KS 2020-754.
  const annex = content.missingDocuments.find((d) => d.id === 'atgardsplan-2023')!;
  assert.equal(annex.data.diaryNumber, 'KS 2020-754');
  assert.equal(annex.data.named, true);
  // A document no source names says so.
  assert.equal(content.missingDocuments.find((d) => d.id === 'atgardsplan-2024')?.data.named, false);
});

test('the page groups the documents in a fixed order, each with a mailto: request for it', () => {
  const groups = missingDocumentsPage(content, words);
  assert.deepEqual(
    groups.map((g) => g.group),
    ['plan', 'follow-up', 'situation-report', 'board-item'],
  );
  for (const { docs } of groups)
    for (const v of docs) {
      assert.match(v.href, /^mailto:/);
      assert.ok(decodeURIComponent(v.href).includes(v.doc.data.request), v.doc.id);
    }
});

test('a plan year with no source says so, and lists what is not known, never "no measures"', () => {
  const plan2024 = content.planByYear.get(2024)!;
  const u = planUnknowns(content, plan2024, words);
  assert.equal(u.noSource, true);
  assert.deepEqual(u.items, ['measures', 'count', 'decidedOn', 'decidedBy', 'followUp']);
  assert.deepEqual(
    u.missing.map((m) => m.doc.id),
    ['atgardsplan-2024', 'uppfoljning-2024', 'ks-arende-2024'],
  );
  // 2025: the decision is here (who decided), the rest is not.
  const u2025 = planUnknowns(content, content.planByYear.get(2025)!, words);
  assert.equal(u2025.noSource, false);
  assert.deepEqual(u2025.items, ['measures', 'count', 'decidedOn', 'followUp']);
  // 2022: some measures, counts but no statuses per measure.
  const u2022 = planUnknowns(content, content.planByYear.get(2022)!, words);
  assert.ok(u2022.items.includes('list') && u2022.items.includes('statuses'), u2022.items.join());
  assert.ok(!u2022.items.includes('measures'));
});

test('missingFor finds a plan year’s documents on the fixture site too', () => {
  assert.deepEqual(
    missingFor(fixture, 2024, words).map((m) => m.doc.id),
    ['fixtur-saknad-plan'],
  );
  assert.deepEqual(missingFor(fixture, 2021, words), []);
});
