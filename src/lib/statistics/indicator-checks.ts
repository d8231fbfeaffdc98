/**
 * Cross-checks of content/indicators/ that a per-file schema cannot make, one line per
 * problem (file, field, what is wrong). The rules keep a series one measure: one figure per
 * area and period (a second, different figure is another series that `disagrees`), one
 * municipality value per period, an area in one district, figures with no more decimals than
 * the page shows (the municipality's figure is shown with its own), quotations that stand in the paragraph they cite. Run by src/lib/site/validate.ts.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Problem } from '../site/validate.ts';
import { periodX, periodYear, type IndicatorSeries } from './indicators.ts';

/** Whether a quotation stands in the cited paragraph: undefined when the source is no document paragraph or is unknown. */
export type QuoteCheck = (document: string, anchor: string, text: string) => boolean | undefined;

const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

export function indicatorProblems(
  series: IndicatorSeries[],
  districtIds: ReadonlySet<string>,
  quoteStands: QuoteCheck,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(series.map((s) => [s.id, s]));

  for (const s of series) {
    const add = (field: string, message: string) => problems.push({ file: s.file, field, message });
    const d = s.data;
    const known = (field: string, id: string | null) => {
      if (id !== null && !districtIds.has(id))
        add(field, `unknown district "${id}" (expected one of: ${[...districtIds].join(', ')})`);
    };
    const quoted = (field: string, source: SourceRef, words: string | undefined) => {
      if (
        words &&
        source.document &&
        source.anchor &&
        quoteStands(source.document, source.anchor, words) === false
      )
        add(field, `not found in ${source.document}#${source.anchor} (expected the source's exact words)`);
    };

    const seen = new Map<string, number>();
    const municipal = new Map<string, number>();
    const districtOf = new Map<string, string | null>();
    for (const [i, p] of d.points.entries()) {
      const at = `points[${i}]`;
      known(`${at}.district`, p.district);
      const key = `${p.area} ${p.period ?? '(no period)'}`;
      if (seen.has(key))
        add(
          at,
          `a second figure for ${p.area}, ${p.period ?? 'no period'} (points[${seen.get(key)}] has one): a figure measured another way is another series, shown beside this one with "disagrees"`,
        );
      else seen.set(key, i);
      const district = districtOf.get(p.area);
      if (district !== undefined && district !== p.district)
        add(`${at}.district`, `${p.area} is in district "${district ?? 'null'}" in an earlier point`);
      districtOf.set(p.area, p.district);
      if (p.municipality && p.period !== null) {
        const before = municipal.get(p.period);
        if (before !== undefined && before !== p.municipality.value)
          add(
            `${at}.municipality.value`,
            `${p.municipality.value} differs from ${before} for the whole municipality in ${p.period} (expected one value per period)`,
          );
        municipal.set(p.period, p.municipality.value);
      }
      const shown = p.decimals ?? d.decimals;
      for (const [field, n] of [
        ['value', p.value],
        ['range.min', p.range?.min],
        ['range.max', p.range?.max],
      ] as const)
        if (n !== undefined && decimalsOf(n) > shown)
          add(`${at}.${field}`, `${n} has more decimals than the ${shown} shown (set decimals)`);
      quoted(`${at}.sourceWords`, p.source, p.sourceWords);
    }

    for (const [i, c] of d.changes.entries()) {
      const at = `changes[${i}]`;
      known(`${at}.district`, c.district);
      if (periodX(c.from) >= periodX(c.to))
        add(`${at}.to`, `the change runs from ${c.from} to ${c.to} (expected a later "to")`);
      quoted(`${at}.sourceWords`, c.source, c.sourceWords);
    }

    if (d.disagrees) {
      const g = d.disagrees;
      const other = byId.get(g.series);
      known('disagrees.district', g.district);
      if (g.series === s.id) add('disagrees.series', 'a series cannot disagree with itself');
      else if (!other)
        add('disagrees.series', `unknown series "${g.series}" (expected a file name in indicators/)`);
      else {
        if (other.data.topic !== d.topic)
          add('disagrees.series', `"${g.series}" is about ${other.data.topic}, this series about ${d.topic}`);
        const year = periodYear(g.period);
        const says = (x: IndicatorSeries) =>
          x.data.points.some(
            (p) => p.district === g.district && p.period !== null && periodYear(p.period) === year,
          ) ||
          x.data.changes.some(
            (c) => c.district === g.district && (periodYear(c.from) === year || periodYear(c.to) === year),
          );
        if (!says(s)) add('disagrees.period', `this series has no figure for ${g.district} in ${g.period}`);
        if (!says(other))
          add(
            'disagrees.period',
            `"${g.series}" says nothing about ${g.district} in ${g.period} (expected a figure or a stated change)`,
          );
      }
    }
  }
  return problems;
}
