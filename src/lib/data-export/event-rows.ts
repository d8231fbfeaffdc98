/**
 * The `events` open dataset: one row per dated event of a measure, with what the
 * source says happened, the label and stance its source allows (derived by
 * src/lib/sources/evidence.ts, as on the pages), who says it, and how sure the
 * tie to the measure is when the source does not name the measure.
 * Same conventions as the other /data/ files (export.ts): empty cell =
 * unknown or none, lists with "|", sources as site paths. Kept in its own
 * file so the dataset is one entry in export.ts's list.
 */
import { eventAnchor } from '../urls/anchors.ts';
import type { Column } from '../measure/rows.ts';
import { measurePath, sourcePath } from '../urls/paths.ts';
import type { Snapshot } from '../site/snapshot.ts';
import { buildSite } from '../site/build-site.ts';
import { eventEvidence } from '../sources/evidence.ts';
import { happenings } from '../../schemas/events.ts';
import { attributionColumn, evidenceCells, evidenceColumns, sourceColumn } from './evidence-columns.ts';

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
    name: 'date_note',
    type: 'text',
    meaning: 'Vad som är känt om datumet när källan är oklar, till exempel en sida utan eget datum',
    allowed: 'text; tomt = inget att tillägga',
  },
  {
    name: 'what',
    type: 'id',
    meaning:
      'Vad källan säger hände: ett beslut, något som gjordes, något som ska göras, en uppföljning eller en överenskommelse',
    allowed: happenings.join(', '),
  },
  ...evidenceColumns('händelsen'),
  {
    name: 'text',
    type: 'text',
    meaning: 'Vad som hände, med Insyns ord; aldrig mer än källan säger',
    allowed: 'text',
  },
  {
    name: 'body',
    type: 'text',
    meaning: 'Organet som beslutade, som källan anger det (bara när what är decision)',
    allowed: 'text; tomt för annat',
  },
  {
    name: 'diary_number',
    type: 'text',
    meaning: 'Beslutets diarienummer',
    allowed: 'text; tomt = källan anger inget',
  },
  attributionColumn,
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
  sourceColumn,
  {
    name: 'page',
    type: 'text',
    meaning: 'Sidan på Insyn där händelsen visas med sin källa',
    allowed: 'en sökväg som börjar med /',
  },
];

/** One row per event, sorted by date, then measure, then the event's place in its measure. */
export function eventRows(s: Snapshot): Row[] {
  const site = buildSite(s);
  const rows = s.measures.flatMap((m) =>
    m.data.events.map((e, i) => {
      const { attribution, ...evidence } = evidenceCells(eventEvidence(site, e));
      return {
        order: i,
        row: {
          measure_id: m.id,
          event_id: eventAnchor(e, i),
          date: e.date,
          date_note: e.dateNote ?? '',
          what: e.what,
          ...evidence,
          text: e.text,
          body: e.body ?? '',
          diary_number: e.diaryNumber ?? '',
          attribution,
          link_confidence: e.link?.confidence ?? '',
          link_reason: e.link?.reason ?? '',
          source: sourcePath(e.source),
          page: measurePath(m.id, eventAnchor(e, i)),
        },
      };
    }),
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
  rowIs:
    'en händelse i en åtgärds historia (ett beslut, något som gjordes eller ska göras, en uppföljning), med källans slag',
  columns: eventColumns,
  rows: eventRows,
};
