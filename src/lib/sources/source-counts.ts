/**
 * What Insyn's sources are, counted from the data: the footer of every page and /kallor/ say it
 * with these numbers ("34 källor: 14 kommunens egna handlingar och nyheter, 6 nyhetsartiklar …"),
 * so no page can claim that everything comes from the municipality's own documents.
 */
import type { SourceKind } from '../../schemas/source-kinds.ts';
import type { Dict } from '../../i18n/types.ts';
import type { Site } from '../site/build-site.ts';
import { documentSourceKind } from './evidence.ts';

/** The groups the sentence counts: the municipality's own records and news together, then the others. */
export type CountGroup = keyof Dict['evidence']['counted'];

const groupOf = (kind: SourceKind): CountGroup =>
  kind === 'record' || kind === 'municipal-news' ? 'own' : kind;

const order: CountGroup[] = [
  'own',
  'statistics',
  'authority',
  'majority',
  'party',
  'news',
  'opinion',
  'secondary',
];

export interface SourceCounts {
  total: number;
  /** groups with at least one source, in a fixed order (the municipality's own first) */
  groups: { group: CountGroup; count: number }[];
}

/** Every source document and reference once, by its kind. */
export function sourceCounts(site: Pick<Site, 'documents' | 'references'>): SourceCounts {
  const kinds = [
    ...site.documents.map((d) => documentSourceKind(d.data.kind)),
    ...site.references.map((r) => r.data.kind),
  ];
  const counts = new Map<CountGroup, number>();
  for (const k of kinds) counts.set(groupOf(k), (counts.get(groupOf(k)) ?? 0) + 1);
  return {
    total: kinds.length,
    groups: order.flatMap((group) => (counts.has(group) ? [{ group, count: counts.get(group)! }] : [])),
  };
}

/** "Insyn bygger på 34 källor: 14 kommunens egna handlingar och nyheter, 6 nyhetsartiklar och …" */
export function sourceCountsText(c: SourceCounts, t: Dict, intl: string): string {
  const parts = c.groups.map(({ group, count }) => t.evidence.counted[group](count));
  return t.evidence.total(c.total, new Intl.ListFormat(intl, { type: 'conjunction' }).format(parts));
}
