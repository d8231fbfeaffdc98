/**
 * Vocabulary lookups: a spreadsheet may name an area, district, organisation
 * or status by its id or by its name ("Skäggetorp", "Fritid", "IAF", "Pågår"),
 * in any case and with or without å/ä/ö. Unknown words get the closest valid
 * value as a suggestion.
 */
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import { closest, fold } from './text.ts';

export interface Vocabulary {
  /** what the words are, for messages: "area", "district", … */
  kind: string;
  /** folded id or name → id */
  byWord: Map<string, string>;
  /** every id with its display name, for suggestions */
  labels: Map<string, string>;
}

function vocabulary(
  kind: string,
  entries: { id: string; names: (string | null | undefined)[] }[],
): Vocabulary {
  const byWord = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const { id, names } of entries) {
    labels.set(id, names.find(Boolean) ?? id);
    for (const word of [id, ...names]) if (word) byWord.set(fold(word), id);
  }
  return { kind, byWord, labels };
}

export interface Vocabularies {
  areas: Vocabulary;
  districts: Vocabulary;
  organisations: Vocabulary;
  statuses: Vocabulary;
}

export function vocabulariesOf(snapshot: Snapshot): Vocabularies {
  return {
    areas: vocabulary(
      'area',
      snapshot.areas.map((a) => ({ id: a.id, names: [a.data.short, a.data.name] })),
    ),
    districts: vocabulary(
      'district',
      snapshot.districts.map((d) => ({ id: d.id, names: [d.data.name, d.data.asciiName] })),
    ),
    organisations: vocabulary(
      'organisation',
      snapshot.organisations.map((o) => ({ id: o.id, names: [o.data.name, o.data.abbr] })),
    ),
    statuses: vocabulary(
      'status',
      snapshot.statuses.map((s) => ({ id: s.id, names: [s.data.label] })),
    ),
  };
}

export type Lookup = { id: string } | { error: string; suggestion?: string };

export function lookup(vocab: Vocabulary, value: string): Lookup {
  const id = vocab.byWord.get(fold(value));
  if (id) return { id };
  const word = closest(value, vocab.byWord.keys());
  const suggestion = word === undefined ? undefined : vocab.byWord.get(word);
  return {
    error: `unknown ${vocab.kind} (expected one of: ${[...vocab.labels.keys()].join(', ')})`,
    suggestion: suggestion && `${suggestion} (${vocab.labels.get(suggestion)})`,
  };
}
