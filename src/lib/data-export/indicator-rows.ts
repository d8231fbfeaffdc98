/**
 * The `indicators` open dataset: one row per figure of a district indicator series (and one
 * per change a source states in words), with everything that makes figures comparable
 * repeated on each row (series, area unit, base, unit, publisher), so a row read alone never
 * mixes two measures. How sure a figure may be and whose it is are derived from its source's
 * kind, as on the pages (figureEvidence, src/lib/sources/evidence.ts). Same conventions as the
 * other /data/ files: empty cell = unknown or none, sources as site paths; decimal numbers with
 * a point, numbers in the JSON file; no negative numbers (a cell starting with "-" is written
 * as text, see csv-safe.ts).
 */
import { areaUnits, indicatorTopics } from '../../schemas/indicators.ts';
import { sourceKinds } from '../../schemas/source-kinds.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { districtIds, type Column } from '../measure/rows.ts';
import { districtPath, districtStatisticsPath, sourcePath } from '../urls/paths.ts';
import { seriesAnchor } from '../urls/anchors.ts';
import { sortSeries, tableRows } from '../statistics/indicators.ts';
import { buildSite } from '../site/build-site.ts';
import { figureEvidence, sayer } from '../sources/evidence.ts';
import type { Snapshot } from '../site/snapshot.ts';
import { sv } from '../../i18n/sv/index.ts';

type Row = Record<string, string>;

const decimal = (name: string, meaning: string, allowed: string): Column => ({
  name,
  type: 'text',
  meaning,
  allowed: `tal med punkt som decimaltecken, t.ex. 18.3${allowed ? `; ${allowed}` : ''}`,
  decimal: true,
});

export const indicatorColumns: Column[] = [
  {
    name: 'series_id',
    type: 'id',
    meaning: 'Serien: ett mått, mätt på ett sätt (filen content/indicators/<series_id>.yaml)',
    allowed: 'gemener a–z, siffror och bindestreck',
  },
  { name: 'series_title', type: 'text', meaning: 'Vad serien mäter, kort', allowed: 'text' },
  {
    name: 'topic',
    type: 'id',
    meaning: 'Ämnet som serien visas under',
    allowed: indicatorTopics.join(', '),
  },
  {
    name: 'area_unit',
    type: 'id',
    meaning: 'Vilket slags område serien räknar i; siffror i olika slags områden är olika serier',
    allowed: areaUnits.join(', '),
  },
  {
    name: 'base',
    type: 'text',
    meaning: 'Vad en andel är en andel av',
    allowed: 'text; tomt = källan säger inte, eller serien är inte en andel',
  },
  { name: 'unit', type: 'id', meaning: 'Enheten för värdena', allowed: 'procent, personer eller invånare' },
  {
    name: 'publisher',
    type: 'text',
    meaning: 'Vem som anger siffrorna, så som källorna säger',
    allowed: 'text',
  },
  {
    name: 'kind',
    type: 'id',
    meaning:
      'figure = en siffra för ett område och en tidpunkt; change = en förändring som källan anger i ord',
    allowed: 'figure eller change',
  },
  {
    name: 'district',
    type: 'id',
    meaning: 'Området på Insyn där raden visas',
    allowed: (v) => `${districtIds(v)}; tomt = ingen källa placerar området i något av dem`,
  },
  { name: 'area', type: 'text', meaning: 'Området så som källan namnger det', allowed: 'text' },
  {
    name: 'period_from',
    type: 'text',
    meaning: 'För en förändring: året eller månaden den räknas från',
    allowed: 'ÅÅÅÅ eller ÅÅÅÅ-MM; tomt för figure',
  },
  {
    name: 'period',
    type: 'text',
    meaning: 'Året eller månaden siffran gäller (för en förändring: till), så som källan anger det',
    allowed: 'ÅÅÅÅ eller ÅÅÅÅ-MM; tomt = källan anger inte året (se period_note)',
  },
  {
    name: 'period_note',
    type: 'text',
    meaning: 'Varför året saknas: vad källan säger och inte säger',
    allowed: 'text; tomt när period finns',
  },
  decimal(
    'value',
    'Siffran; för change hur mycket den ändrades (utan tecken, se direction)',
    'tomt när källan ger ett spann',
  ),
  {
    name: 'direction',
    type: 'id',
    meaning:
      'För en förändring: om siffran ökade eller minskade (ett minustecken skulle läsas som en formel i ett kalkylprogram)',
    allowed: 'rose eller fell; tomt för figure',
  },
  decimal('range_min', 'Spannets lägsta värde, när källan ger ett spann', 'annars tomt'),
  decimal('range_max', 'Spannets högsta värde', 'annars tomt'),
  {
    name: 'qualifier',
    type: 'id',
    meaning: 'Hur källan avrundar: about = cirka, just-under = knappt, just-over = drygt',
    allowed: 'about, just-under, just-over; tomt = exakt som källan skriver',
  },
  decimal('municipality_value', 'Hela Linköpings värde i samma mått och tid', 'tomt = ingen källa anger det'),
  {
    name: 'municipality_source',
    type: 'text',
    meaning: 'Källan till hela Linköpings värde, när det är en annan än radens',
    allowed: 'en sökväg som /kallor/#id; tomt = samma som source',
  },
  {
    name: 'source',
    type: 'text',
    meaning: 'Källan: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor',
    allowed: 'som /dokument/ks-2023-02-14-31/#st-35 eller /kallor/#id',
  },
  {
    name: 'source_words',
    type: 'text',
    meaning: 'Källans egna ord om siffran, där Insyn har läst dem',
    allowed: 'text på källans språk; tomt = Insyn har inte källans ord',
  },
  { name: 'note', type: 'text', meaning: 'Vad en läsare behöver veta om raden', allowed: 'text eller tomt' },
  {
    name: 'confidence',
    type: 'id',
    meaning:
      'Hur säker siffran är, härlett ur källans slag: high = officiell statistik, kommunens egen handling eller nyhet; medium = en myndighet som för vidare andras siffror eller ett parti som återger planen; low = nyheter och andrahandskällor',
    allowed: 'high, medium, low',
  },
  {
    name: 'stance',
    type: 'id',
    meaning:
      'stated: källan får ange siffran som fakta (officiell statistik, kommunens egen handling eller nyhet); attributed: det är källans uppgift och visas som den',
    allowed: 'stated, attributed',
  },
  {
    name: 'source_kind',
    type: 'id',
    meaning: 'Vilket slags källa siffran vilar på',
    allowed: sourceKinds.join(', '),
  },
  {
    name: 'attribution',
    type: 'text',
    meaning: 'Vem som säger det, härlett ur källan; tomt när källan får ange siffran som fakta',
    allowed: 'text; tomt när stance är stated',
  },
  {
    name: 'page',
    type: 'text',
    meaning: 'Sidan på Insyn där siffran visas med sin källa',
    allowed: 'en sökväg som börjar med /',
  },
];

const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** One row per figure (in the pages' order) and per stated change, series by series. */
export function indicatorRows(s: Snapshot): Row[] {
  const site = buildSite(s);
  // The data files are Swedish, as the sources: who says it in the Swedish words.
  const trust = (source: SourceRef) => {
    const e = figureEvidence(site, [source]);
    return {
      confidence: e.ceiling,
      stance: e.stance,
      source_kind: e.by.kind,
      attribution: e.stance === 'attributed' ? sayer(e, sv, (x) => x) : '',
    };
  };
  return sortSeries(s.indicators ?? []).flatMap(({ id, data: d }) => {
    const common = {
      series_id: id,
      series_title: d.title,
      topic: d.topic,
      area_unit: d.areaUnit,
      base: cell(d.base),
      unit: d.unit,
      publisher: d.publisher,
    };
    const page = (district: string | null) =>
      district ? districtPath(district, seriesAnchor(id)) : `${districtStatisticsPath()}#${seriesAnchor(id)}`;
    const figures = tableRows(d.points).map((p) => ({
      ...common,
      kind: 'figure',
      district: cell(p.district),
      area: p.area,
      period_from: '',
      period: cell(p.period),
      period_note: cell(p.periodNote),
      value: cell(p.value),
      direction: '',
      range_min: cell(p.range?.min),
      range_max: cell(p.range?.max),
      qualifier: cell(p.qualifier),
      municipality_value: cell(p.municipality?.value),
      municipality_source: p.municipality?.source ? sourcePath(p.municipality.source) : '',
      source: sourcePath(p.source),
      source_words: cell(p.sourceWords),
      note: cell(p.note),
      ...trust(p.source),
      page: page(p.district),
    }));
    const changes = d.changes.map((c) => ({
      ...common,
      kind: 'change',
      district: cell(c.district),
      area: c.area,
      period_from: c.from,
      period: c.to,
      period_note: '',
      value: cell(Math.abs(c.value)),
      direction: c.value < 0 ? 'fell' : 'rose',
      range_min: '',
      range_max: '',
      qualifier: '',
      municipality_value: '',
      municipality_source: '',
      source: sourcePath(c.source),
      source_words: cell(c.sourceWords),
      note: '',
      ...trust(c.source),
      page: page(c.district),
    }));
    return [...figures, ...changes];
  });
}

export const indicatorDataset = {
  id: 'indicators',
  columns: indicatorColumns,
  rows: indicatorRows,
};
