/**
 * A measure's one timeline: the plan years it is in, what each year's
 * follow-up says about it, the protocol notes that name it and its events
 * (decisions, the municipality's reports, news, claims), in date order.
 *
 * Dates are as precise as their sources ("2022-05", "2023-02-16"); a coarser
 * date sorts before the finer ones it contains ("2022" < "2022-04"), which
 * reads as "some time in 2022, then April". An item whose date no source
 * gives is placed where it must at least fall (a plan in its own year, a
 * follow-up after its plan year) and says that its date is unknown: the
 * place is for reading order only, never shown as a date.
 */
import { eventAnchor } from '../urls/anchors.ts';
import { statusRow } from './measures.ts';
import type { Measure, MeasureYear, Meeting, Note, Site } from '../site/build-site.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { MeasureEvent } from '../../schemas/events.ts';
import type { Confidence } from '../../schemas/keys.ts';
import {
  eventEvidence,
  measureCertainty,
  sourceFacts,
  type EvidenceSite,
  type Evidence,
  type LabelKey,
  type SourceFacts,
} from '../sources/evidence.ts';

interface Base {
  /** the date shown, as precise as the source; null when no source gives one */
  date: string | null;
  /** the date used for ordering (the date, or where an undated item must fall) */
  sortKey: string;
  /** the item's anchor on the measure page */
  anchor: string;
}

export type TimelineItem =
  | (Base & {
      type: 'plan';
      year: number;
      entry: MeasureYear;
      source: SourceRef;
      dateSource?: SourceRef;
      /** how sure the site may be that the measure is in the plan (src/lib/sources/evidence.ts) */
      certainty: Confidence;
      /** the year's source as the derivation sees it: who says the measure is in the plan */
      by: SourceFacts;
    })
  | (Base & { type: 'follow-up'; year: number; status: string | null; source: SourceRef })
  | (Base & { type: 'note'; note: Note; meeting: Meeting })
  | (Base & { type: 'event'; event: MeasureEvent; evidence: Evidence });

/** Same-date items read plan, then events, then follow-up, then notes (a plan is decided before it is followed up). */
const typeOrder: Record<TimelineItem['type'], number> = { plan: 0, event: 1, 'follow-up': 2, note: 3 };

export function measureTimeline(
  site: Pick<Site, 'planByYear' | 'followUpByYear' | 'notesByMeasure'> & EvidenceSite,
  measure: Measure,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const { level } = measureCertainty(site, measure);
  for (const entry of measure.data.years) {
    const decided = site.planByYear.get(entry.year)?.data.decidedOn;
    const date = decided?.value ?? null;
    items.push({
      type: 'plan',
      year: entry.year,
      entry,
      source: entry.source,
      dateSource: decided?.source,
      certainty: level,
      by: sourceFacts(site, entry.source),
      date,
      sortKey: date ?? String(entry.year),
      anchor: `tidslinje-plan-${entry.year}`,
    });
    const followUp = site.followUpByYear.get(entry.year);
    if (!followUp) continue;
    const row = statusRow(followUp, measure.id);
    const reported = followUp.data.reportedOn.value;
    items.push({
      type: 'follow-up',
      year: entry.year,
      status: row?.status ?? null,
      // The status's source, else where the follow-up itself is reported (so the item still says where it stands).
      source: row?.source ?? followUp.data.reportedIn,
      date: reported,
      sortKey: reported ?? String(entry.year + 1),
      anchor: `tidslinje-uppfoljning-${entry.year}`,
    });
  }
  for (const { note, meeting } of site.notesByMeasure.get(measure.id) ?? [])
    items.push({
      type: 'note',
      note,
      meeting,
      date: meeting.data.date,
      sortKey: meeting.data.date,
      anchor: `tidslinje-${meeting.id}-${note.id}`,
    });
  for (const [i, event] of measure.data.events.entries())
    items.push({
      type: 'event',
      event,
      evidence: eventEvidence(site, event),
      date: event.date,
      sortKey: event.date,
      anchor: eventAnchor(event, i),
    });
  // Array.prototype.sort is stable: same-date events keep the order they have in content/.
  return items.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || typeOrder[a.type] - typeOrder[b.type]);
}

/** The label key of an item: an event's label as its source allows (src/lib/sources/evidence.ts), else the item's type. */
export function timelineKind(item: TimelineItem): 'plan' | 'follow-up' | 'note' | LabelKey {
  return item.type === 'event' ? item.evidence.label : item.type;
}

/** The source an item cites, for the timeline's numbered list of sources (in the items' order). */
export function timelineSource(item: TimelineItem): SourceRef {
  switch (item.type) {
    case 'note':
      return item.note.source;
    case 'event':
      return item.event.source;
    default:
      return item.source;
  }
}
