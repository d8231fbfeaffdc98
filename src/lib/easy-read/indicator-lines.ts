/**
 * The easy-read district page's sentences about figures: one or two per indicator series,
 * numbers as digits, from the same series and the same selection as the standard page's
 * "Har något förändrats?" (districtIndicators), so the two can never show different numbers.
 * Whose figures they are, where the source may not state them, comes from the same derivation
 * as the standard page (figureEvidence, src/lib/sources/evidence.ts).
 * Kept apart from facts.ts (measures and follow-ups). Pure: unit-tested on fixtures.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Lattlast } from '../../i18n/lattlast/index.ts';
import { sv } from '../../i18n/sv/index.ts';
import { formatDate } from '../text/format.ts';
import { whoSays } from '../sources/evidence.ts';
import {
  changeAmount,
  districtIndicators,
  numberText,
  tableRows,
  type EvidenceOf,
  type IndicatorSeries,
} from '../statistics/indicators.ts';

export interface EasyIndicator {
  /** the series' file name */
  id: string;
  /** one or two sentences */
  lines: string[];
  /** each source the sentences rest on, once */
  sources: SourceRef[];
  /** whose figures they are ("Det här kommer från Wikipedia (engelska)."), where a source may not state them; else null */
  from: string | null;
}

/**
 * `name` is the district's name: an area other than the district itself is named in the
 * sentence. `evidence` gives what a source lets the page call its figures.
 */
export function indicatorLines(
  all: IndicatorSeries[],
  districtId: string,
  name: string,
  easy: Lattlast,
  evidence: EvidenceOf,
): EasyIndicator[] {
  const e = easy.indicators;
  return districtIndicators(all, districtId).flatMap((g) =>
    g.series.map((s) => {
      const d = s.data;
      const rows = tableRows(d.points);
      // One area other than the district: named once, before the figures; several: each figure says its own.
      const areas = [...new Set(rows.map((p) => p.area))];
      const single = areas.length === 1 && areas[0] !== name ? areas[0] : undefined;
      const value = (p: (typeof rows)[number]) => {
        const decimals = p.decimals ?? d.decimals;
        const n = p.range
          ? `${numberText(p.range.min, decimals, 'sv-SE')}–${numberText(p.range.max, decimals, 'sv-SE')}`
          : numberText(p.value ?? 0, decimals, 'sv-SE');
        const text = e.value(n, d.unit, p.qualifier);
        const area = p.area === name || single ? undefined : p.area;
        return p.period === null
          ? e.in(text, area)
          : e.at(text, formatDate(p.period), p.period.length > 4, area);
      };
      // The figures in one sentence; a stated change only where the series has no figures
      // (the standard page shows the rest), so each series stays at one or two sentences.
      const lines = [
        ...(rows.length ? [e.figures(d.easyTitle, rows.map(value), single)] : []),
        ...(rows.length ? [] : d.changes).map((c) =>
          e.change(
            d.easyTitle,
            formatDate(c.from),
            formatDate(c.to),
            changeAmount(c, d, 'sv-SE'),
            d.unit,
            c.value < 0,
          ),
        ),
        ...(rows.some((p) => p.period === null) ? [e.noYear] : []),
        ...(d.disagrees ? [e.disagree] : []),
      ];
      const sources = new Map<string, SourceRef>();
      for (const x of rows.length ? rows : d.changes) sources.set(JSON.stringify(x.source), x.source);
      // Who says it, in the standard Swedish words (as the easy-read events do, facts.ts).
      const who = [
        ...new Set(
          [...sources.values()]
            .map(evidence)
            .filter((x) => x.stance === 'attributed')
            .map((x) => whoSays(x.by, sv, (text) => text)),
        ),
      ];
      const from = who.length
        ? easy.evidence.says(new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(who))
        : null;
      return { id: s.id, lines, sources: [...sources.values()], from };
    }),
  );
}
