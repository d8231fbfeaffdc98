/**
 * Counts behind the charts: follow-up status per plan year (as the sources
 * state it and as computed from per-measure statuses), status per development
 * area and per responsible organisation, measures per district, and the 2018
 * grant application's financing intervals. Pure: unknown stays unknown, never
 * guessed, and every count keeps what it rests on so tables can link to it.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import { districtsOf, statusOf } from '../measure/measures.ts';
import type { Site } from '../site/build-site.ts';

/** The key charts and tables use for "no source gives a status". */
export const UNKNOWN_STATUS = 'okand';

export interface StatusCount {
  status: string;
  count: number;
}

/** One way of counting a plan year's statuses. */
export interface StatusBasis {
  /** known statuses, in status order */
  counts: StatusCount[];
  /** sum of the known counts */
  known: number;
  /** total minus known; null when the total is unknown */
  unknown: number | null;
  /** where the counts are stated (the follow-up's counts, or every per-measure status) */
  sources: SourceRef[];
}

export type Conflict =
  /** the per-measure statuses count more of a status than the follow-up states, or all are known and differ */
  | { kind: 'status'; status: string; stated: number; computed: number }
  /** the stated counts do not add up to the stated total */
  | { kind: 'sum'; sum: number; total: number };

export interface YearStatus {
  year: number;
  /** measures in the plan: the plan's stated count, else the follow-up's total; null when no source says */
  total: number | null;
  totalSource?: SourceRef;
  /** the year-level counts a follow-up gives; null when none */
  stated: StatusBasis | null;
  /** the same computed from per-measure statuses; null when no measure has one */
  computed: StatusBasis | null;
  /** disagreements between the two (or within the stated counts); shown as a warning */
  conflicts: Conflict[];
}

function basis(
  site: Site,
  counts: Record<string, number>,
  total: number | null,
  sources: SourceRef[],
): StatusBasis {
  const ordered = site.statuses.map((s) => ({ status: s.id, count: counts[s.id] ?? 0 }));
  const known = ordered.reduce((sum, c) => sum + c.count, 0);
  return { counts: ordered, known, unknown: total === null ? null : Math.max(0, total - known), sources };
}

function conflictsOf(
  stated: StatusBasis | null,
  computed: StatusBasis | null,
  total: number | null,
): Conflict[] {
  const conflicts: Conflict[] = [];
  if (stated && total !== null && stated.known !== total)
    conflicts.push({ kind: 'sum', sum: stated.known, total });
  if (!stated || !computed) return conflicts;
  // Per-measure statuses may cover only some measures; they contradict the follow-up only when they
  // count more of a status than it states, or when they cover every measure and still differ.
  const complete = total !== null && computed.known === total;
  for (const s of stated.counts) {
    const c = computed.counts.find((x) => x.status === s.status)?.count ?? 0;
    if (c > s.count || (complete && c !== s.count))
      conflicts.push({ kind: 'status', status: s.status, stated: s.count, computed: c });
  }
  return conflicts;
}

/** Follow-up status per plan year, one entry per plan in year order. */
export function statusByYear(site: Site): YearStatus[] {
  return site.plans.map(({ data: plan }) => {
    const followUp = site.followUpByYear.get(plan.year)?.data;
    const fromPlan = plan.measureCount.value;
    const total = fromPlan ?? followUp?.total ?? null;
    const totalSource =
      fromPlan !== null
        ? plan.measureCount.source
        : followUp?.total != null
          ? (followUp.countsSource ?? followUp.reportedIn)
          : undefined;
    const stated =
      followUp?.counts && followUp.countsSource
        ? basis(site, followUp.counts, total, [followUp.countsSource])
        : null;
    const rows = followUp?.measures ?? [];
    const perMeasure: Record<string, number> = {};
    for (const r of rows) perMeasure[r.status] = (perMeasure[r.status] ?? 0) + 1;
    const computed = rows.length
      ? basis(
          site,
          perMeasure,
          total,
          rows.map((r) => r.source),
        )
      : null;
    return {
      year: plan.year,
      total,
      totalSource,
      stated,
      computed,
      conflicts: conflictsOf(stated, computed, total),
    };
  });
}

/** Status counts over a group of measure-year entries; "okand" counts entries with no sourced status. */
export interface GroupStatus {
  /** area or organisation id; null = no source says */
  id: string | null;
  counts: StatusCount[];
  /** entries in the group */
  total: number;
}

interface Entry {
  measure: string;
  year: number;
  status: string | null;
  area: string | null;
  responsible: string[] | null;
}

function entries(site: Site): Entry[] {
  return site.measures.flatMap((m) =>
    m.data.years.map((y) => ({
      measure: m.id,
      year: y.year,
      status: statusOf(site, m.id, y.year).status,
      area: y.area,
      responsible: y.responsible,
    })),
  );
}

function group(
  site: Site,
  keyed: { key: string | null; status: string | null }[],
  order: (string | null)[],
): GroupStatus[] {
  const keys = [
    ...order.filter((k) => keyed.some((e) => e.key === k)),
    ...new Set(keyed.map((e) => e.key).filter((k) => !order.includes(k))),
  ];
  return keys.map((id) => {
    const mine = keyed.filter((e) => e.key === id);
    const counts = [...site.statuses.map((s) => s.id), UNKNOWN_STATUS].map((status) => ({
      status,
      count: mine.filter((e) => (e.status ?? UNKNOWN_STATUS) === status).length,
    }));
    return { id, counts, total: mine.length };
  });
}

/** Status per development area, counting each measure once per plan year it is in; areas without measures are left out. */
export function statusByArea(site: Site): GroupStatus[] {
  const keyed = entries(site).map((e) => ({ key: e.area, status: e.status }));
  return group(site, keyed, [...site.areas.map((a) => a.id), null]);
}

/** Status per responsible organisation; a measure with several counts under each. */
export function statusByOrganisation(site: Site): GroupStatus[] {
  const keyed = entries(site).flatMap((e) =>
    (e.responsible ?? [null]).map((key) => ({ key, status: e.status })),
  );
  return group(site, keyed, [...[...site.organisationById.keys()], null]);
}

/** Measures (each counted once) per district in any plan year, then those with no district given (id null). */
export function measuresPerDistrict(site: Site): { id: string | null; count: number }[] {
  const sets = site.measures.map(districtsOf);
  return [
    ...site.districts.map((d) => ({ id: d.id, count: sets.filter((s) => s.has(d.id)).length })),
    { id: null, count: sets.filter((s) => s.size === 0).length },
  ];
}

export interface GrantInterval {
  id: string;
  /** the column heading in the application's table */
  label: string;
  name: string;
  min: number;
  max: number;
  source: SourceRef;
}

/** The application's financing intervals (percent of the year's grant), in its own order. */
export function grantIntervals(site: Site): GrantInterval[] {
  return site.grantPriorities.flatMap((g) =>
    g.data.financing
      ? [
          {
            id: g.id,
            label: g.data.financing.label,
            name: g.data.name,
            min: g.data.financing.min,
            max: g.data.financing.max,
            source: g.data.financing.source,
          },
        ]
      : [],
  );
}

/** Where the application states the yearly amount it plans for. */
export const grantBudgetSource = {
  document: 'ansokan-2018-tillvaxtverket',
  anchor: 'st-45',
} as const satisfies SourceRef;

const NUMBER_WORDS: Record<string, number> = { ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6 };

/**
 * The yearly amount and number of years as the application's own sentence states them,
 * read from the transcribed text (not retyped); null when the sentence is not there.
 */
export function grantBudget(
  site: Site,
  source: SourceRef = grantBudgetSource,
): { perYear: number; years: number | null; text: string; source: SourceRef } | null {
  const block = site
    .blocksOf(source.document ?? '')
    .find((b) => b.kind === 'paragraph' && b.id === source.anchor);
  if (!block || block.kind !== 'paragraph') return null;
  const m = /(\d{1,3}(?:[\s\u00a0]\d{3})*)\s*kr per år(?: i (\d+|\p{L}+) år)?/u.exec(block.text);
  if (!m) return null;
  const years = m[2] ? ((Number(m[2]) || NUMBER_WORDS[m[2].toLowerCase()]) ?? null) : null;
  return { perYear: Number(m[1].replace(/\D/g, '')), years, text: block.text, source };
}
