import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite, type Note } from '../../../src/lib/site/build-site.ts';
import { decisionAnchor, decisionCitation, noteCitation } from '../../../src/lib/sources/item-citation.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

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
