/**
 * The anchors (#id) that facts get on their pages, in one place: the pages
 * render them, the validator checks that a correction points at one that
 * exists, and feeds and the events dataset link to them.
 */
import { districtPath, measurePath, meetingPath } from './paths.ts';
import type { Snapshot } from '../site/snapshot.ts';
import { seriesShownOn } from '../statistics/indicators.ts';

type EventLike = { id?: string };

/** An event's anchor on its measure page: its own id, else its place in the list (give it an id before a correction points at it). */
export function eventAnchor(event: EventLike, index: number): string {
  return event.id ?? `handelse-${index + 1}`;
}

/** A related decision's anchor on a district page. */
export function decisionAnchor(id: string): string {
  return `beslut-${id}`;
}

/** A district series' anchor (an indicator series or a classification). */
export function seriesAnchor(series: string): string {
  return `serie-${series}`;
}

/** The districts a decision is shown for: the ones it names, or every district when it names none. */
export function decisionDistricts(
  decision: { districts: string[] | null },
  allDistricts: string[],
): string[] {
  return decision.districts ?? allDistricts;
}

/** Every page that can carry a corrected fact, with the anchors of its facts. */
export function factAnchors(
  s: Pick<Snapshot, 'measures' | 'districts' | 'decisions' | 'meetings'> &
    Partial<Pick<Snapshot, 'indicators'>>,
): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const m of s.measures)
    pages.set(
      measurePath(m.id),
      new Set([...m.data.years.map((y) => `ar-${y.year}`), ...m.data.events.map(eventAnchor)]),
    );
  const all = s.districts.map((d) => d.id);
  for (const d of s.districts) {
    const anchors = new Set(
      [...d.data.classifications.map((c) => c.series), ...seriesShownOn(s.indicators ?? [], d.id)].map(
        seriesAnchor,
      ),
    );
    for (const dec of s.decisions)
      if (decisionDistricts(dec.data, all).includes(d.id)) anchors.add(decisionAnchor(dec.id));
    pages.set(districtPath(d.id), anchors);
  }
  for (const m of s.meetings)
    pages.set(meetingPath(m.id), new Set(m.data.items.flatMap((i) => (i.kind === 'note' ? [i.id] : []))));
  return pages;
}
