/**
 * Cross-collection checks that a per-file schema cannot make: every id that
 * one entry names must exist, numbers must be unique within a plan year,
 * counts must add up, quotations must stand where they say they stand.
 * Each problem is one line: file, field, what is wrong, what was expected.
 */
import { collections, type CollectionName, type DataOf } from '../../schemas/index.ts';
import { factAnchors } from '../urls/anchors.ts';
import { parseDocumentText } from '../sources/document-text.ts';
import type { Entry, Snapshot } from './snapshot.ts';
import { hasStrayMark } from '../text/swedish-marks.ts';
import { closest } from '../text/closest.ts';
import { evidenceProblems } from './validate-evidence.ts';
import { indicatorProblems } from '../statistics/indicator-checks.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Text compared for quotations: whitespace folded, markdown and quote marks ignored. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 37 for "st-37". */
const paragraphNumber = (anchor: string) => Number(anchor.slice(3));

type SourceLike = {
  document?: string;
  anchor?: string;
  to?: string;
  reference?: string;
  locator?: string;
  words?: string;
};

function isSourceLike(value: unknown): value is SourceLike {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => ['document', 'anchor', 'to', 'reference', 'locator', 'words'].includes(k)) &&
    ('document' in value || 'reference' in value)
  );
}

/** Every sourceRef inside a value, with its field path. */
function* sourcesIn(value: unknown, path: string): Generator<[string, SourceLike]> {
  if (isSourceLike(value)) {
    yield [path, value];
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourcesIn(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* sourcesIn(v, path ? `${path}.${k}` : k);
  }
}

/** Every string in a parsed entry, with its field path ("about.text[2]"). */
function* stringsIn(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, path ? `${path}.${k}` : k);
}

const ALLOWED_LINK_SCHEMES = ['https', 'mailto'];

/** The scheme of every link in a text: [x](scheme:…), <scheme:…>, href="scheme:…" (lowercase). */
function linkSchemes(text: string): string[] {
  const link =
    /\]\(\s*<?([a-z][a-z0-9+.-]*):|<([a-z][a-z0-9+.-]*):[^\s>]*>|\bhref\s*=\s*["'{`]*\s*([a-z][a-z0-9+.-]*):/gi;
  return [...text.matchAll(link)].map((m) => (m[1] ?? m[2] ?? m[3]).toLowerCase());
}

/** What to write instead of an unknown value: the closest valid one when it looks like a typo, and the list. */
function near(value: string, options: Iterable<string>): string {
  const list = [...options];
  const guess = closest(value, list);
  const mean = guess === undefined ? '' : `did you mean "${guess}"? `;
  return list.length ? ` (${mean}expected one of: ${list.join(', ')})` : '';
}

/** The closest valid id, for messages that do not list every option (references, measures). */
const didYouMean = (value: string, options: Iterable<string>) => {
  const guess = closest(value, options);
  return guess === undefined ? '' : `did you mean "${guess}"? `;
};

export function validate(snapshot: Snapshot): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Duplicate ids (YAML lists can repeat an id; Astro would silently keep one).
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of Object.keys(snapshot) as (CollectionName | 'geometry')[]) {
    if (name === 'geometry') continue;
    const seen = new Set<string>();
    for (const entry of snapshot[name] as Entry<unknown>[]) {
      if (seen.has(entry.id))
        add(entry.file, `${entry.id}.id`, `duplicate id "${entry.id}" (expected each id once in ${name})`);
      seen.add(entry.id);
    }
    ids[name] = seen;
  }

  // Block texts of every document, for anchors and quotations.
  const blocks = new Map<string, Map<string, string>>();
  for (const doc of snapshot.documents) {
    const texts = new Map<string, string>();
    for (const b of parseDocumentText(doc.body ?? '')) {
      if (b.kind === 'page') continue;
      const text =
        b.kind === 'list' ? b.items.join(' ') : b.kind === 'table' ? b.rows.flat().join(' ') : b.text;
      texts.set(b.id, normaliseForQuote(text));
    }
    blocks.set(doc.id, texts);
  }

  const checkRef = (file: string, field: string, ref: SourceLike) => {
    if (ref.document !== undefined) {
      const texts = blocks.get(ref.document);
      if (!texts)
        add(
          file,
          `${field}.document`,
          `unknown document "${ref.document}"${near(ref.document, ids.documents)}`,
        );
      else if (ref.anchor && !texts.has(ref.anchor))
        add(
          file,
          `${field}.anchor`,
          `document "${ref.document}" has no block "${ref.anchor}" (expected st-1 … st-${texts.size})`,
        );
      else if (ref.to && !texts.has(ref.to))
        add(
          file,
          `${field}.to`,
          `document "${ref.document}" has no block "${ref.to}" (expected st-1 … st-${texts.size})`,
        );
      else if (ref.to && ref.anchor && paragraphNumber(ref.to) < paragraphNumber(ref.anchor))
        add(
          file,
          `${field}.to`,
          `${ref.to} comes before ${ref.anchor} (expected the passage's last paragraph)`,
        );
    }
    if (ref.reference !== undefined && !ids.references.has(ref.reference))
      add(
        file,
        `${field}.reference`,
        `unknown reference "${ref.reference}" (${didYouMean(ref.reference, ids.references)}expected an id in references.yaml)`,
      );
  };

  const checkQuote = (file: string, field: string, text: string, ref: SourceLike) => {
    if (!ref.document || !ref.anchor) return;
    const block = blocks.get(ref.document)?.get(ref.anchor);
    if (block !== undefined && !block.includes(normaliseForQuote(text)))
      add(
        file,
        field,
        `quotation not found in ${ref.document}#${ref.anchor} (expected the source's exact words)`,
      );
  };

  const prefix = (entry: Entry<unknown>, list: boolean) => (list ? `${entry.id}.` : '');

  // Sources everywhere. A paragraph range is a protocol note's whole text only: every other fact
  // cites the paragraph of its words, and a range would claim more than that paragraph says.
  const isNoteSource = (data: unknown, path: string) => {
    const i = /^items\[(\d+)\]\.source$/.exec(path)?.[1];
    return i !== undefined && (data as DataOf<'meetings'>).items[Number(i)]?.kind === 'note';
  };
  for (const name of Object.keys(snapshot) as (CollectionName | 'geometry')[]) {
    if (name === 'geometry') continue;
    const list = collections[name].layout.kind === 'list';
    for (const entry of snapshot[name] as Entry<unknown>[]) {
      for (const [path, ref] of sourcesIn(entry.data, '')) {
        checkRef(entry.file, prefix(entry, list) + path, ref);
        if (ref.to && !(name === 'meetings' && isNoteSource(entry.data, path)))
          add(
            entry.file,
            `${prefix(entry, list)}${path}.to`,
            "a paragraph range is only for a protocol note's source (expected the paragraph of the words cited, without to)",
          );
      }
    }
  }

  const planYears = new Set(snapshot.plans.map((p) => p.data.year));
  const years = [...planYears].sort();
  const areaNumber = new Map(snapshot.areas.map((a) => [a.id, a.data.number]));

  // Plans.
  for (const plan of snapshot.plans) {
    for (const [i, d] of plan.data.documents.entries())
      if (!ids.documents.has(d))
        add(plan.file, `${plan.id}.documents[${i}]`, `unknown document "${d}"${near(d, ids.documents)}`);
    for (const [i, m] of plan.data.meetings.entries())
      if (!ids.meetings.has(m))
        add(plan.file, `${plan.id}.meetings[${i}]`, `unknown meeting "${m}"${near(m, ids.meetings)}`);
  }

  // Measures: relations, numbering, quotations.
  const numbers = new Map<string, string>(); // "2023 3.1" → measure id
  const measureYears = new Map<string, Map<number, string | null>>();
  for (const m of snapshot.measures) {
    const perYear = new Map<number, string | null>();
    measureYears.set(m.id, perYear);
    for (const [i, y] of m.data.years.entries()) {
      const at = `years[${i}]`;
      perYear.set(y.year, y.number);
      if (!planYears.has(y.year))
        add(m.file, `${at}.year`, `no plan for ${y.year}${near(String(y.year), years.map(String))}`);
      if (y.area !== null && !areaNumber.has(y.area))
        add(m.file, `${at}.area`, `unknown area "${y.area}"${near(y.area, ids.areas)}`);
      if (
        y.area !== null &&
        y.number !== null &&
        areaNumber.has(y.area) &&
        Number(y.number.split('.')[0]) !== areaNumber.get(y.area)
      )
        add(
          m.file,
          `${at}.number`,
          `number ${y.number} does not start with area ${y.area}'s number ${areaNumber.get(y.area)}`,
        );
      for (const [j, d] of (y.districts ?? []).entries())
        if (!ids.districts.has(d))
          add(m.file, `${at}.districts[${j}]`, `unknown district "${d}"${near(d, ids.districts)}`);
      for (const [j, o] of (y.responsible ?? []).entries())
        if (!ids.organisations.has(o))
          add(m.file, `${at}.responsible[${j}]`, `unknown organisation "${o}"${near(o, ids.organisations)}`);
      if (y.number !== null) {
        const key = `${y.year} ${y.number}`;
        const other = numbers.get(key);
        if (other)
          add(
            m.file,
            `${at}.number`,
            `number ${y.number} in plan ${y.year} is already used by measure "${other}" (expected unique numbers per plan year)`,
          );
        else numbers.set(key, m.id);
      }
      if (y.wordingKind === 'quote' && y.wording) checkQuote(m.file, `${at}.wording`, y.wording, y.source);
    }
    // A quoted or official title is the source's words too: it must stand in the paragraph of
    // at least one year whose source names one (a title is shared by every year).
    const { title, titleKind } = m.data;
    if (title && (titleKind === 'quote' || titleKind === 'official')) {
      const places = m.data.years.flatMap((y) =>
        y.source.document && y.source.anchor && blocks.get(y.source.document)?.has(y.source.anchor)
          ? [`${y.source.document}#${y.source.anchor}`]
          : [],
      );
      const found = places.some((p) => {
        const [doc, anchor] = p.split('#');
        return blocks.get(doc)!.get(anchor)!.includes(normaliseForQuote(title));
      });
      if (places.length && !found)
        add(
          m.file,
          'title',
          `${titleKind === 'official' ? 'official title' : 'quotation'} not found in ${[...new Set(places)].join(' or ')} (expected the source's exact words)`,
        );
    }
  }

  // Follow-ups: counts add up, statuses and measures exist.
  const planCount = new Map(snapshot.plans.map((p) => [p.data.year, p.data.measureCount.value]));
  for (const f of snapshot.followUps) {
    const d = f.data;
    if (f.id !== String(d.planYear))
      add(f.file, 'planYear', `planYear ${d.planYear} differs from the file name (expected ${f.id})`);
    if (!planYears.has(d.planYear))
      add(f.file, 'planYear', `no plan for ${d.planYear}${near(String(d.planYear), years.map(String))}`);
    const stated = planCount.get(d.planYear) ?? null;
    if (d.counts) {
      for (const key of Object.keys(d.counts))
        if (!ids.statuses.has(key))
          add(f.file, `counts.${key}`, `unknown status "${key}"${near(key, ids.statuses)}`);
      const sum = Object.values(d.counts).reduce((a, b) => a + b, 0);
      if (d.total !== null && sum !== d.total)
        add(f.file, 'counts', `counts add up to ${sum} (expected the stated total ${d.total})`);
      if (stated !== null && sum !== stated)
        add(f.file, 'counts', `counts add up to ${sum} (expected the plan's ${stated} measures)`);
    }
    if (d.total !== null && stated !== null && d.total !== stated)
      add(f.file, 'total', `total ${d.total} differs from the plan's ${stated} measures`);
    const seen = new Set<string>();
    for (const [i, row] of d.measures.entries()) {
      const at = `measures[${i}]`;
      if (!ids.statuses.has(row.status))
        add(f.file, `${at}.status`, `unknown status "${row.status}"${near(row.status, ids.statuses)}`);
      if (!ids.measures.has(row.measure))
        add(
          f.file,
          `${at}.measure`,
          `unknown measure "${row.measure}" (${didYouMean(row.measure, ids.measures)}expected a file name in measures/)`,
        );
      else if (!measureYears.get(row.measure)?.has(d.planYear))
        add(
          f.file,
          `${at}.measure`,
          `measure "${row.measure}" has no entry for ${d.planYear} (expected a years entry for it)`,
        );
      if (seen.has(row.measure)) add(f.file, `${at}.measure`, `measure "${row.measure}" is listed twice`);
      seen.add(row.measure);
    }
  }

  // Meetings: the minutes, parties, named measures and quotations.
  for (const m of snapshot.meetings) {
    if (!ids.documents.has(m.data.document))
      add(m.file, 'document', `unknown document "${m.data.document}"${near(m.data.document, ids.documents)}`);
    for (const [i, y] of m.data.plans.entries())
      if (!planYears.has(y)) add(m.file, `plans[${i}]`, `no plan for ${y}`);
    const noteIds = new Set<string>();
    for (const [i, item] of m.data.items.entries()) {
      const at = `items[${i}]`;
      if (item.kind === 'decision') checkQuote(m.file, `${at}.text`, item.text, item.source);
      if (item.kind !== 'note') continue;
      if (noteIds.has(item.id)) add(m.file, `${at}.id`, `duplicate note id "${item.id}"`);
      noteIds.add(item.id);
      if (!ids.parties.has(item.party))
        add(m.file, `${at}.party`, `unknown party "${item.party}"${near(item.party, ids.parties)}`);
      for (const [j, q] of item.quotes.entries())
        checkQuote(m.file, `${at}.quotes[${j}].text`, q.text, q.source);
      for (const [j, d] of item.districts.entries())
        if (!ids.districts.has(d))
          add(m.file, `${at}.districts[${j}]`, `unknown district "${d}"${near(d, ids.districts)}`);
      for (const [j, named] of item.measures.entries()) {
        const field = `${at}.measures[${j}]`;
        const perYear = measureYears.get(named.measure);
        if (!perYear)
          add(
            m.file,
            `${field}.measure`,
            `the note names measure "${named.measure}", which does not exist (${didYouMean(named.measure, ids.measures)}expected a file name in measures/)`,
          );
        else if (!perYear.has(named.year))
          add(m.file, `${field}.year`, `measure "${named.measure}" has no entry for ${named.year}`);
        else if (named.number !== null && perYear.get(named.year) !== named.number)
          add(
            m.file,
            `${field}.number`,
            `the note says ${named.number}, but measure "${named.measure}" is number ${perYear.get(named.year) ?? 'unknown'} in ${named.year}`,
          );
      }
    }
  }

  // Related decisions: the districts and measures they name exist.
  for (const d of snapshot.decisions) {
    for (const [i, id] of (d.data.districts ?? []).entries())
      if (!ids.districts.has(id))
        add(d.file, `districts[${i}]`, `unknown district "${id}"${near(id, ids.districts)}`);
    for (const [i, id] of d.data.measures.entries())
      if (!ids.measures.has(id))
        add(
          d.file,
          `measures[${i}]`,
          `unknown measure "${id}" (${didYouMean(id, ids.measures)}expected a file name in measures/)`,
        );
  }

  // Where a meeting's protocol notes end: a paragraph of its own document.
  for (const m of snapshot.meetings)
    if (m.data.notesEnd && blocks.get(m.data.document) && !blocks.get(m.data.document)?.has(m.data.notesEnd))
      add(m.file, 'notesEnd', `no paragraph ${m.data.notesEnd} in document "${m.data.document}"`);

  // A note's last paragraph comes before the next note (or the minutes' own text after the notes)
  // begins: a whole note's citation never takes in another party's words.
  for (const m of snapshot.meetings) {
    const items = m.data.items;
    for (const [i, item] of items.entries()) {
      if (item.kind !== 'note' || !item.source.to) continue;
      const next = items.slice(i + 1).find((x) => x.kind === 'note');
      const after = next ? next.source.anchor : m.data.notesEnd;
      if (after && paragraphNumber(after) <= paragraphNumber(item.source.to))
        add(
          m.file,
          `items[${i}].source.to`,
          `${item.source.to} runs into ${next ? `the next note (${next.id} starts at ${after})` : `the minutes after the notes (notesEnd: ${after})`} (expected the note's own last paragraph)`,
        );
    }
  }

  // Missing documents: each belongs to a plan year there is, once (its id is its anchor on /saknas/).
  const missingIds = new Set<string>();
  for (const d of snapshot.missingDocuments ?? []) {
    if (d.data.plan !== null && !planYears.has(d.data.plan))
      add(
        d.file,
        `${d.id}.plan`,
        `no plan for ${d.data.plan}${near(String(d.data.plan), years.map(String))}`,
      );
    if (missingIds.has(d.id)) add(d.file, `${d.id}.id`, 'the same id twice (it is the anchor on /saknas/)');
    missingIds.add(d.id);
  }

  // Corrections: the corrected page and fact exist, so "Rättad" lands beside it.
  const anchors = factAnchors(snapshot);
  for (const c of snapshot.corrections) {
    const onPage = anchors.get(c.data.page);
    if (!onPage)
      add(
        c.file,
        `${c.id}.page`,
        `no page "${c.data.page}" with facts (expected a measure, district or minutes page, e.g. /atgarder/<id>/)`,
      );
    else if (!onPage.has(c.data.fact))
      add(
        c.file,
        `${c.id}.fact`,
        `page "${c.data.page}" has no fact "${c.data.fact}"${near(c.data.fact, onPage)}`,
      );
  }

  // One-page languages: one page each, and each explains every status word the site shows.
  const shortLangs = new Set<string>();
  const words = [...ids.statuses, 'okand'];
  for (const p of snapshot.shortPages ?? []) {
    if (shortLangs.has(p.data.lang))
      add(p.file, 'lang', `a second page in "${p.data.lang}" (expected one page per language)`);
    shortLangs.add(p.data.lang);
    for (const key of words)
      if (!(key in p.data.status.words))
        add(
          p.file,
          `status.words.${key}`,
          `missing (expected an explanation of each of: ${words.join(', ')})`,
        );
    for (const key of Object.keys(p.data.status.words))
      if (!words.includes(key))
        add(p.file, `status.words.${key}`, `unknown status "${key}"${near(key, words)}`);
    for (const [field, text] of stringsIn(p.data, ''))
      if (hasStrayMark(text))
        add(p.file, field, 'a Swedish word is marked with an unpaired brace (expected {{word}})');
  }

  // Links written in content text (Markdown, MDX, HTML) go to https: or mailto: addresses or to
  // the site's own paths; a javascript:, data: or plain http: link would be a live link on the site.
  for (const name of Object.keys(snapshot) as (CollectionName | 'geometry')[]) {
    if (name === 'geometry') continue;
    const list = collections[name].layout.kind === 'list';
    for (const entry of snapshot[name] as Entry<unknown>[]) {
      const texts = [...stringsIn(entry.data, ''), ...(entry.body ? [['(body)', entry.body] as const] : [])];
      for (const [field, text] of texts)
        for (const scheme of linkSchemes(text))
          if (!ALLOWED_LINK_SCHEMES.includes(scheme))
            add(
              entry.file,
              prefix(entry, list) + field,
              `a ${scheme}: link (expected https:, mailto: or a path on the site such as /om/)`,
            );
    }
  }

  // Indicator series: their own cross-checks (src/lib/statistics/indicator-checks.ts).
  problems.push(
    ...indicatorProblems(snapshot.indicators ?? [], ids.districts, (doc, anchor, text) =>
      blocks.get(doc)?.get(anchor)?.includes(normaliseForQuote(text)),
    ),
  );

  // Districts and their shapes: exactly one polygon per district, and the reverse.
  const shapes = snapshot.geometry.features.filter((f) => f.properties.kind === 'district');
  for (const d of snapshot.districts) {
    const n = shapes.filter((f) => f.properties.id === d.id).length;
    if (n !== 1)
      add(
        d.file,
        'id',
        `district "${d.id}" has ${n} shapes in ${snapshot.geometry.file} (expected exactly 1)`,
      );
  }
  for (const [i, f] of shapes.entries())
    if (!ids.districts.has(f.properties.id))
      add(
        snapshot.geometry.file,
        `features[${i}].properties.id`,
        `shape "${f.properties.id}" has no district entry (expected one of: ${[...ids.districts].join(', ')})`,
      );

  // Trust: no content asks for more than its sources allow (src/lib/site/validate-evidence.ts).
  problems.push(...evidenceProblems(snapshot));

  return problems;
}
