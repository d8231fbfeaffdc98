import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lattlast as e } from '../../../src/i18n/lattlast/index.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { easyTexts } from '../../../src/lib/easy-read/facts.ts';
import { easyMeasurePage } from '../../../src/lib/easy-read/measure-page.ts';
import { site } from '../../support/fixture-context.ts';

const { t } = i18nFor('sv');
const texts = easyTexts([]);
const page = (id: string) => {
  const m = site.measureById.get(id);
  assert.ok(m, `measure ${id} in the fixture`);
  return easyMeasurePage(site, texts, m, t, e);
};

test('the answer asks the question first, and says the status is unknown when no follow-up gives one', () => {
  const p = page('kulturskolan-for-fler');
  assert.equal(p.title, 'Öppna upp kulturskolan för fler');
  assert.equal(p.answer.first.key, 'question');
  assert.deepEqual(
    p.answer.rest.map((l) => l.text),
    [e.unknown, e.measure.noStatusWhy],
  );
  assert.ok(p.anyUnknown);
  assert.equal(p.text, undefined, 'the fixture has no easy-read texts');
  assert.deepEqual(p.reviews, []);
});

test('the events run newest first; the newest shows and the rest are one tap away, none lost', () => {
  for (const m of site.measures) {
    const p = page(m.id);
    const all = [...p.events.newest, ...p.events.older];
    assert.equal(all.length, m.data.events.length, m.id);
    assert.equal(p.events.newest.length, Math.min(1, all.length));
    const dates = all.map((x) => x.event.date);
    assert.deepEqual(dates, [...dates].sort().reverse(), `${m.id}: newest first`);
  }
  const withMore = site.measures.map((m) => page(m.id)).find((p) => p.events.older.length > 0);
  assert.ok(withMore, 'a fixture measure has more than one event');
});

test("somebody's word stays attributed; 'Det här kommer från …' is said only where the label does not name who", () => {
  const events = site.measures.flatMap((m) => {
    const p = page(m.id);
    return [...p.events.newest, ...p.events.older];
  });
  const claims = events.filter((x) => x.attributed);
  assert.ok(claims.length > 0, 'the fixture has claims');
  for (const x of claims) assert.ok(x.from !== null || /skriver$/.test(x.label), x.label);
  for (const x of events.filter((y) => !y.attributed)) assert.equal(x.from, null);
});

test('the plans, places and notes come from the same facts as the standard page', () => {
  const p = page('omradesteam');
  assert.equal(p.plans[0].key, 'in-plans');
  // the years no source lists it in: said once, as what is not known (no question left open)
  const unknown = page('kulturskolan-for-fler').plans.filter(
    (l) => l.key === 'unlisted' || l.key === 'unknown',
  );
  assert.deepEqual(
    unknown.map((l) => l.text),
    [e.measure.unlistedUnknown('2021 och 2025')],
  );
  assert.deepEqual(
    p.places.map((x) => x.id),
    p.facts.districts,
  );
  assert.ok(p.places.every((x) => x.name.length > 0));
});
