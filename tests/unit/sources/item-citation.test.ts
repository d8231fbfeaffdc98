import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite, type Note } from '../../../src/lib/site/build-site.ts';
import { decisionAnchor, decisionCitation, noteCitation } from '../../../src/lib/sources/item-citation.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { sv } from '../../../src/i18n/sv/index.ts';
import { dictOf } from '../../../src/i18n/index.ts';
import { citation } from '../../../src/lib/sources/citation.ts';
import { site as fixtureSite } from '../../support/fixture-context.ts';

const base = loadContent('tests/fixtures/valid').snapshot;
const url = 'https://insyn.example.se/protokoll/ks-2023/';
const swedish = { t: sv, intl: 'sv-SE' };

test("a note's citation names the author, party, body, date, §, page and paragraph and the Insyn address", () => {
  const site = buildSite(base);
  const meeting = site.meetingById.get('ks-2023')!;
  const note = meeting.data.items.find((i): i is Note => i.kind === 'note')!;
  assert.equal(
    noteCitation(site, meeting, note, `${url}#anteckning-v`, swedish),
    'En Ledamot (V), protokollsanteckning, Kommunstyrelsen 14 februari 2023 § 1 (Testbeslut, s. 2, st. 3). Insyn: https://insyn.example.se/protokoll/ks-2023/#anteckning-v',
  );
});

test("a decision's citation quotes it with its number and anchor, and names the original when its address is known", () => {
  const s: Snapshot = structuredClone(base);
  s.documents.find((d) => d.id === 'beslut')!.data.url = 'https://example.org/beslut.pdf';
  const site = buildSite(s);
  const meeting = site.meetingById.get('ks-2023')!;
  const decision = meeting.data.items.find((i) => i.kind === 'decision')!;
  assert.ok(decision.kind === 'decision');
  assert.equal(decisionAnchor(decision), 'beslut-1');
  assert.equal(
    decisionCitation(site, meeting, decision, `${url}#beslut-1`, swedish),
    'Kommunstyrelsen 14 februari 2023 § 1, beslut 1: ”Planen för 2023 har 2 åtgärder.” (Testbeslut, s. 1, st. 1). Insyn: https://insyn.example.se/protokoll/ks-2023/#beslut-1; originalet: https://example.org/beslut.pdf',
  );
});

test('a citation on a page in another language says its words in that language, and keeps the names and the quotation', () => {
  const site = buildSite(base);
  const meeting = site.meetingById.get('ks-2023')!;
  const decision = meeting.data.items.find((i) => i.kind === 'decision')!;
  assert.ok(decision.kind === 'decision');
  const english = {
    ...sv,
    citation: {
      ...sv.citation,
      at: (page: number, block: string) => `, p. ${page}, para. ${block}`,
      decision: (heading: string, n: number, text: string, where: string, link: string) =>
        `${heading}, decision ${n}: “${text}” (${where}). Insyn: ${link}`,
    },
  } as unknown as typeof sv;
  assert.equal(
    decisionCitation(site, meeting, decision, `${url}#beslut-1`, { t: english, intl: 'en-GB' }),
    'Kommunstyrelsen 14 February 2023 § 1, decision 1: “Planen för 2023 har 2 åtgärder.” (Testbeslut, p. 1, para. 1). Insyn: https://insyn.example.se/protokoll/ks-2023/#beslut-1',
  );
});

test("a whole note's citation names its paragraph range, in every language, and links to its first paragraph", () => {
  const meeting = fixtureSite.meetingById.get('ks-2023-02-14-31')!;
  const note = (id: string) => meeting.data.items.find((i): i is Note => i.kind === 'note' && i.id === id)!;
  const v = note('anteckning-v');
  assert.deepEqual(v.source, { document: 'ks-2023-02-14-31', anchor: 'st-27', to: 'st-37' });
  assert.equal(
    noteCitation(
      fixtureSite,
      meeting,
      v,
      'https://insyn.example.se/protokoll/ks-2023-02-14-31/#anteckning-v',
      swedish,
    ),
    'Sofia Frithioff (V), protokollsanteckning, Kommunstyrelsen 14 februari 2023 § 31 (KS 2023-02-14 § 31, s. 4–5, st. 27–37). Insyn: https://insyn.example.se/protokoll/ks-2023-02-14-31/#anteckning-v',
  );
  // the link goes to where the note begins; a note on one page names that page once
  assert.equal(citation(fixtureSite, v.source, sv, 'sv-SE').href, '/dokument/ks-2023-02-14-31/#st-27');
  assert.equal(
    citation(fixtureSite, note('anteckning-ll').source, sv, 'sv-SE').label,
    'KS 2023-02-14 § 31, s. 5, st. 38–40',
  );
  assert.equal(
    citation(fixtureSite, v.source, dictOf('en'), 'en-GB').label,
    'KS 2023-02-14 § 31, pp. 4–5, paras. 27–37',
  );
  assert.equal(
    citation(fixtureSite, note('anteckning-ll').source, dictOf('en'), 'en-GB').label,
    'KS 2023-02-14 § 31, p. 5, paras. 38–40',
  );
  // Arabic: the same numbers, each range kept left to right
  assert.equal(
    citation(fixtureSite, v.source, dictOf('ar'), 'ar').label,
    'KS 2023-02-14 § 31، الصفحات \u20664–5\u2069، الفقرات \u206627–37\u2069',
  );
  // a quotation inside the note still names the one paragraph of its words
  assert.equal(
    citation(fixtureSite, v.quotes[2].source, sv, 'sv-SE').label,
    'KS 2023-02-14 § 31, s. 4, st. 34',
  );
});
