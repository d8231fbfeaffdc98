import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { districtPage, doneItems } from '../../../src/lib/district/district-page.ts';
import { sourceKey } from '../../../src/lib/sources/source-notes.ts';

const site = buildSite(loadContent('tests/fixtures/site').snapshot);
const sv = i18nFor('sv');

test("a district page's sections come in issue 24's order, each listed in På sidan once", () => {
  for (const district of site.districts) {
    const page = districtPage(site, district, sv);
    const ids = page.sections.map((s) => s.id);
    const order = ['gjort', 'forandring', 'atgarder', 'anteckningar', 'bakgrund'];
    assert.deepEqual(
      ids,
      order.filter((id) => ids.includes(id)),
      `${district.id}: sections in order`,
    );
    for (const id of ['atgarder', 'anteckningar', 'bakgrund'])
      assert.ok(ids.includes(id), `${district.id}: ${id}`);
    assert.equal(new Set(ids).size, ids.length);
    for (const s of page.sections)
      assert.ok(s.heading && s.label, `${district.id}#${s.id}: heading and label`);
    assert.equal(ids.includes('gjort'), page.done.items.length > 0);
  }
});

test('every source the answer cites is in its numbered list, numbered from 1 in order of first use', () => {
  for (const district of site.districts) {
    const { answer } = districtPage(site, district, sv);
    const keys = answer.notes.items.map((n) => sourceKey(n.source));
    for (const s of answer.sentences.flatMap((x) => x.sources))
      assert.ok(keys.includes(sourceKey(s)), `${district.id}: a cited source is listed`);
    assert.deepEqual(
      answer.notes.items.map((n) => n.n),
      answer.notes.items.map((_, i) => i + 1),
    );
  }
});

test('decisions and events are newest first, undated last, each with the label its source allows and its sources listed', () => {
  for (const district of site.districts) {
    const items = doneItems(site, district.id, sv);
    const dated = items.filter((x) => x.date !== null).map((x) => x.date!);
    assert.deepEqual(dated, [...dated].sort().reverse(), `${district.id}: newest first`);
    const firstUndated = items.findIndex((x) => x.date === null);
    if (firstUndated >= 0)
      assert.ok(
        items.slice(firstUndated).every((x) => x.date === null),
        `${district.id}: undated last`,
      );
    const { done } = districtPage(site, district, sv);
    const listed = new Set(done.notes.items.map((n) => sourceKey(n.source)));
    for (const item of items) {
      assert.ok(item.label, `${district.id} ${item.anchor}: a label`);
      for (const s of item.sources)
        assert.ok(listed.has(sourceKey(s)), `${district.id} ${item.anchor}: source listed`);
    }
  }
});
