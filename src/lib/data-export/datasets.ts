/**
 * The /data/ downloads: every dataset as rows of strings (one CSV cell each),
 * with its columns declared once here (their documentation, in Swedish like the files, is
 * column-docs.ts) and rendered on the /data/ page.
 * Measures use the shared contract in measure-rows.ts (the importer reads it);
 * plans, follow-up counts, protocol notes and documents are defined here.
 * Pure: the endpoints pass the build's Snapshot, tests pass loadContent()'s.
 */
import { stringify } from 'csv-stringify/sync';
import { documentKinds } from '../../schemas/documents.ts';
import { csvSafeRow } from './csv-safe.ts';
import {
  describeColumns,
  districtIds,
  LIST_SEPARATOR,
  measureColumns,
  measureRows,
  statusesInOrder,
  statusIds,
  type Column,
  type Vocabularies,
} from '../measure/rows.ts';
import { eventDataset } from './event-rows.ts';
import { indicatorDataset } from './indicator-rows.ts';
import { decisionDataset } from './decision-rows.ts';
import type { Snapshot } from '../site/snapshot.ts';
import type { Dict } from '../../i18n/types.ts';
import { columnDocs } from './column-docs.ts';
import { documentPath, meetingPath, planPath, referencesPath, sourcePath } from '../urls/paths.ts';

export type Row = Record<string, string>;

/** A row of a dataset whose columns are declared `as const`: a missing or misspelt column name fails `astro check`. */
type RowOf<C extends readonly Column[]> = Record<C[number]['name'], string>;

export interface Dataset {
  /** file name without extension: /data/<id>.csv and /data/<id>.json */
  id: string;
  /** heading on the /data/ page */
  title: string;
  /** what one row is, in the dictionary's language */
  rowIs: string;
  columns: readonly Column[];
  rows: (snapshot: Snapshot) => Row[];
}

function list(values: readonly string[] | null | undefined): string {
  for (const v of values ?? [])
    if (v.includes(LIST_SEPARATOR))
      throw new Error(`a list item contains the list separator "${LIST_SEPARATOR}": ${v}`);
  return (values ?? []).join(LIST_SEPARATOR);
}

const cell = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

const { of, plans, followUps, notes, documents } = columnDocs;

const sourceColumn = <N extends string>(name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: columnDocs.source.meaning(of),
  allowed: columnDocs.source.allowed(documentPath('ks-2023-02-14-31', 'st-6'), referencesPath('id')),
});
const remarkColumn = <N extends string>(name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: columnDocs.remark.meaning(of),
  allowed: columnDocs.remark.allowed,
});
const pageColumn: Column<'page'> = { name: 'page', type: 'text', ...columnDocs.page };

export const planColumns = [
  { name: 'plan_year', type: 'heltal', ...plans.plan_year },
  { name: 'name', type: 'text', ...plans.name },
  { name: 'decided_on', type: 'text', ...plans.decided_on },
  sourceColumn('decided_on_source', of.date),
  remarkColumn('decided_on_note', of.date),
  { name: 'decided_by', type: 'text', ...plans.decided_by },
  sourceColumn('decided_by_source', of.decider),
  { name: 'measure_count', type: 'heltal', ...plans.measure_count },
  sourceColumn('measure_count_source', of.count),
  remarkColumn('measure_count_note', of.count),
  { name: 'measures_documented', type: 'heltal', ...plans.measures_documented },
  { name: 'plan_document_available', type: 'text', ...plans.plan_document_available },
  { name: 'documents', type: 'lista', ...plans.documents },
  { name: 'meetings', type: 'lista', ...plans.meetings },
  { name: 'request_hint', type: 'text', ...plans.request_hint },
  pageColumn,
] as const satisfies readonly Column[];

export function planRows(s: Pick<Snapshot, 'plans' | 'measures'>): RowOf<typeof planColumns>[] {
  return [...s.plans]
    .sort((a, b) => a.data.year - b.data.year)
    .map(({ data: p }) => ({
      plan_year: cell(p.year),
      name: p.name,
      decided_on: cell(p.decidedOn.value),
      decided_on_source: sourcePath(p.decidedOn.source),
      decided_on_note: cell(p.decidedOn.note),
      decided_by: cell(p.decidedBy.value),
      decided_by_source: sourcePath(p.decidedBy.source),
      measure_count: cell(p.measureCount.value),
      measure_count_source: sourcePath(p.measureCount.source),
      measure_count_note: cell(p.measureCount.note),
      measures_documented: cell(s.measures.filter((m) => m.data.years.some((y) => y.year === p.year)).length),
      plan_document_available: cell(p.planDocumentAvailable),
      documents: list(p.documents),
      meetings: list(p.meetings),
      request_hint: p.requestHint,
      page: planPath(p.year),
    }));
}

export const followUpColumns = [
  { name: 'plan_year', type: 'heltal', ...followUps.plan_year },
  { name: 'status', type: 'id', ...followUps.status, allowed: statusIds },
  {
    name: 'status_label',
    type: 'text',
    ...followUps.status_label,
    allowed: (v: Vocabularies) =>
      statusesInOrder(v)
        .map((s) => s.data.label)
        .join(', '),
  },
  { name: 'count', type: 'heltal', ...followUps.count },
  { name: 'total', type: 'heltal', ...followUps.total },
  sourceColumn('counts_source', of.counts),
  { name: 'reported_on', type: 'text', ...followUps.reported_on },
  sourceColumn('reported_on_source', of.date),
  sourceColumn('reported_in', of.followUp),
  pageColumn,
] as const satisfies readonly Column[];

/** One row per follow-up and status word; a count no source gives stays empty. */
export function followUpRows(s: Pick<Snapshot, 'followUps' | 'statuses'>): RowOf<typeof followUpColumns>[] {
  const statuses = statusesInOrder(s);
  return [...s.followUps]
    .sort((a, b) => a.data.planYear - b.data.planYear)
    .flatMap(({ data: f }) =>
      statuses.map((st) => ({
        plan_year: cell(f.planYear),
        status: st.id,
        status_label: st.data.label,
        count: cell(f.counts?.[st.id]),
        total: cell(f.total),
        counts_source: sourcePath(f.countsSource),
        reported_on: cell(f.reportedOn.value),
        reported_on_source: sourcePath(f.reportedOn.source),
        reported_in: sourcePath(f.reportedIn),
        page: planPath(f.planYear, 'uppfoljning'),
      })),
    );
}

export const noteColumns = [
  {
    name: 'meeting_id',
    type: 'id',
    meaning: notes.meeting_id.meaning(meetingPath('<id>')),
    allowed: notes.meeting_id.allowed,
  },
  { name: 'meeting_date', type: 'text', ...notes.meeting_date },
  { name: 'body', type: 'text', ...notes.body },
  { name: 'paragraph', type: 'heltal', ...notes.paragraph },
  { name: 'diary_number', type: 'text', ...notes.diary_number },
  { name: 'note_id', type: 'id', ...notes.note_id },
  { name: 'party', type: 'id', ...notes.party },
  { name: 'party_name', type: 'text', ...notes.party_name },
  { name: 'author', type: 'text', ...notes.author },
  { name: 'summary', type: 'text', ...notes.summary },
  { name: 'quotes', type: 'lista', ...notes.quotes },
  { name: 'measures', type: 'lista', ...notes.measures },
  { name: 'topics', type: 'lista', ...notes.topics },
  {
    name: 'districts',
    type: 'lista',
    meaning: notes.districts.meaning,
    allowed: (v: Vocabularies) => notes.districts.allowed(districtIds(v), LIST_SEPARATOR),
  },
  sourceColumn('source', of.note),
  pageColumn,
] as const satisfies readonly Column[];

export function noteRows(s: Pick<Snapshot, 'meetings' | 'parties'>): RowOf<typeof noteColumns>[] {
  const meetings = [...s.meetings].sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.data.paragraph - b.data.paragraph,
  );
  return meetings.flatMap(({ id, data: m }) =>
    m.items.flatMap((item) =>
      item.kind !== 'note'
        ? []
        : [
            {
              meeting_id: id,
              meeting_date: m.date,
              body: m.body,
              paragraph: cell(m.paragraph),
              diary_number: cell(m.diaryNumber),
              note_id: item.id,
              party: item.party,
              party_name: cell(s.parties.find((p) => p.id === item.party)?.data.name),
              author: item.author,
              summary: item.summary,
              quotes: list(item.quotes.map((q) => q.text)),
              measures: list(item.measures.map((n) => n.measure)),
              topics: list(item.topics),
              districts: list(item.districts),
              source: sourcePath(item.source),
              page: meetingPath(id, item.id),
            },
          ],
    ),
  );
}

export const documentColumns = [
  {
    name: 'document_id',
    type: 'id',
    meaning: documents.document_id.meaning(documentPath('<id>')),
    allowed: documents.document_id.allowed,
  },
  { name: 'title', type: 'text', ...documents.title },
  { name: 'short', type: 'text', ...documents.short },
  { name: 'kind', type: 'id', ...documents.kind, allowed: documentKinds.join(', ') },
  { name: 'date', type: 'text', ...documents.date },
  { name: 'date_note', type: 'text', ...documents.date_note },
  { name: 'issuer', type: 'text', ...documents.issuer },
  { name: 'recipient', type: 'text', ...documents.recipient },
  { name: 'diary_number', type: 'text', ...documents.diary_number },
  { name: 'url', type: 'text', ...documents.url },
  { name: 'origin', type: 'text', ...documents.origin },
  { name: 'draft', type: 'text', ...documents.draft },
  { name: 'summary', type: 'text', ...documents.summary },
  pageColumn,
] as const satisfies readonly Column[];

export function documentRows(s: Pick<Snapshot, 'documents'>): RowOf<typeof documentColumns>[] {
  return [...s.documents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data: d }) => ({
      document_id: id,
      title: d.title,
      short: d.short,
      kind: d.kind,
      date: cell(d.date),
      date_note: cell(d.dateNote),
      issuer: d.issuer,
      recipient: cell(d.recipient),
      diary_number: cell(d.diaryNumber),
      url: cell(d.url),
      origin: d.origin,
      draft: cell(d.draft),
      summary: d.summary,
      page: documentPath(id),
    }));
}

/**
 * The datasets, named in a language: the /data/ page passes its own dictionary, the files (CSV,
 * JSON) are Swedish (`datasetsIn(sv)`). The columns' documentation is Swedish in every language
 * (column-docs.ts; the measures' and events' beside their rows, measure/rows.ts, event-rows.ts).
 */
export function datasetsIn(t: Dict): Dataset[] {
  const { titles, rowIs } = t.data.datasets;
  return [
    {
      id: 'measures',
      title: titles.measures,
      rowIs: rowIs.measures,
      columns: measureColumns,
      rows: (s) => measureRows(s),
    },
    { id: 'plans', title: titles.plans, rowIs: rowIs.plans, columns: planColumns, rows: planRows },
    {
      id: 'follow-ups',
      title: titles['follow-ups'],
      rowIs: rowIs['follow-ups'],
      columns: followUpColumns,
      rows: followUpRows,
    },
    { id: 'notes', title: titles.notes, rowIs: rowIs.notes, columns: noteColumns, rows: noteRows },
    {
      id: 'documents',
      title: titles.documents,
      rowIs: rowIs.documents,
      columns: documentColumns,
      rows: documentRows,
    },
    { ...eventDataset, title: titles.events, rowIs: rowIs.events },
    { ...indicatorDataset, title: t.indicators.data.title, rowIs: t.indicators.data.rowIs },
    { ...decisionDataset, title: titles.decisions, rowIs: rowIs.decisions },
  ];
}

/** The CSV format: Swedish Excel opens it directly (UTF-8 with BOM, semicolons, CRLF). */
export const CSV_FORMAT = { delimiter: ';', bom: true, recordDelimiter: '\r\n' } as const;

export function toCsv(columns: readonly Column[], rows: Row[]): string {
  // Cells a spreadsheet would run as formulas get a leading apostrophe (see csv-safe.ts).
  return stringify(rows.map(csvSafeRow), {
    header: true,
    columns: columns.map((c) => ({ key: c.name, header: c.name })),
    delimiter: CSV_FORMAT.delimiter,
    bom: CSV_FORMAT.bom,
    record_delimiter: CSV_FORMAT.recordDelimiter,
  });
}

export type JsonValue = string | number | string[] | null;

/** A row with JSON types: an empty cell is null (as in the CSV: unknown or none), integers are numbers, lists arrays. */
export function toJsonRow(columns: readonly Column[], row: Row): Record<string, JsonValue> {
  return Object.fromEntries(
    columns.map((c) => {
      const v = row[c.name] ?? '';
      if (v === '') return [c.name, null];
      if (c.type === 'heltal' || c.decimal) return [c.name, Number(v)];
      if (c.type === 'lista') return [c.name, v.split(LIST_SEPARATOR)];
      return [c.name, v];
    }),
  );
}

/** The JSON file: its column documentation spells out the allowed values from the vocabularies. */
export function toJson(
  dataset: Pick<Dataset, 'id' | 'title' | 'rowIs' | 'columns'>,
  rows: Row[],
  terms: string,
  vocabularies: Vocabularies,
): string {
  const doc = {
    dataset: dataset.id,
    title: dataset.title,
    row: dataset.rowIs,
    terms,
    columns: describeColumns(dataset.columns, vocabularies),
    rows: rows.map((r) => toJsonRow(dataset.columns, r)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
