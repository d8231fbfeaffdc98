/**
 * The measure table: one row per measure and plan year. It is both the
 * /data/ download (CSV/JSON) and the spreadsheet format the importer reads,
 * so an export imported again changes nothing. Columns are documented here
 * once and rendered on the /data/ page.
 */
import { statusRow } from './measures.ts';
import { measurePath } from '../urls/paths.ts';
import { confidence } from '../../schemas/keys.ts';
import { measureSchema, measureYearSchema } from '../../schemas/measures.ts';
import type { Snapshot } from '../site/snapshot.ts';

/** The content's vocabularies that some columns take their values from. */
export type Vocabularies = Pick<Snapshot, 'statuses' | 'areas' | 'districts'>;

export interface Column<Name extends string = string> {
  name: Name;
  type: 'heltal' | 'text' | 'lista' | 'id';
  /** meaning, in Swedish, shown on the /data/ page */
  meaning: string;
  /**
   * allowed values, in words. Where the values are a vocabulary of the content or
   * a schema enum, they are read from there (a function of the vocabularies), so
   * renaming a status or adding an area changes the documentation too.
   */
  allowed: string | ((v: Vocabularies) => string);
  /** a text column whose cells are decimal numbers with a point ("18.3"): a number in the JSON file */
  decimal?: true;
}

/** A column with its allowed values written out: what the /data/ page and the JSON files show. */
export interface DescribedColumn extends Column {
  allowed: string;
}

export function describeColumns(columns: readonly Column[], v: Vocabularies): DescribedColumn[] {
  return columns.map((c) => ({ ...c, allowed: typeof c.allowed === 'function' ? c.allowed(v) : c.allowed }));
}

/** The status words in the follow-ups' order. */
export const statusesInOrder = (v: Pick<Vocabularies, 'statuses'>) =>
  [...v.statuses].sort((a, b) => a.data.order - b.data.order);

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id).join(', ');
/** "a, b, c": a vocabulary's ids as the /data/ page lists them (statuses and areas in the plans' order). */
export const statusIds = (v: Vocabularies) => ids(statusesInOrder(v));
const areaIds = (v: Vocabularies) => ids([...v.areas].sort((a, b) => a.data.number - b.data.number));
export const districtIds = (v: Vocabularies) => ids(v.districts);

const titleKinds = measureSchema.shape.titleKind.unwrap().options;
const wordingKinds = measureYearSchema.shape.wordingKind.unwrap().options;

/** Lists inside one cell are separated by this character. */
export const LIST_SEPARATOR = '|';

export const measureColumns = [
  { name: 'plan_year', type: 'heltal', meaning: 'Planens år', allowed: 'ett år som har en plan, t.ex. 2023' },
  {
    name: 'number',
    type: 'text',
    meaning: 'Åtgärdens nummer i det årets plan',
    allowed: 'som 3.1; tomt när ingen källa anger nummer',
  },
  {
    name: 'measure_id',
    type: 'id',
    meaning: `Insyns stabila id för åtgärden (samma alla år, del av adressen ${measurePath('<id>')})`,
    allowed: 'gemener a–z, siffror och bindestreck; tomt vid import av en ny åtgärd',
  },
  { name: 'title', type: 'text', meaning: 'Kort titel', allowed: 'tomt när titeln är okänd' },
  {
    name: 'title_kind',
    type: 'text',
    meaning: 'Vad titeln är',
    allowed: `${titleKinds.join(', ')} eller tomt`,
  },
  { name: 'wording', type: 'text', meaning: 'Lydelsen det året enligt källan', allowed: 'tomt när okänd' },
  {
    name: 'wording_kind',
    type: 'text',
    meaning: 'Om lydelsen är citat eller Insyns sammanfattning',
    allowed: `${wordingKinds.join(', ')} eller tomt`,
  },
  {
    name: 'area',
    type: 'id',
    meaning: 'Utvecklingsområde',
    allowed: (v) => `${areaIds(v)} eller tomt (okänt)`,
  },
  {
    name: 'districts',
    type: 'lista',
    meaning: 'Områden som åtgärden gäller',
    allowed: (v) => `${districtIds(v)}, åtskilda med ${LIST_SEPARATOR}; tomt = ingen källa anger område`,
  },
  {
    name: 'responsible',
    type: 'lista',
    meaning: 'Ansvariga organisationer',
    allowed: `id:n ur organisations.yaml, åtskilda med ${LIST_SEPARATOR}; tomt = okänt`,
  },
  {
    name: 'status',
    type: 'id',
    meaning: 'Status enligt det årets uppföljning',
    allowed: (v) => `${statusIds(v)} eller tomt (okänd)`,
  },
  {
    name: 'confidence',
    type: 'text',
    meaning: 'Hur säker uppgiften är',
    allowed: confidence.options.join(', '),
  },
  {
    name: 'source_document',
    type: 'id',
    meaning: 'Källdokument där åtgärden står det året',
    allowed: 'id ur content/documents; tomt om källan är en referens',
  },
  {
    name: 'source_anchor',
    type: 'text',
    meaning: 'Stycke i källdokumentet',
    allowed: 'som st-12; tomt om okänt',
  },
  {
    name: 'source_reference',
    type: 'id',
    meaning: 'Annan källa (webbsida) när källan inte är ett dokument',
    allowed: 'id ur references.yaml eller tomt',
  },
  { name: 'comment', type: 'text', meaning: 'Att veta om årets uppgift', allowed: 'fri text eller tomt' },
] as const satisfies readonly Column[];

/** A measure row: the column names are checked, a missing or misspelt one fails `astro check`. */
export type MeasureRow = Record<(typeof measureColumns)[number]['name'], string>;

const list = (values: string[] | null) => (values ?? []).join(LIST_SEPARATOR);

/** One row per measure and plan year, sorted by year, number, id. Unknown = empty cell. */
export function measureRows(snapshot: Pick<Snapshot, 'measures' | 'followUps'>): MeasureRow[] {
  const followUpByYear = new Map(snapshot.followUps.map((f) => [f.data.planYear, f]));
  const statusOf = (id: string, year: number) => statusRow(followUpByYear.get(year), id)?.status ?? '';
  const rows = snapshot.measures.flatMap((m) =>
    m.data.years.map((y) => ({
      plan_year: String(y.year),
      number: y.number ?? '',
      measure_id: m.id,
      title: m.data.title ?? '',
      title_kind: m.data.titleKind ?? '',
      wording: y.wording ?? '',
      wording_kind: y.wordingKind ?? '',
      area: y.area ?? '',
      districts: list(y.districts),
      responsible: list(y.responsible),
      status: statusOf(m.id, y.year),
      confidence: m.data.confidence,
      source_document: y.source.document ?? '',
      source_anchor: y.source.anchor ?? '',
      source_reference: y.source.reference ?? '',
      comment: y.note ?? '',
    })),
  );
  return rows.sort(
    (a, b) =>
      a.plan_year.localeCompare(b.plan_year) ||
      (a.number || '~').localeCompare(b.number || '~', 'sv', { numeric: true }) ||
      a.measure_id.localeCompare(b.measure_id),
  );
}
