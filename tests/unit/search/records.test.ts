import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import {
  asSentence,
  buildRecords,
  spaceCells,
  documentSections,
  recordFilters,
  recordHtml,
  recordLanguage,
  type SearchRecord,
} from '../../../src/lib/search/records.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { parseDocumentText } from '../../../src/lib/sources/document-text.ts';
import { loadContent } from '../../../scripts/lib/load-content.ts';

// The fixture site, not content/: a word changed in the published content must not break these tests.
const { snapshot, problems } = loadContent('tests/fixtures/site');
const site = buildSite(snapshot);
const swedish = recordLanguage(site, 'sv');
const records = buildRecords(site, swedish);
const byUrl = (url: string) => records.find((r) => r.url === url);

test('the content loads without problems (the facts below come from it)', () => {
  assert.deepEqual(problems, []);
});

test('each protocol note is a result of its own, titled as one cites it, filed under its author party and meeting year', () => {
  const v = byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  assert.equal(v.title, 'V:s protokollsanteckning, KS 14 februari 2023 § 31');
  assert.equal(v.type, 'anteckning');
  assert.deepEqual(v.parties, ['Vänsterpartiet (V)']);
  assert.equal(v.year, 2023, 'the meeting year, not the plan years 2022 and 2023 the meeting is about');
  assert.equal(v.date, '2023-02-14');
  assert.ok(
    v.text.some((t) => t.includes('Öppna upp kulturskolan för fler')),
    'the note carries its own quotation',
  );
  const mp = byUrl('/protokoll/ks-2023-02-14-31/#anteckning-mp')!;
  assert.deepEqual(mp.parties, ['Miljöpartiet (MP)']);
  assert.ok(!mp.text.join(' ').includes('kulturskolan'), "MP's note is not V's note");
});

test('only notes carry a party; decisions and the meeting carry none', () => {
  for (const r of records) if (r.type !== 'anteckning') assert.equal(r.parties, undefined, r.url);
  const decisions = records.filter((r) => r.type === 'beslut').map((r) => r.url);
  assert.deepEqual(decisions, [
    '/protokoll/ks-2023-02-14-31/#beslut-1',
    '/protokoll/ks-2023-02-14-31/#beslut-2',
  ]);
  assert.equal(byUrl('/protokoll/ks-2023-02-14-31/')!.type, 'protokoll');
});

test("a measure's record is its plan year: anchor, year, area and status of that year; a low-confidence one carries its caveat", () => {
  const k = byUrl('/atgarder/kulturskolan-for-fler/#ar-2023')!;
  assert.equal(k.title, 'Åtgärd 5.4: Öppna upp kulturskolan för fler (plan 2023)');
  assert.equal(k.year, 2023);
  assert.deepEqual(k.areas, ['5. Fritid']);
  assert.deepEqual(k.statuses, ['Okänd']);
  assert.equal(k.caveat, undefined);
  const low = site.measures.filter((m) => m.data.confidence === 'low');
  assert.ok(low.length > 0);
  for (const m of low)
    for (const y of m.data.years)
      assert.equal(byUrl(`/atgarder/${m.id}/#ar-${y.year}`)!.caveat, m.data.caveat);
});

test('every record has exactly one type and at most one year, and every URL is unique', () => {
  for (const r of records) {
    assert.equal(recordFilters(r, swedish.t).typ.length, 1, r.url);
    assert.ok(recordFilters(r, swedish.t).ar.length <= 1, r.url);
  }
  assert.equal(new Set(records.map((r) => r.url)).size, records.length);
});

test('districts and plans are results; a district is filed under its own name only', () => {
  assert.deepEqual(byUrl('/omraden/skaggetorp/')!.districts, ['Skäggetorp']);
  assert.equal(byUrl('/planer/2023/')!.year, 2023);
});

test('a document is split at its headings, else at its pages, and each section links to its anchor', () => {
  const headed = parseDocumentText('# Intro\n\nText one.\n\n# Skola\n\nText two.\n\nText three.');
  assert.deepEqual(
    documentSections(headed, swedish.t).map((s) => [s.anchor, s.heading, s.blocks.length]),
    [
      ['st-1', 'Intro', 1],
      ['st-3', 'Skola', 2],
    ],
  );
  const paged = parseDocumentText('Before.\n\n<!-- sida 2 -->\n\nOn two.\n\n<!-- sida 3 -->\n\nOn three.');
  assert.deepEqual(
    documentSections(paged, swedish.t).map((s) => [s.anchor, s.heading]),
    [
      ['st-1', null],
      ['sida-2', 'Sida 2'],
      ['sida-3', 'Sida 3'],
    ],
  );
  assert.ok(records.some((r) => r.url === '/dokument/ks-2023-02-14-31/#sida-4'));
});

test('the HTML handed to Pagefind has the title as <h1>, each part as a sentence, and filters outside the searched text', () => {
  const r: SearchRecord = {
    url: '/x/#a',
    language: 'sv',
    title: 'A <b> & "c"',
    type: 'anteckning',
    text: ['Berga, Ryd', 'Leanlink'],
    context: ['Vänsterpartiet (V)', 'Sofia Frithioff'],
    names: ['Vänsterpartiet', 'V'],
    searchWords: ['kritik', 'invändning'],
    nameKey: 'parti:v',
    year: 2023,
    when: '14 februari 2023',
    date: '2023-02-14',
    parties: ['Vänsterpartiet (V)'],
    districts: ['Berga', 'Ryd'],
  };
  const html = recordHtml(r, swedish.t);
  assert.match(html, /<html lang="sv">/);
  assert.match(html, /<h1>A &lt;b&gt; &amp; &quot;c&quot;<\/h1>/);
  assert.match(html, /<p>Berga, Ryd\.<\/p>\n<p>Leanlink\.<\/p>/);
  assert.match(
    html,
    /<div data-pagefind-ignore>.*<span data-pagefind-filter="parti">Vänsterpartiet \(V\)<\/span>/,
  );
  assert.match(
    html,
    /<span data-pagefind-filter="omrade">Berga<\/span><span data-pagefind-filter="omrade">Ryd<\/span>/,
  );
  assert.match(html, /<span data-pagefind-filter="datum">2023<\/span>/);
  assert.match(html, /<span data-pagefind-meta="nar">14 februari 2023<\/span>/);
  assert.match(html, /<span data-pagefind-meta="typ">Anteckning<\/span>/);
  assert.equal(asSentence('Klart.'), 'Klart.');
  assert.equal(asSentence('”Citat”'), '”Citat”');
});

test('each event is a result of its own at its own anchor in the timeline, with its kind in the title and its origin in the text', () => {
  const events = records.filter((r) => r.type === 'handelse' && r.url.startsWith('/atgarder/omradesteam/'));
  assert.deepEqual(
    events.map((e) => e.date),
    ['2021-03-08', '2022-04', '2022-05-18'],
  );
  assert.deepEqual(
    events.map((e) => e.url),
    [
      '/atgarder/omradesteam/#handelse-1',
      '/atgarder/omradesteam/#handelse-2',
      '/atgarder/omradesteam/#handelse-3',
    ],
  );
  // The fixture's SVT story reaches Insyn as a machine translation: a secondary source, told as its word.
  assert.match(events[2].title, /: Enligt Teller Report \(maskinöversättning av SVT\), 18 maj 2022$/);
  assert.match(events[2].text[0], /^Enligt Teller Report/);
  // The municipality's own news may say what it does: no "Enligt" label in the title.
  assert.match(events[0].title, /: Kommunen berättar, 8 mars 2021$/);
});

test('a related decision is a decision result at its anchor on a district page, said not to be a plan measure', () => {
  const s: typeof snapshot = structuredClone(snapshot);
  s.decisions = [
    {
      id: 'forskola-stangs',
      file: 'decisions/forskola-stangs.yaml',
      data: {
        title: 'En förskola stängs',
        act: 'decision',
        body: 'Barn- och ungdomsnämnden',
        date: '2023-03-23',
        diaryNumber: null,
        summary: 'Nämnden stänger en förskola.',
        districts: ['skaggetorp'],
        source: { reference: 'lkpg-2021-03-omradesteam' },
        details: [],
        measures: [],
        conflicts: [],
      },
    },
  ];
  const [related] = buildRecords(buildSite(s), swedish).filter(
    (r) => r.type === 'beslut' && r.url.startsWith('/omraden/'),
  );
  assert.equal(related.url, '/omraden/skaggetorp/#beslut-forskola-stangs');
  assert.equal(related.title, 'En förskola stängs (Barn- och ungdomsnämnden, 23 mars 2023)');
  assert.deepEqual(related.districts, ['Skäggetorp']);
  assert.ok(related.text.includes('Inte känt som en del av åtgärdsplanen.'));
  // The same decision known only from a party's website is an event told in the party's name, not "Beslut".
  s.references.push({
    id: 'partisida',
    file: 'references.yaml',
    data: {
      id: 'partisida',
      publisher: 'S i Linköping',
      title: 'Sida',
      date: null,
      url: null,
      kind: 'party',
      party: 's',
    },
  });
  s.decisions[0].data.source = { reference: 'partisida' };
  const [told] = buildRecords(buildSite(s), swedish).filter((r) => r.url.endsWith('#beslut-forskola-stangs'));
  assert.equal(told.type, 'handelse');
  assert.match(told.text[0], /^Enligt Socialdemokraternas webbplats: Nämnden stänger en förskola\./);
});

test('table cells, list items and definition lists of an HTML page reach the index with spaces between them', () => {
  assert.equal(
    spaceCells('<dl><dt>Nummer</dt><dd>5.4</dd></dl><ul><li>2021</li><li>2022</li></ul>'),
    '<dl><dt>Nummer </dt><dd>5.4 </dd></dl><ul><li>2021 </li><li>2022 </li></ul>',
  );
  assert.equal(
    spaceCells('<tr><th scope="row">Mått</th><TD>7</TD></tr>a<br>b'),
    '<tr><th scope="row">Mått </th><TD>7 </TD></tr>a <br>b',
  );
});

test('a measure\'s year shows "Plan <year>", a dated result its date in words, ready for the result list', () => {
  assert.equal(byUrl('/atgarder/kulturskolan-for-fler/#ar-2023')!.when, 'Plan 2023');
  assert.equal(byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!.when, '14 februari 2023');
});

// Insyn's English for two texts of the fixture, as content/translations/en.yaml would hold it.
const translated = {
  ...site,
  translations: new Map([
    [
      'en',
      {
        review: { status: 'unreviewed' as const },
        entries: [
          {
            sv: site.districtById.get('berga')!.data.summary,
            text: 'Berga is one of the three areas the action plans are aimed at.',
          },
          { sv: 'Genomförd', text: 'Done' },
          { sv: 'Utbildning', text: 'Education' },
        ],
      },
    ],
  ]),
};
const english = recordLanguage(translated, 'en');
const englishRecords = buildRecords(translated, english);

test('English records: every URL under /en/, language "en", one for each Swedish record', () => {
  assert.equal(englishRecords.length, records.length);
  for (const [i, r] of englishRecords.entries()) {
    assert.equal(r.language, 'en');
    assert.equal(r.url, `/en${records[i].url}`);
  }
  assert.match(recordHtml(englishRecords[0], english.t), /<html lang="en">/);
});

test("English records: Insyn's texts translated where a translation exists, quotations and untranslated texts in Swedish", () => {
  const berga = englishRecords.find((r) => r.url === '/en/omraden/berga/')!;
  assert.equal(berga.text[0], 'Berga is one of the three areas the action plans are aimed at.');
  const ryd = englishRecords.find((r) => r.url === '/en/omraden/ryd/')!;
  assert.equal(ryd.text[0], site.districtById.get('ryd')!.data.summary, 'no translation: the Swedish');
  const note = englishRecords.find((r) => r.url === '/en/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  const quotes = site.notes.find((n) => n.note.id === 'anteckning-v')!.note.quotes;
  for (const q of quotes) assert.ok(note.text.includes(`”${q.text}”`), 'a quotation stays as it stands');
});

test('English records: dates in English, type and status labels from the English dictionary and translations', () => {
  const note = englishRecords.find((r) => r.url === '/en/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  assert.equal(note.when, '14 February 2023');
  assert.match(note.title, /14 February 2023 § 31$/);
  const measure = englishRecords.find((r) => r.url === '/en/atgarder/fixtur-laxhjalp/#ar-2023')!;
  assert.deepEqual(measure.statuses, ['Done']);
  assert.deepEqual(measure.areas, ['3. Education']);
  const unknown = englishRecords.find((r) => r.url === '/en/atgarder/kulturskolan-for-fler/#ar-2023')!;
  assert.deepEqual(unknown.statuses, [dictionaries.en.status.unknown]);
  assert.deepEqual(recordFilters(measure, english.t).typ, [dictionaries.en.search.types.atgard]);
});

test('Arabic records: URLs under /ar/, language "ar", dates with Western digits', () => {
  const arabic = buildRecords(site, recordLanguage(site, 'ar'));
  assert.ok(arabic.every((r) => r.language === 'ar' && r.url.startsWith('/ar/')));
  const note = arabic.find((r) => r.url === '/ar/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  assert.match(note.when!, /14.*2023/);
  // The plan year's label is checked here, where its words differ from the Swedish ("Plan 2023"
  // is the same in English, so an English record with the Swedish label would pass there).
  const measure = arabic.find((r) => r.url === '/ar/atgarder/fixtur-laxhjalp/#ar-2023')!;
  assert.equal(measure.when, 'خطة 2023');
});

test("a record's context says what it belongs to, once: a note's party, author, body and matter; not in its text", () => {
  const v = byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  const meeting = site.meetings.find((m) => m.id === 'ks-2023-02-14-31')!.data;
  assert.deepEqual(v.context, ['Vänsterpartiet (V)', 'Sofia Frithioff', 'Kommunstyrelsen', meeting.title]);
  assert.ok(!v.text.join(' ').includes('Sofia Frithioff'), 'the context is not repeated as text');
  const decision = byUrl('/protokoll/ks-2023-02-14-31/#beslut-1')!;
  assert.deepEqual(decision.context, ['Kommunstyrelsen', meeting.title, 'Diarienummer KS 2020-754']);
  assert.deepEqual(byUrl('/atgarder/kulturskolan-for-fler/#ar-2023')!.context, [
    site.plans.find((p) => p.data.year === 2023)!.data.name,
  ]);
});

test("a document section's context is its document's title, issuer, date and diary number", () => {
  const doc = site.documents.find((d) => d.id === 'ks-2023-02-14-31')!.data;
  const section = byUrl('/dokument/ks-2023-02-14-31/#sida-4')!;
  assert.deepEqual(section.context, [doc.title, doc.issuer, '14 februari 2023', 'Diarienummer KS 2020-754']);
  const first = byUrl('/dokument/ks-2023-02-14-31/#st-1')!;
  assert.equal(first.title, doc.title);
  assert.deepEqual(
    first.context,
    [doc.issuer, '14 februari 2023', 'Diarienummer KS 2020-754'],
    'the title once',
  );
});

test('a document section also names whom its document was sent to, where the document names it', () => {
  const sent = structuredClone(snapshot);
  const doc = sent.documents.find((d) => d.id === 'ks-2023-02-14-31')!;
  doc.data = { ...doc.data, recipient: 'Tillväxtverket' };
  const section = buildRecords(buildSite(sent), recordLanguage(buildSite(sent), 'sv')).find(
    (r) => r.url === '/dokument/ks-2023-02-14-31/#sida-4',
  )!;
  assert.deepEqual(section.context, [
    doc.data.title,
    doc.data.issuer,
    'Skickad till Tillväxtverket',
    '14 februari 2023',
    'Diarienummer KS 2020-754',
  ]);
});

test("an event's context is its measure's number in each plan; the event is not the measure", () => {
  for (const event of records.filter((r) => r.type === 'handelse')) {
    const measure = site.measureById.get(/^\/atgarder\/([^/]+)\//.exec(event.url)![1])!;
    const numbers = measure.data.years.flatMap((y) =>
      y.number ? [`Åtgärd ${y.number} (plan ${y.year})`] : [],
    );
    assert.deepEqual(event.context, numbers, event.url);
    assert.equal(event.nameKey, undefined, event.url);
  }
});

test('the records that are a named thing carry its key: district, measure year, party note, body minutes, plan', () => {
  assert.equal(byUrl('/omraden/skaggetorp/')!.nameKey, 'omrade:skaggetorp');
  assert.equal(byUrl('/atgarder/kulturskolan-for-fler/#ar-2023')!.nameKey, 'atgard:kulturskolan-for-fler');
  assert.equal(byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!.nameKey, 'parti:v');
  assert.equal(byUrl('/protokoll/ks-2023-02-14-31/')!.nameKey, 'organ:kommunstyrelsen');
  assert.equal(byUrl('/planer/2023/')!.nameKey, 'plan:2023');
  assert.deepEqual(byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!.names, ['Vänsterpartiet', 'V']);
  assert.deepEqual(recordFilters(byUrl('/omraden/skaggetorp/')!, swedish.t).namn, ['omrade:skaggetorp']);
});

// The fixture's glossary with everyday search words, as content/glossary.yaml has them.
const withWords: typeof snapshot = structuredClone(snapshot);
for (const g of withWords.glossary)
  if (g.id === 'protokollsanteckning')
    g.data.searchWords = { sv: ['kritik', 'invändning'], en: ['criticism'], ar: ['انتقاد'] };
const wordsSite = buildSite(withWords);

test('a record is found by the everyday words of the glossary terms it is, not of those its text cites', () => {
  const all = buildRecords(wordsSite, recordLanguage(wordsSite, 'sv'));
  const note = all.find((r) => r.url === '/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  assert.ok(note.searchWords.includes('kritik') && note.searchWords.includes('invändning'));
  assert.ok(!note.searchWords.includes('criticism'), 'no English words in the Swedish index');
  const measure = all.find((r) => r.url === '/atgarder/forskola-fler-barn/#ar-2023')!;
  assert.ok(measure.text.join(' ').includes('protokollsanteckning'), 'its text cites a note');
  assert.ok(!measure.searchWords.includes('kritik'), 'but it is no note');
});

test('an English record is found by the Swedish words and names too: the term, the everyday words, the context', () => {
  const all = buildRecords(wordsSite, recordLanguage(wordsSite, 'en'));
  const note = all.find((r) => r.url === '/en/protokoll/ks-2023-02-14-31/#anteckning-v')!;
  for (const word of ['kritik', 'criticism', 'Protokollsanteckning', 'Kommunstyrelsen'])
    assert.ok(note.searchWords.includes(word), word);
  assert.ok(note.names.includes('Vänsterpartiet'));
});

test('the HTML gives Pagefind the context, names and search words as metadata, and the name key as a filter', () => {
  const html = recordHtml(byUrl('/protokoll/ks-2023-02-14-31/#anteckning-v')!, swedish.t);
  assert.match(
    html,
    /<span data-pagefind-meta="sammanhang">Vänsterpartiet \(V\) · Sofia Frithioff · Kommunstyrelsen · /,
  );
  assert.match(html, /<span data-pagefind-meta="namn">Vänsterpartiet · V<\/span>/);
  assert.match(html, /<span data-pagefind-filter="namn">parti:v<\/span>/);
  assert.ok(!/<p>[^<]*Sofia Frithioff/.test(html), 'the context is no searched paragraph of its own');
});
