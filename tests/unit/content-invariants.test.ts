/**
 * The published content's own invariants: the one unit test file that reads
 * content/. Tests of logic (feeds, measures, search facets, export, aggregation,
 * comparison, maps) run on fixtures under tests/fixtures, so editing content/
 * changes only what is checked here: that it loads and validates, that every
 * district has its shape, and the few facts the site's pages state from it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { grantBudget, statusByYear } from '../../src/lib/statistics/aggregate.ts';
import { comparePlans, comparisonCounts, consecutivePlanPairs } from '../../src/lib/plan/compare.ts';
import { parseDocumentText } from '../../src/lib/sources/document-text.ts';
import { labelPoint, outerRings, ringContains } from '../../src/lib/map/geo.ts';
import { municipalityContact } from '../../src/lib/contact/municipality.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { formatProblem, validate } from '../../src/lib/site/validate.ts';
import { i18nFor } from '../../src/lib/page/i18n.ts';
import { sv } from '../../src/i18n/sv/index.ts';
import { en } from '../../src/i18n/en/index.ts';
import { ar } from '../../src/i18n/ar/index.ts';
import { lattlast } from '../../src/i18n/lattlast/index.ts';
import {
  atMost,
  decisionEvidence,
  eventEvidence,
  figureEvidence,
  labelText,
  measureCertainty,
  type LabelKey,
} from '../../src/lib/sources/evidence.ts';
import type { SourceKind } from '../../src/schemas/source-kinds.ts';
import { decisionView } from '../../src/lib/district/decisions.ts';
import { conflictView } from '../../src/lib/sources/conflicts.ts';
import { easyEvents } from '../../src/lib/easy-read/facts.ts';
import { districtAnswer } from '../../src/lib/district/answer.ts';
import { measuresFor } from '../../src/lib/district/districts.ts';
import { partText } from '../../src/lib/text/sentence-parts.ts';
import { contentText } from '../../src/lib/text/content-text.ts';

const content = join(import.meta.dirname, '../../content');
const { snapshot, problems } = loadContent(content);
const site = buildSite(snapshot);

test('content/ loads and passes every validation', () => {
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(validate(snapshot).map(formatProblem), []);
});

test('every district has exactly one shape, and every shape a district', () => {
  const shapes = snapshot.geometry.features
    .filter((f) => f.properties.kind === 'district')
    .map((f) => f.properties.id)
    .sort();
  assert.deepEqual(shapes, snapshot.districts.map((d) => d.id).sort());
});

test('every district gets a label point inside its own shape', () => {
  for (const f of snapshot.geometry.features.filter((f) => f.properties.kind === 'district'))
    assert.equal(ringContains(outerRings(f)[0], labelPoint(f)), true, f.properties.id);
});

test('the 2022 follow-up is 15/39/6 of 60 and the application states 13 808 000 kr a year for three years', () => {
  const counts = (list: { status: string; count: number }[]) =>
    Object.fromEntries(list.map((c) => [c.status, c.count]));
  const y2022 = statusByYear(site).find((y) => y.year === 2022)!;
  assert.deepEqual(counts(y2022.stated!.counts), { genomford: 15, pagar: 39, 'ej-genomford': 6 });
  assert.equal(y2022.total, 60);
  assert.deepEqual(y2022.conflicts, []);
  assert.deepEqual(
    grantBudget(site) && [grantBudget(site)!.perYear, grantBudget(site)!.years],
    [13_808_000, 3],
  );
});

test('no plan-to-plan comparison claims anything added, removed or changed while the plan lists are missing', () => {
  assert.deepEqual(consecutivePlanPairs(site), [
    [2021, 2022],
    [2022, 2023],
    [2023, 2024],
    [2024, 2025],
  ]);
  for (const [from, to] of consecutivePlanPairs(site)) {
    const counts = comparisonCounts(comparePlans(site, from, to, i18nFor('sv')));
    assert.deepEqual(
      { ...counts, unknown: 0 },
      { added: 0, removed: 0, renumbered: 0, changed: 0, unchanged: 0, unknown: 0 },
      `${from}-${to}`,
    );
  }
});

test("the municipality's address and phone number stand in the paragraphs the site cites for them", () => {
  const { document, anchor } = municipalityContact.source;
  const blocks = parseDocumentText(site.documentById.get(document)?.body ?? '');
  const text = (id: string) => {
    const b = blocks.find((x) => 'id' in x && x.id === id);
    return b && 'text' in b ? b.text : '';
  };
  const next = `st-${Number(anchor.slice(3)) + 1}`;
  assert.ok(text(anchor).includes(municipalityContact.name), anchor);
  assert.ok(text(anchor).includes(municipalityContact.address.replace(', ', ' ')), anchor);
  assert.ok(text(next).includes(municipalityContact.phone), next);
});

// ---- Trust: no label on any page is stronger than its sources allow (issue 22) ----

/** Which labels each source kind may carry: a party, the majority, an opinion or a summary only "Enligt …". */
const allowedLabels: Record<SourceKind, LabelKey[]> = {
  record: ['decision', 'agreement', 'record', 'according'],
  'municipal-news': ['decision', 'agreement', 'municipality'],
  authority: ['decision', 'agreement', 'authority', 'according'],
  statistics: ['statistics', 'according'],
  majority: ['according'],
  party: ['according'],
  news: ['news'],
  opinion: ['according'],
  secondary: ['according'],
};
const languagesShown = [
  { name: 'sv', t: sv },
  { name: 'en', t: en },
  { name: 'ar', t: ar },
];
const tx = (x: string) => x;

test('every event and related decision carries a label its source allows, in every language and in easy-read', () => {
  const facts = [
    ...site.measures.flatMap((m) =>
      m.data.events.map((e) => ({ where: `${m.id} ${e.id ?? e.date}`, ev: eventEvidence(site, e) })),
    ),
    ...site.decisions.map((d) => ({ where: d.id, ev: decisionEvidence(site, d.data) })),
  ];
  for (const { where, ev } of facts) {
    assert.ok(allowedLabels[ev.by.kind].includes(ev.label), `${where}: ${ev.label} from ${ev.by.kind}`);
    for (const { name, t } of languagesShown) {
      const shown = labelText(ev, t, tx);
      const strong = [t.evidence.labels.decision, t.evidence.labels.municipality, t.evidence.labels.record];
      if (ev.stance === 'attributed')
        assert.ok(
          !strong.includes(shown),
          `${where} (${name}): "${shown}" on a fact that is somebody's word`,
        );
    }
  }
  for (const m of site.measures)
    for (const x of easyEvents(site, m, undefined, lattlast))
      if (x.from)
        assert.ok(
          ![lattlast.evidence.labels.decision, lattlast.evidence.labels.municipality as string].includes(
            x.label,
          ) && !x.decided,
          `easy-read ${m.id} ${x.event.date}: "${x.label}"`,
        );
});

// The public record of section 6 (issue 23): each item is told as its source's kind allows, never as typed.
const section6: [string, SourceKind, LabelKey][] = [
  ['event skaggetorpsskolan-hogstadium avveckling-i-praktiken', 'news', 'news'],
  ['event kulturskolan-for-fler avgifter-2023-03-24', 'opinion', 'according'],
  ['decision budget-2022-trygghet', 'majority', 'according'],
  ['decision trygghet-2021-utokat', 'majority', 'according'],
  ['decision trygghetsatgarder-2021', 'news', 'news'],
  ['decision bostader-centrala-skaggetorp', 'opinion', 'according'],
  ['decision delmos-statsbidrag-2021', 'authority', 'decision'],
  ['decision budget-2024', 'news', 'news'],
  ['decision budget-2025', 'party', 'according'],
  ['decision samverkan-polisen-2023-2026', 'authority', 'according'],
  ['decision kamerabevakning-berga-2021', 'authority', 'decision'],
  ['decision kommunens-trygghetskameror', 'municipal-news', 'municipality'],
  ['decision polisens-kameror-2022', 'municipal-news', 'municipality'],
  ['decision esf-fritidshem-sspf-skaggetorp', 'authority', 'according'],
  ['decision trygghetsoverenskommelse-ica-berga', 'party', 'according'],
  ['decision ordningsvakter-2025', 'municipal-news', 'municipality'],
  ['decision servicekontor-skaggetorp', 'news', 'news'],
  ['decision brottsforebyggande-atgardsplan', 'municipal-news', 'municipality'],
  ['decision lagesbild-brott-otrygghet', 'municipal-news', 'municipality'],
  ['decision natur-for-alla-skaggetorp', 'municipal-news', 'decision'],
];

test('section 6 (issue 23): every new event and related decision gets the label its source kind allows', () => {
  for (const [where, kind, label] of section6) {
    const [type, id, eventId] = where.split(' ');
    const ev =
      type === 'event'
        ? eventEvidence(
            site,
            site.measureById.get(id)!.data.events.find((e) => e.id === eventId)!,
          )
        : decisionEvidence(site, site.decisions.find((d) => d.id === id)!.data);
    assert.equal(ev.by.kind, kind, `${where}: the source's kind`);
    assert.equal(ev.label, label, `${where}: the label`);
    assert.ok(allowedLabels[kind].includes(ev.label), where);
  }
  // A decision that no source dates says what is known instead, and is listed after the dated ones.
  const undated = site.decisions.filter((d) => d.data.date === null);
  assert.ok(undated.length > 0);
  for (const d of undated) assert.ok(d.data.dateNote, `${d.id}: no date, so a dateNote`);
  assert.deepEqual(site.decisions.slice(-undated.length), undated);
});

test('"Beslutat av" stands only on a decision its source may state, in every language', () => {
  for (const d of site.decisions)
    for (const { name, t } of languagesShown) {
      const view = decisionView(site, d, t, tx);
      if (view.bodyLabel === t.evidence.body.decision)
        assert.equal(view.evidence.stance, 'stated', `${d.id} (${name})`);
      if (view.evidence.stance === 'attributed') assert.ok(view.lead, `${d.id} (${name}): says who says it`);
    }
});

test('"Säker uppgift" only where the plan, follow-up or decision itself names the measure; figures no surer than their sources', () => {
  for (const m of site.measures) {
    const c = measureCertainty(site, m);
    assert.ok(atMost(m.data.confidence, c.ceiling), m.id);
    if (c.level === 'high')
      assert.ok(
        c.sources.some((s) => s.kind === 'record'),
        `${m.id}: "${sv.evidence.certainty.high}" without the plan's own text`,
      );
    if (c.level === 'low') assert.ok(m.data.caveat, `${m.id}: an uncertain measure carries its caveat`);
  }
  for (const d of site.districts)
    for (const f of d.data.classifications)
      assert.ok(
        atMost(f.confidence, figureEvidence(site, [f.source]).ceiling),
        `${d.id} ${f.series} ${f.year}`,
      );
});

test('an indicator figure is as sure as its source, and says whose it is where the source may not state it', () => {
  const shown = new Map(
    site.indicators.map((s) => [
      s.id,
      [...s.data.points, ...s.data.changes].map((p) => figureEvidence(site, [p.source])),
    ]),
  );
  const only = (id: string) => {
    const list = shown.get(id) ?? [];
    assert.ok(list.length > 0, id);
    assert.equal(new Set(list.map((e) => `${e.stance} ${e.ceiling}`)).size, 1, id);
    return list[0];
  };
  // Lowered by trust: an authority passing on the municipality's figure, and a party's note quoting the plan.
  for (const id of ['barn-lag-ekonomisk-standard-stadsdel', 'barn-relativ-fattigdom-plan-2023'])
    assert.deepEqual([only(id).stance, only(id).ceiling], ['attributed', 'medium'], id);
  // Wikipedia, Dagens Arena, Arbetet and Newsworthy: their word, uncertain.
  for (const id of [
    'arbetsloshet-wikipedia',
    'folkmangd-wikipedia',
    'utlandsk-bakgrund-wikipedia',
    'arbetsloshet-dagens-arena',
    'arbetsloshet-polisens-omrade',
    'valdeltagande-rd-valdistrikt',
  ])
    assert.deepEqual([only(id).stance, only(id).ceiling], ['attributed', 'low'], id);
  // The municipality's statistics pages and its news state their figures.
  for (const id of ['arbetsloshet-18-64-stadsdel', 'folkmangd-berga-by', 'valdeltagande-kf-valdistrikt'])
    assert.deepEqual([only(id).stance, only(id).ceiling], ['stated', 'high'], id);
});

test('counts never imply certainty: a district answer says how many of its measures are uncertain, and marks each', () => {
  for (const d of site.districts)
    for (const { name, t } of languagesShown) {
      const i18n = { ...i18nFor(name as 'sv'), t };
      const sentence = districtAnswer(site, d.id, i18n).find((s) => s.key === 'measures')!;
      const text = sentence.parts.map(partText).join('');
      const { targeted } = measuresFor(site, d.id);
      const uncertain = targeted.filter((m) => m.data.confidence === 'low').length;
      assert.equal(text.split(t.evidence.uncertainMark).length - 1, uncertain, `${d.id} (${name}): ${text}`);
      const districtName = contentText(site, i18n.lang, d.data.name);
      assert.ok(text.includes(t.evidence.measuresNaming(districtName, uncertain)), text);
    }
});

test('the sources that disagree are modelled side by side, each account with its source', () => {
  const conflicts = [
    ...site.measures.flatMap((m) => m.data.conflicts.map((c) => [m.id, c] as const)),
    ...site.decisions.flatMap((d) => d.data.conflicts.map((c) => [d.id, c] as const)),
  ];
  assert.deepEqual(conflicts.map(([id, c]) => `${id}#${c.id}`).sort(), [
    'budget-2025#summa',
    'kulturskolan-for-fler#taxa-start',
    'nara-socialtjanst-skaggetorp#malgrupp',
    'nara-socialtjanst-skaggetorp#start',
    'skaggetorpsskolan-hogstadium#nar-stangdes',
  ]);
  for (const [id, c] of conflicts) {
    const view = conflictView(site, c, sv, tx);
    assert.ok(new Set(view.accounts.map((a) => a.value)).size >= 2, id);
    assert.ok(
      view.accounts.every((a) => a.who && a.source),
      id,
    );
  }
});

test('every reference has the kind read from the source itself', () => {
  const kinds = Object.fromEntries(site.references.map((r) => [r.id, r.data.kind]));
  // The fact-check's cases: the majority's release is not the municipality's, a party's site is a party's.
  assert.equal(kinds['via-tt-2022-05-forstarkning'], 'majority');
  assert.equal(kinds['m-2024-06-11-medborgarlofte'], 'party');
  assert.equal(kinds['s-forskolor-nedlaggning'], 'party');
  assert.equal(kinds['tellerreport-2022-05-18'], 'secondary');
  assert.equal(kinds['corren-2024-04-02-insandare-faltare'], 'opinion');
  // Nobody has checked a source yet: no checked date may be typed in (and never the build date).
  assert.deepEqual(
    site.references.filter((r) => r.data.checkedOn).map((r) => r.id),
    [],
  );
});
