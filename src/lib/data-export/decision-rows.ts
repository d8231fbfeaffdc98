/**
 * The `decisions` open dataset: one row per related decision (content/decisions/), the
 * decisions, agreements and actions about the same districts that no source ties to a plan
 * measure. Each row says what the source says happened, the label and stance its source
 * allows (src/lib/sources/evidence.ts, as on the district pages), who says it, and the
 * districts the source names (empty: none, the decision may concern every district). A date
 * no source gives is an empty cell, with what is known in `date_note`. Same conventions as
 * the other /data/ files; kept in its own file so the dataset is one entry in datasets.ts.
 */
import type { Column } from '../measure/rows.ts';
import { districtIds, LIST_SEPARATOR } from '../measure/rows.ts';
import { decisionAnchor, decisionDistricts } from '../urls/anchors.ts';
import { districtPath, sourcePath } from '../urls/paths.ts';
import type { Snapshot } from '../site/snapshot.ts';
import { buildSite } from '../site/build-site.ts';
import { decisionEvidence } from '../sources/evidence.ts';
import { happenings } from '../../schemas/events.ts';
import { attributionColumn, evidenceCells, evidenceColumns, sourceColumn } from './evidence-columns.ts';

export const decisionColumns = [
  {
    name: 'decision_id',
    type: 'id',
    meaning: 'Beslutets id; ankaret på områdessidan är #beslut-<id>',
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  { name: 'title', type: 'text', meaning: 'Insyns korta rubrik', allowed: 'text' },
  {
    name: 'act',
    type: 'id',
    meaning:
      'Vad källan säger hände: ett beslut, något som gjordes, något som ska göras, en uppföljning eller en överenskommelse',
    allowed: happenings.join(', '),
  },
  ...evidenceColumns('det'),
  {
    name: 'body',
    type: 'text',
    meaning: 'Vem som beslutade eller gjorde det (för en överenskommelse: parterna), som källan anger det',
    allowed: 'text',
  },
  {
    name: 'date',
    type: 'text',
    meaning: 'När, så exakt som källan anger',
    allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = ingen källa anger det (se date_note)',
  },
  {
    name: 'date_note',
    type: 'text',
    meaning: 'Vad som är känt om datumet när källan är oklar eller saknar datum',
    allowed: 'text; tomt = inget att tillägga',
  },
  {
    name: 'diary_number',
    type: 'text',
    meaning: 'Diarienummer',
    allowed: 'text; tomt = källan anger inget',
  },
  {
    name: 'districts',
    type: 'lista',
    meaning: 'Områdena som källan nämner',
    allowed: (v) => `${districtIds(v)}; tomt = källan nämner inget område (det kan gälla alla)`,
  },
  {
    name: 'summary',
    type: 'text',
    meaning: 'Vad som hände, med Insyns ord; aldrig mer än källan säger',
    allowed: 'text',
  },
  attributionColumn,
  {
    name: 'measures',
    type: 'lista',
    meaning: 'Åtgärder med samma ämne (measure_id i measures.csv); säger inte att beslutet hör till planen',
    allowed: 'åtgärdernas id; tomt = inga',
  },
  sourceColumn,
  {
    name: 'page',
    type: 'text',
    meaning: 'Den första områdessidan där beslutet visas med sina källor',
    allowed: 'en sökväg som börjar med /',
  },
] as const satisfies readonly Column[];

type DecisionRow = Record<(typeof decisionColumns)[number]['name'], string>;

/** One row per related decision, newest first and those no source dates last, as the district pages list them. */
export function decisionRows(s: Snapshot): DecisionRow[] {
  const site = buildSite(s);
  const all = site.districts.map((d) => d.id);
  return site.decisions.map((decision) => {
    const d = decision.data;
    const { attribution, ...evidence } = evidenceCells(decisionEvidence(site, d));
    const shownOn = decisionDistricts(d, all);
    return {
      decision_id: decision.id,
      title: d.title,
      act: d.act,
      ...evidence,
      body: d.body,
      date: d.date ?? '',
      date_note: d.dateNote ?? '',
      diary_number: d.diaryNumber ?? '',
      districts: (d.districts ?? []).join(LIST_SEPARATOR),
      summary: d.summary,
      attribution,
      measures: d.measures.join(LIST_SEPARATOR),
      source: sourcePath(d.source),
      page: shownOn.length > 0 ? districtPath(shownOn[0], decisionAnchor(decision.id)) : '',
    };
  });
}

export const decisionDataset = {
  id: 'decisions',
  columns: decisionColumns,
  rows: decisionRows,
};
