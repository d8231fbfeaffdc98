/**
 * The content check's trust rules: content may never ask for more than its sources allow.
 * Labels are derived (src/lib/sources/evidence.ts), so what content can still ask for is
 * checked here, one line per problem (file: field: what is wrong):
 * - a typed certainty (a measure's `confidence`, a district classification's) above what the
 *   kinds of its sources allow ("Säker uppgift" from a party's note); an indicator figure types
 *   none: its certainty is derived from its source (figureEvidence in evidence.ts);
 * - a fact the pages state as the municipality's own without attribution (a plan's decision date
 *   and who decided it, a follow-up's counts and statuses) resting on a source that cannot state
 *   it (a party's website behind the plan's decision);
 * - the source's own words (`words`) and any quoted phrase in a fact's text that are not in the
 *   document paragraph they cite;
 * - a reference that names an unknown party, a checked date in the future, a disagreement whose
 *   accounts say the same.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Confidence } from '../../schemas/keys.ts';
import type { SourceKind } from '../../schemas/source-kinds.ts';
import { parseDocumentText } from '../sources/document-text.ts';
import {
  atMost,
  canState,
  certaintyCeiling,
  figureCeiling,
  sourceFacts,
  type SourceFacts,
} from '../sources/evidence.ts';
import { buildSite } from './build-site.ts';
import type { Entry, Snapshot } from './snapshot.ts';
import type { Problem } from './validate.ts';

/** A kind in words for a message: "a party's text". */
const kindWords: Record<SourceKind, string> = {
  record: "the acting body's own record",
  'municipal-news': "the municipality's news",
  authority: "an authority's page",
  majority: "the governing majority's communication",
  party: "a party's text",
  news: 'a news report',
  opinion: 'an opinion text',
  secondary: 'a secondary source',
  statistics: 'statistics',
};

const describe = (sources: SourceFacts[]) =>
  [...new Set(sources.map((s) => `"${s.id}" (${kindWords[s.kind]})`))].join(', ');

/** Text compared for quotations: whitespace folded, markdown and quote marks ignored (as validate.ts). */
const fold = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Phrases a text quotes: ”…”, "…" or «…» (at least two characters). */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/[”“"«]([^”“"«»]{2,}?)[”"»]/g)].map((m) => m[1]);
}

type SourceLike = SourceRef;
const isSource = (v: unknown): v is SourceLike =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ('document' in v || 'reference' in v);

/** Every (path, value) in an entry where a text and its source stand side by side, and every source. */
function* sourcedTexts(
  value: unknown,
  path: string,
): Generator<[string, string | null, SourceLike, Record<string, unknown>]> {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourcedTexts(v, `${path}[${i}]`);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    const at = path ? `${path}.${k}` : k;
    if (isSource(v)) {
      // A sibling text that the source backs: `text`, `summary` (a decision) or `value` (a conflict's account).
      const text = ['text', 'summary', 'value'].map((f) => o[f]).find((x) => typeof x === 'string');
      yield [at, (text as string | undefined) ?? null, v, o];
    } else yield* sourcedTexts(v, at);
  }
}

export function evidenceProblems(snapshot: Snapshot): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const site = buildSite(snapshot);
  const facts = (refs: SourceRef[]) => refs.map((r) => sourceFacts(site, r));

  // References: a party's text names a known party; nobody has checked a source in the future.
  const today = new Date().toISOString().slice(0, 10);
  for (const r of snapshot.references) {
    if (r.data.party && !site.partyById.has(r.data.party))
      add(r.file, `${r.id}.party`, `unknown party "${r.data.party}" (expected an id in parties.yaml)`);
    if (r.data.checkedOn && r.data.checkedOn > today)
      add(
        r.file,
        `${r.id}.checkedOn`,
        `${r.data.checkedOn} is in the future (expected the day a person last checked the source)`,
      );
  }

  // A typed certainty never above what its sources allow.
  const ceiling = (
    file: string,
    field: string,
    asked: Confidence,
    sources: SourceFacts[],
    allowed: Confidence,
    what: string,
  ) => {
    if (!atMost(asked, allowed))
      add(
        file,
        field,
        `"${asked}" asks for more than its sources allow: ${what} rests only on ${describe(sources)}, which allows at most "${allowed}"`,
      );
  };
  for (const m of snapshot.measures) {
    const sources = facts(m.data.years.map((y) => y.source));
    ceiling(
      m.file,
      'confidence',
      m.data.confidence,
      sources,
      certaintyCeiling(sources),
      'that it is a measure of the plan',
    );
  }
  for (const d of snapshot.districts) {
    for (const [i, c] of d.data.classifications.entries()) {
      const sources = facts([c.source]);
      ceiling(
        d.file,
        `classifications[${i}].confidence`,
        c.confidence,
        sources,
        figureCeiling(sources),
        'the classification',
      );
    }
  }

  // What the pages state as the municipality's own (no "enligt"): it needs a source that may state it.
  const stated = (file: string, field: string, source: SourceRef | undefined, shown: string) => {
    if (!source) return;
    const f = sourceFacts(site, source);
    if (!canState(f, 'decision'))
      add(
        file,
        field,
        `${shown} is shown without attribution, but rests on ${describe([f])}; only the acting body's own record or the municipality's news may state it (expected such a source)`,
      );
  };
  for (const p of snapshot.plans) {
    const at = `${p.id}.`;
    if (p.data.decidedOn.value !== null)
      stated(p.file, `${at}decidedOn.source`, p.data.decidedOn.source, "the plan's decision date");
    if (p.data.decidedBy.value !== null)
      stated(p.file, `${at}decidedBy.source`, p.data.decidedBy.source, 'who decided the plan');
    if (p.data.measureCount.value !== null)
      stated(p.file, `${at}measureCount.source`, p.data.measureCount.source, 'the number of measures');
  }
  for (const f of snapshot.followUps) {
    stated(f.file, 'reportedIn', f.data.reportedIn, 'where the follow-up is reported');
    stated(f.file, 'countsSource', f.data.countsSource, "the follow-up's counts");
    for (const [i, row] of f.data.measures.entries())
      stated(f.file, `measures[${i}].source`, row.source, `the status "${row.status}"`);
  }

  // The source's own words, and phrases a fact quotes, stand in the paragraph they cite.
  const blocks = new Map<string, Map<string, string>>();
  for (const doc of snapshot.documents) {
    const texts = new Map<string, string>();
    for (const b of parseDocumentText(doc.body ?? '')) {
      if (b.kind === 'page') continue;
      texts.set(
        b.id,
        fold(b.kind === 'list' ? b.items.join(' ') : b.kind === 'table' ? b.rows.flat().join(' ') : b.text),
      );
    }
    blocks.set(doc.id, texts);
  }
  const noteStarts = new Map<string, number[]>();
  for (const m of snapshot.meetings)
    for (const i of m.data.items)
      if (i.kind === 'note' && i.source.document && i.source.anchor)
        noteStarts.set(i.source.document, [
          ...(noteStarts.get(i.source.document) ?? []),
          Number(i.source.anchor.slice(3)),
        ]);
  const noteText = (document: string, anchor: string): string => {
    const start = Number(anchor.slice(3));
    const end = Math.min(...(noteStarts.get(document) ?? []).filter((n) => n > start), Infinity);
    return [...(blocks.get(document) ?? new Map<string, string>()).entries()]
      .filter(([id]) => Number(id.slice(3)) >= start && Number(id.slice(3)) < end)
      .map(([, text]) => text)
      .join(' ');
  };
  for (const name of Object.keys(collections) as CollectionName[]) {
    const prefix = (entry: Entry<unknown>) =>
      collections[name].layout.kind === 'list' ? `${entry.id}.` : '';
    for (const entry of snapshot[name] as Entry<unknown>[]) {
      for (const [path, text, source, holder] of sourcedTexts(entry.data, '')) {
        if (!source.document || !source.anchor) continue;
        const own = blocks.get(source.document)?.get(source.anchor);
        if (own === undefined) continue; // validate.ts reports an unknown document or anchor
        // A protocol note's summary covers the whole note: from its anchor up to the next note's.
        const block =
          holder.kind === 'note' && name === 'meetings' ? noteText(source.document, source.anchor) : own;
        const where = `${source.document}#${source.anchor}`;
        if (source.words && !block.includes(fold(source.words)))
          add(
            entry.file,
            `${prefix(entry)}${path}.words`,
            `the source's words are not in ${where} (expected its exact words)`,
          );
        for (const phrase of text ? quotedPhrases(text) : [])
          if (!block.includes(fold(phrase)))
            add(
              entry.file,
              `${prefix(entry)}${path.replace(/\.source$/, '')}`,
              `the quoted phrase "${phrase}" is not in ${where} (expected the source's exact words, or the anchor of the paragraph they stand in)`,
            );
      }
    }
  }

  // Sources that disagree say different things.
  const conflicts = [
    ...snapshot.measures.map((m) => ({ file: m.file, list: m.data.conflicts })),
    ...snapshot.decisions.map((d) => ({ file: d.file, list: d.data.conflicts })),
  ];
  for (const { file, list } of conflicts)
    for (const [i, c] of list.entries())
      if (new Set(c.accounts.map((a) => a.value)).size < 2)
        add(
          file,
          `conflicts[${i}].accounts`,
          'every account says the same (expected the values the sources disagree on)',
        );

  return problems;
}
