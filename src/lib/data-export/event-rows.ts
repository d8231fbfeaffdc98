/**
 * The `events` open dataset: one row per dated event of a measure (decision,
 * report, news, claim), with its kind, who decided or who says it, and how
 * sure the tie to the measure is when the source does not name the measure.
 * Same conventions as the other /data/ files (export.ts): empty cell =
 * unknown or none, lists with "|", sources as site paths. Kept in its own
 * file so the dataset is one entry in export.ts's list.
 */
import { eventAnchor } from '../urls/anchors.ts';
import type { Column } from '../measure/rows.ts';
import { measurePath, sourcePath } from '../urls/paths.ts';
import type { Snapshot } from '../site/snapshot.ts';

type Row = Record<string, string>;

export const eventColumns: Column[] = [
  {
    name: 'measure_id',
    type: 'id',
    meaning: 'Åtgärden som händelsen gäller (measure_id i measures.csv)',
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  {
    name: 'event_id',
    type: 'id',
    meaning: 'Händelsens ankare på åtgärdens sida',
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  {
    name: 'date',
    type: 'text',
    meaning: 'När det hände, så exakt som källan anger',
    allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ',
  },
  {
    name: 'kind',
    type: 'id',
    meaning:
      'Slags uppgift: ett organ beslutade, kommunen berättar vad som gjorts, en tidning rapporterar, eller någon påstår något',
    allowed: 'decision, report, news eller claim',
  },
  {
    name: 'text',
    type: 'text',
    meaning: 'Vad som hände, med Insyns ord; aldrig mer än källan säger',
    allowed: 'text',
  },
  {
    name: 'body',
    type: 'text',
    meaning: 'Organet som beslutade (bara för decision)',
    allowed: 'text; tomt för andra slag',
  },
  {
    name: 'diary_number',
    type: 'text',
    meaning: 'Beslutets diarienummer',
    allowed: 'text; tomt = källan anger inget',
  },
  {
    name: 'attribution',
    type: 'text',
    meaning: 'Vem som säger det (alltid för claim): ett påstående är deras, inte en fastställd uppgift',
    allowed: 'text; tomt när uppgiften inte tillskrivs någon',
  },
  {
    name: 'link_confidence',
    type: 'text',
    meaning: 'Hur säker kopplingen till åtgärden är när källan inte nämner åtgärden (Insyns slutsats)',
    allowed: 'medium (troligen), low (möjligen); tomt = källan nämner åtgärden',
  },
  {
    name: 'link_reason',
    type: 'text',
    meaning: 'Varför Insyn kopplar händelsen till åtgärden',
    allowed: 'text; tomt när link_confidence är tomt',
  },
  {
    name: 'source',
    type: 'text',
    meaning: 'Källan: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor',
    allowed: 'som /dokument/ks-2023-02-14-31/#st-6 eller /kallor/#id',
  },
  {
    name: 'page',
    type: 'text',
    meaning: 'Sidan på Insyn där händelsen visas med sin källa',
    allowed: 'en sökväg som börjar med /',
  },
];

/** One row per event, sorted by date, then measure, then the event's place in its measure. */
export function eventRows(s: Pick<Snapshot, 'measures'>): Row[] {
  const rows = s.measures.flatMap((m) =>
    m.data.events.map((e, i) => ({
      order: i,
      row: {
        measure_id: m.id,
        event_id: eventAnchor(e, i),
        date: e.date,
        kind: e.kind,
        text: e.text,
        body: e.body ?? '',
        diary_number: e.diaryNumber ?? '',
        attribution: e.attribution ?? '',
        link_confidence: e.link?.confidence ?? '',
        link_reason: e.link?.reason ?? '',
        source: sourcePath(e.source),
        page: measurePath(m.id, eventAnchor(e, i)),
      },
    })),
  );
  return rows
    .sort(
      (a, b) =>
        a.row.date.localeCompare(b.row.date) ||
        a.row.measure_id.localeCompare(b.row.measure_id) ||
        a.order - b.order,
    )
    .map((r) => r.row);
}

export const eventDataset = {
  id: 'events',
  title: 'Händelser',
  rowIs: 'en händelse i en åtgärds historia (beslut, kommunens uppgift, nyhet eller påstående)',
  columns: eventColumns,
  rows: eventRows,
};
