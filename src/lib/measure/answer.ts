/**
 * What is known about a measure, in one or two sentences for the top of its page:
 * the status the follow-ups give (or that none gives one), then the latest dated
 * event's kind and date, attributed to its source, with a link to it in the timeline. An event is never presented as a status: it
 * is what a source says happened, with the source named.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import { formatDate } from '../text/format.ts';
import { statusOf } from './measures.ts';
import type { Part } from '../text/sentence-parts.ts';
import type { Measure, Site } from '../site/build-site.ts';
import { eventAnchor } from '../urls/anchors.ts';
import { eventEvidence, sayer } from '../sources/evidence.ts';

export interface MeasureAnswerLine {
  key: 'status' | 'event';
  parts: Part[];
  sources: SourceRef[];
}

export function measureAnswer(site: Site, measure: Measure, i18n: PageLang): MeasureAnswerLine[] {
  const { t, lang, intl } = i18n;
  const known = measure.data.years.flatMap((y) => {
    const s = statusOf(site, measure.id, y.year);
    return s.status === null
      ? []
      : [
          {
            year: y.year,
            label: contentText(site, lang, site.statusById.get(s.status)?.data.label ?? s.status),
            source: s.source,
          },
        ];
  });
  const lines: MeasureAnswerLine[] = [
    known.length === 0
      ? { key: 'status', parts: [t.measure.answer.noStatus], sources: [] }
      : {
          key: 'status',
          parts: [t.measure.answer.status(known.map((k) => t.measure.answer.statusInYear(k.label, k.year)))],
          sources: known.flatMap((k) => (k.source ? [k.source] : [])),
        },
  ];
  const latest = [...measure.data.events].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  // The timeline on the same page tells the event in full (it is among its newest items); the
  // answer names its kind, date and source, keeps an inferred tie's caveat, and links there.
  if (latest)
    lines.push({
      key: 'event',
      parts: [
        t.measure.page.latestEvent(
          // "händelse (händelse, …)" says nothing twice: a plain event's kind is left out
          latest.what === 'action' ? null : t.evidence.happenings[latest.what],
          formatDate(latest.date, intl),
          sayer(eventEvidence(site, latest), t, (x) => contentText(site, lang, x)),
        ),
        ...(latest.link ? [` ${t.events.inferred[latest.link.confidence]}`] : []),
        ' ',
        {
          text: t.measure.answer.readInTimeline,
          href: `#${eventAnchor(latest, measure.data.events.indexOf(latest))}`,
        },
        '.',
      ],
      sources: [latest.source],
    });
  return lines;
}
