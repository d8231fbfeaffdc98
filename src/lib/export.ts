/**
 * The /data/ downloads: every dataset as rows of strings (one CSV cell each),
 * with its columns documented once here and rendered on the /data/ page.
 * Measures use the shared contract in measure-rows.ts (the importer reads it);
 * plans, follow-up counts, protocol notes and documents are defined here.
 * Pure: the endpoints pass the build's Snapshot, tests pass loadContent()'s.
 */
import { stringify } from 'csv-stringify/sync';
import { documentKinds } from '../schemas/documents.ts';
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
} from './measure-rows.ts';
import { eventDataset } from './event-rows.ts';
import type { Snapshot } from './snapshot.ts';
import { documentPath, meetingPath, planPath, referencesPath, sourcePath } from './paths.ts';

export type Row = Record<string, string>;

/** A row of a dataset whose columns are declared `as const`: a missing or misspelt column name fails `astro check`. */
type RowOf<C extends readonly Column[]> = Record<C[number]['name'], string>;

export interface Dataset {
  /** file name without extension: /data/<id>.csv and /data/<id>.json */
  id: string;
  /** heading on the /data/ page */
  title: string;
  /** what one row is, in Swedish */
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

const sourceColumn = <N extends string>(name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: `Källan till ${of}: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor`,
  allowed: `som ${documentPath('ks-2023-02-14-31', 'st-6')} eller ${referencesPath('id')}; tomt när värdet är okänt`,
});
const noteColumn = <N extends string>(name: N, of: string): Column<N> => ({
  name,
  type: 'text',
  meaning: `Insyns anmärkning om ${of}, t.ex. varför uppgiften saknas`,
  allowed: 'fri text eller tomt',
});
const pageColumn: Column<'page'> = {
  name: 'page',
  type: 'text',
  meaning: 'Sidan på Insyn där uppgiften visas med sina källor',
  allowed: 'en sökväg som börjar med /',
};

export const planColumns = [
  { name: 'plan_year', type: 'heltal', meaning: 'Planens år', allowed: 't.ex. 2023' },
  { name: 'name', type: 'text', meaning: 'Planens namn som källorna kallar den', allowed: 'text' },
  {
    name: 'decided_on',
    type: 'text',
    meaning: 'Dag då planen fastställdes',
    allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ så exakt som källan anger; tomt = ingen källa anger datum',
  },
  sourceColumn('decided_on_source', 'datumet'),
  noteColumn('decided_on_note', 'datumet'),
  { name: 'decided_by', type: 'text', meaning: 'Vem som fastställde planen', allowed: 'text; tomt = okänt' },
  sourceColumn('decided_by_source', 'beslutsfattaren'),
  {
    name: 'measure_count',
    type: 'heltal',
    meaning: 'Antal åtgärder i planen enligt källan',
    allowed: 'heltal; tomt = ingen källa anger antalet',
  },
  sourceColumn('measure_count_source', 'antalet'),
  noteColumn('measure_count_note', 'antalet'),
  {
    name: 'measures_documented',
    type: 'heltal',
    meaning: 'Antal av planens åtgärder som finns beskrivna hos Insyn (rader i measures.csv för året)',
    allowed: 'heltal, 0 eller mer',
  },
  {
    name: 'plan_document_available',
    type: 'text',
    meaning: 'Om Insyn har själva plandokumentet med listan över åtgärder',
    allowed: 'true eller false',
  },
  {
    name: 'documents',
    type: 'lista',
    meaning: 'Källdokument om planen',
    allowed: 'id:n ur documents.csv, åtskilda med |',
  },
  {
    name: 'meetings',
    type: 'lista',
    meaning: 'Protokollsparagrafer där planen behandlades',
    allowed: 'id:n (meeting_id i notes.csv), åtskilda med |',
  },
  {
    name: 'request_hint',
    type: 'text',
    meaning: 'Vad man ska begära ut hos kommunen för att få plandokumentet',
    allowed: 'text',
  },
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
  { name: 'plan_year', type: 'heltal', meaning: 'Året för planen som följs upp', allowed: 't.ex. 2022' },
  { name: 'status', type: 'id', meaning: 'Status som raden räknar', allowed: statusIds },
  {
    name: 'status_label',
    type: 'text',
    meaning: 'Statusordet som uppföljningen skriver det',
    allowed: (v) =>
      statusesInOrder(v)
        .map((s) => s.data.label)
        .join(', '),
  },
  {
    name: 'count',
    type: 'heltal',
    meaning: 'Antal åtgärder med statusen enligt uppföljningen',
    allowed: 'heltal; tomt = ingen källa anger antalet',
  },
  {
    name: 'total',
    type: 'heltal',
    meaning: 'Antal åtgärder som uppföljningen säger att den omfattar',
    allowed: 'heltal; tomt = anges inte',
  },
  sourceColumn('counts_source', 'antalen'),
  {
    name: 'reported_on',
    type: 'text',
    meaning: 'Dag då uppföljningen godkändes eller redovisades',
    allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = okänt',
  },
  sourceColumn('reported_on_source', 'datumet'),
  sourceColumn('reported_in', 'uppföljningen (där den redovisas)'),
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
    meaning: `Protokollsparagrafens id hos Insyn (adressen ${meetingPath('<id>')})`,
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  { name: 'meeting_date', type: 'text', meaning: 'Sammanträdets datum', allowed: 'ÅÅÅÅ-MM-DD' },
  { name: 'body', type: 'text', meaning: 'Organet som sammanträdde', allowed: 't.ex. Kommunstyrelsen' },
  { name: 'paragraph', type: 'heltal', meaning: 'Paragrafnummer (§) i protokollet', allowed: 'heltal' },
  {
    name: 'diary_number',
    type: 'text',
    meaning: 'Diarienummer',
    allowed: 't.ex. KS 2020-754; tomt om protokollet inte visar något',
  },
  {
    name: 'note_id',
    type: 'id',
    meaning: 'Anteckningens id (ankare på protokollssidan)',
    allowed: 'som anteckning-v',
  },
  {
    name: 'party',
    type: 'id',
    meaning: 'Partiet som lämnade anteckningen',
    allowed: 'id ur parties.yaml, t.ex. v',
  },
  { name: 'party_name', type: 'text', meaning: 'Partiets namn', allowed: 'text' },
  {
    name: 'author',
    type: 'text',
    meaning: 'Vem som lämnade anteckningen, som protokollet skriver',
    allowed: 'text',
  },
  {
    name: 'summary',
    type: 'text',
    meaning: 'Insyns sammanfattning av anteckningen (inte partiets ord)',
    allowed: 'text',
  },
  { name: 'quotes', type: 'lista', meaning: 'Korta citat ur anteckningen', allowed: 'citat åtskilda med |' },
  {
    name: 'measures',
    type: 'lista',
    meaning: 'Åtgärder som anteckningen nämner',
    allowed: 'measure_id ur measures.csv, åtskilda med |; tomt = nämner ingen',
  },
  { name: 'topics', type: 'lista', meaning: 'Ämnen som anteckningen tar upp', allowed: 'ord åtskilda med |' },
  {
    name: 'districts',
    type: 'lista',
    meaning: 'Områden som anteckningen nämner',
    allowed: (v) => `${districtIds(v)}, åtskilda med ${LIST_SEPARATOR}; tomt = nämner inget`,
  },
  sourceColumn('source', 'anteckningen'),
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
    meaning: `Dokumentets id hos Insyn (adressen ${documentPath('<id>')})`,
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  { name: 'title', type: 'text', meaning: 'Dokumentets egen rubrik', allowed: 'text' },
  {
    name: 'short',
    type: 'text',
    meaning: 'Kort namn som Insyn använder i källhänvisningar',
    allowed: 'text',
  },
  { name: 'kind', type: 'id', meaning: 'Slags dokument', allowed: documentKinds.join(', ') },
  {
    name: 'date',
    type: 'text',
    meaning: 'Datum som dokumentet bär',
    allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = dokumentet bär inget datum',
  },
  {
    name: 'date_note',
    type: 'text',
    meaning: 'Vad som är känt om datumet när dokumentet inte bär något',
    allowed: 'fri text eller tomt',
  },
  { name: 'issuer', type: 'text', meaning: 'Vem som utfärdade dokumentet', allowed: 'text' },
  {
    name: 'diary_number',
    type: 'text',
    meaning: 'Diarienummer',
    allowed: 'text; tomt = dokumentet visar inget',
  },
  {
    name: 'url',
    type: 'text',
    meaning: 'Var originalet finns publicerat',
    allowed: 'en webbadress; tomt = okänt',
  },
  { name: 'origin', type: 'text', meaning: 'Filen som texten kopierades från', allowed: 'sökväg' },
  {
    name: 'draft',
    type: 'text',
    meaning: 'Om dokumentet säger att det är ett utkast',
    allowed: 'true eller false',
  },
  { name: 'summary', type: 'text', meaning: 'Insyns mening om vad dokumentet är', allowed: 'text' },
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
      diary_number: cell(d.diaryNumber),
      url: cell(d.url),
      origin: d.origin,
      draft: cell(d.draft),
      summary: d.summary,
      page: documentPath(id),
    }));
}

export const datasets: Dataset[] = [
  {
    id: 'measures',
    title: 'Åtgärder',
    rowIs: 'en åtgärd ett planår',
    columns: measureColumns,
    rows: (s) => measureRows(s),
  },
  { id: 'plans', title: 'Planer', rowIs: 'ett planår', columns: planColumns, rows: planRows },
  {
    id: 'follow-ups',
    title: 'Uppföljningar',
    rowIs: 'ett statusord i uppföljningen av ett planår',
    columns: followUpColumns,
    rows: followUpRows,
  },
  {
    id: 'notes',
    title: 'Protokollsanteckningar',
    rowIs: 'en protokollsanteckning',
    columns: noteColumns,
    rows: noteRows,
  },
  {
    id: 'documents',
    title: 'Dokument',
    rowIs: 'ett källdokument',
    columns: documentColumns,
    rows: documentRows,
  },
  eventDataset,
];

export const datasetById = new Map(datasets.map((d) => [d.id, d]));

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
      if (c.type === 'heltal') return [c.name, Number(v)];
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
