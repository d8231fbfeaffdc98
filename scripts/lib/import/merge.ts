/**
 * Merges one row into a measure's raw YAML data (as written, before zod
 * defaults) and statuses into a follow-up. A value the row does not give is
 * left as it is; fields the table has no column for (areaNote, fieldSources,
 * events, caveat, a source's locator) are kept.
 */
import { isDeepStrictEqual } from 'node:util';
import type { SourceRef } from '../../../src/schemas/source-ref.ts';
import type { RowValues } from './rows.ts';

export type Raw = Record<string, unknown>;
type YearRaw = Raw & { year: number; source?: SourceRef };

/** The source a row states in its source columns; an anchor alone belongs to the --source document. */
export function rowSource(row: RowValues, fallback: SourceRef): SourceRef | undefined {
  if (row.sourceReference) return { reference: row.sourceReference };
  if (row.sourceDocument)
    return { document: row.sourceDocument, ...(row.sourceAnchor ? { anchor: row.sourceAnchor } : {}) };
  if (row.sourceAnchor && fallback.document) return { document: fallback.document, anchor: row.sourceAnchor };
  return undefined;
}

/** Same place, whatever locator a hand-written source adds. */
const samePlace = (a: SourceRef | undefined, b: SourceRef | undefined) =>
  a?.document === b?.document && a?.anchor === b?.anchor && a?.reference === b?.reference;

export function mergeMeasure(
  existing: Raw | undefined,
  row: RowValues,
  year: number,
  fallback: SourceRef,
): Raw {
  const m: Raw = existing
    ? structuredClone(existing)
    : { title: null, titleKind: null, confidence: row.confidence ?? 'high', years: [] };
  if (row.title !== undefined) m.title = row.title;
  if (row.titleKind !== undefined) m.titleKind = row.titleKind;
  if (row.confidence !== undefined) m.confidence = row.confidence;
  const years = (m.years as YearRaw[]) ?? [];
  m.years = years;
  const source = rowSource(row, fallback);
  let y = years.find((e) => e.year === year);
  if (!y) {
    y = {
      year,
      number: null,
      wording: null,
      wordingKind: null,
      area: null,
      districts: null,
      responsible: null,
      source: source ?? fallback,
    };
    years.push(y);
  } else if (source && !samePlace(y.source, source)) y.source = source;
  const set = (key: string, value: unknown) => {
    if (value !== undefined && !isDeepStrictEqual(y[key], value)) y[key] = value;
  };
  set('number', row.number);
  set('wording', row.wording);
  set('wordingKind', row.wordingKind);
  set('area', row.area);
  set('districts', row.districts);
  set('responsible', row.responsible);
  set('note', row.comment);
  return m;
}

export interface Assignment {
  row: RowValues;
  measure: string;
  status: string;
  source: SourceRef;
}

export function mergeFollowUp(
  existing: Raw | undefined,
  assignments: Assignment[],
  year: number,
  reportedIn: SourceRef,
): Raw {
  const f: Raw = existing
    ? structuredClone(existing)
    : { planYear: year, reportedIn, reportedOn: { value: null }, counts: null, total: null };
  const measures = ((f.measures as Raw[] | undefined) ?? []).slice();
  for (const a of assignments) {
    const current = measures.find((m) => m.measure === a.measure);
    if (!current) measures.push({ measure: a.measure, status: a.status, source: a.source });
    else if (current.status !== a.status) {
      current.status = a.status;
      current.source = a.source;
    }
  }
  if (measures.length || f.measures) f.measures = measures;
  return f;
}
