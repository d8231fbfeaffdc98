/**
 * What is known about a measure, in one or two sentences for the top of its page:
 * the status the follow-ups give (or that none gives one), then the latest dated
 * event, attributed to its source. An event is never presented as a status: it
 * is what a source says happened, with the source named.
 */
import type { SourceRef } from '../schemas/source-ref.ts';
import { formatDate } from './format.ts';
import { statusOf } from './measures.ts';
import type { Measure, Site } from './site.ts';
import { eventOrigin, eventText } from './source-origin.ts';
import { sv } from '../i18n/sv.ts';

export interface MeasureAnswerLine {
  key: 'status' | 'event';
  text: string;
  sources: SourceRef[];
}

export function measureAnswer(site: Site, measure: Measure): MeasureAnswerLine[] {
  const known = measure.data.years.flatMap((y) => {
    const s = statusOf(site, measure.id, y.year);
    return s.status === null
      ? []
      : [{ year: y.year, label: site.statusById.get(s.status)?.data.label ?? s.status, source: s.source }];
  });
  const lines: MeasureAnswerLine[] = [
    known.length === 0
      ? { key: 'status', text: sv.measureAnswer.noStatus, sources: [] }
      : {
          key: 'status',
          text: sv.measureAnswer.status(known.map((k) => sv.measureAnswer.statusInYear(k.label, k.year))),
          sources: known.flatMap((k) => (k.source ? [k.source] : [])),
        },
  ];
  const latest = [...measure.data.events].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (latest)
    lines.push({
      key: 'event',
      text: sv.measureAnswer.latestEvent(
        sv.events.kinds[latest.kind],
        formatDate(latest.date),
        eventOrigin(site, latest),
        eventText(latest),
      ),
      sources: [latest.source],
    });
  return lines;
}
