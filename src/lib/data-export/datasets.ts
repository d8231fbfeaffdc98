/**
 * The /data/ downloads: every dataset as rows of strings (one CSV cell each),
 * with its columns declared once here (their words are the dictionary's, t.dataFiles)
 * and rendered on the /data/ page.
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
import type { Snapshot } from '../site/snapshot.ts';
import type { Dict } from '../../i18n/index.ts';
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
  /** the columns' meanings and allowed values are Swedish whatever the dictionary (see datasetsIn) */
  docsInSwedish?: boolean;
}

function list(values: readonly string[] | null | undefined): string {
  for (const v of values ?? [])
    if (v.includes(LIST_SEPARATOR))
      throw new Error(`a list item contains the list separator "${LIST_SEPARATOR}": ${v}`);
  return (values ?? []).join(LIST_SEPARATOR);
}

const cell = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The dictionary's documentation of the datasets: the page's language on /data/, Swedish in the files. */
type Docs = Dict['dataFiles'];

const sourceColumn = <N extends string>(d: Pick<Docs, 'source'>, name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: d.source.meaning(of),
  allowed: d.source.allowed(documentPath('ks-2023-02-14-31', 'st-6'), referencesPath('id')),
});
const remarkColumn = <N extends string>(d: Pick<Docs, 'remark'>, name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: d.remark.meaning(of),
  allowed: d.remark.allowed,
});
const pageColumn = (d: Pick<Docs, 'page'>): Column<'page'> => ({ name: 'page', type: 'text', ...d.page });

export const planColumns = ({ plans: c, of, ...d }: Docs) =>
  [
    { name: 'plan_year', type: 'heltal', ...c.plan_year },
    { name: 'name', type: 'text', ...c.name },
    { name: 'decided_on', type: 'text', ...c.decided_on },
    sourceColumn(d, 'decided_on_source', of.date),
    remarkColumn(d, 'decided_on_note', of.date),
    { name: 'decided_by', type: 'text', ...c.decided_by },
    sourceColumn(d, 'decided_by_source', of.decider),
    { name: 'measure_count', type: 'heltal', ...c.measure_count },
    sourceColumn(d, 'measure_count_source', of.count),
    remarkColumn(d, 'measure_count_note', of.count),
    { name: 'measures_documented', type: 'heltal', ...c.measures_documented },
    { name: 'plan_document_available', type: 'text', ...c.plan_document_available },
    { name: 'documents', type: 'lista', ...c.documents },
    { name: 'meetings', type: 'lista', ...c.meetings },
    { name: 'request_hint', type: 'text', ...c.request_hint },
    pageColumn(d),
  ] as const satisfies readonly Column[];

export function planRows(s: Pick<Snapshot, 'plans' | 'measures'>): RowOf<ReturnType<typeof planColumns>>[] {
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

export const followUpColumns = ({ followUps: c, of, ...d }: Docs) =>
  [
    { name: 'plan_year', type: 'heltal', ...c.plan_year },
    { name: 'status', type: 'id', ...c.status, allowed: statusIds },
    {
      name: 'status_label',
      type: 'text',
      ...c.status_label,
      allowed: (v: Vocabularies) =>
        statusesInOrder(v)
          .map((s) => s.data.label)
          .join(', '),
    },
    { name: 'count', type: 'heltal', ...c.count },
    { name: 'total', type: 'heltal', ...c.total },
    sourceColumn(d, 'counts_source', of.counts),
    { name: 'reported_on', type: 'text', ...c.reported_on },
    sourceColumn(d, 'reported_on_source', of.date),
    sourceColumn(d, 'reported_in', of.followUp),
    pageColumn(d),
  ] as const satisfies readonly Column[];

/** One row per follow-up and status word; a count no source gives stays empty. */
export function followUpRows(
  s: Pick<Snapshot, 'followUps' | 'statuses'>,
): RowOf<ReturnType<typeof followUpColumns>>[] {
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

export const noteColumns = ({ notes: c, of, ...d }: Docs) =>
  [
    {
      name: 'meeting_id',
      type: 'id',
      meaning: c.meeting_id.meaning(meetingPath('<id>')),
      allowed: c.meeting_id.allowed,
    },
    { name: 'meeting_date', type: 'text', ...c.meeting_date },
    { name: 'body', type: 'text', ...c.body },
    { name: 'paragraph', type: 'heltal', ...c.paragraph },
    { name: 'diary_number', type: 'text', ...c.diary_number },
    { name: 'note_id', type: 'id', ...c.note_id },
    { name: 'party', type: 'id', ...c.party },
    { name: 'party_name', type: 'text', ...c.party_name },
    { name: 'author', type: 'text', ...c.author },
    { name: 'summary', type: 'text', ...c.summary },
    { name: 'quotes', type: 'lista', ...c.quotes },
    { name: 'measures', type: 'lista', ...c.measures },
    { name: 'topics', type: 'lista', ...c.topics },
    {
      name: 'districts',
      type: 'lista',
      meaning: c.districts.meaning,
      allowed: (v: Vocabularies) => c.districts.allowed(districtIds(v), LIST_SEPARATOR),
    },
    sourceColumn(d, 'source', of.note),
    pageColumn(d),
  ] as const satisfies readonly Column[];

export function noteRows(s: Pick<Snapshot, 'meetings' | 'parties'>): RowOf<ReturnType<typeof noteColumns>>[] {
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

export const documentColumns = ({ documents: c, ...d }: Docs) =>
  [
    {
      name: 'document_id',
      type: 'id',
      meaning: c.document_id.meaning(documentPath('<id>')),
      allowed: c.document_id.allowed,
    },
    { name: 'title', type: 'text', ...c.title },
    { name: 'short', type: 'text', ...c.short },
    { name: 'kind', type: 'id', ...c.kind, allowed: documentKinds.join(', ') },
    { name: 'date', type: 'text', ...c.date },
    { name: 'date_note', type: 'text', ...c.date_note },
    { name: 'issuer', type: 'text', ...c.issuer },
    { name: 'diary_number', type: 'text', ...c.diary_number },
    { name: 'url', type: 'text', ...c.url },
    { name: 'origin', type: 'text', ...c.origin },
    { name: 'draft', type: 'text', ...c.draft },
    { name: 'summary', type: 'text', ...c.summary },
    pageColumn(d),
  ] as const satisfies readonly Column[];

export function documentRows(s: Pick<Snapshot, 'documents'>): RowOf<ReturnType<typeof documentColumns>>[] {
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
      diary_number: cell(d.diaryNumber),
      url: cell(d.url),
      origin: d.origin,
      draft: cell(d.draft),
      summary: d.summary,
      page: documentPath(id),
    }));
}

/**
 * The datasets with their documentation in a language: the /data/ page passes its own
 * dictionary, the files (CSV, JSON) are Swedish (`datasetsIn(sv)`). The measures' and the
 * events' columns are documented beside their rows (measure-rows.ts, event-rows.ts), in
 * Swedish, so their documentation is marked as such (`docsInSwedish`).
 */
export function datasetsIn(t: Dict): Dataset[] {
  const d = t.dataFiles;
  return [
    {
      id: 'measures',
      title: d.titles.measures,
      rowIs: d.rowIs.measures,
      columns: measureColumns,
      rows: (s) => measureRows(s),
      docsInSwedish: true,
    },
    { id: 'plans', title: d.titles.plans, rowIs: d.rowIs.plans, columns: planColumns(d), rows: planRows },
    {
      id: 'follow-ups',
      title: d.titles['follow-ups'],
      rowIs: d.rowIs['follow-ups'],
      columns: followUpColumns(d),
      rows: followUpRows,
    },
    { id: 'notes', title: d.titles.notes, rowIs: d.rowIs.notes, columns: noteColumns(d), rows: noteRows },
    {
      id: 'documents',
      title: d.titles.documents,
      rowIs: d.rowIs.documents,
      columns: documentColumns(d),
      rows: documentRows,
    },
    { ...eventDataset, title: d.titles.events, rowIs: d.rowIs.events, docsInSwedish: true },
    {
      ...indicatorDataset,
      title: t.indicators.data.title,
      rowIs: t.indicators.data.rowIs,
      docsInSwedish: true,
    },
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
