/**
 * The answer at the top of a district page ("what is done here?"), as a few
 * plain sentences built from the data. The rules: say which documented
 * measures concern the area; what is known to have happened, attributed to
 * its source ("enligt …") and never as a follow-up status; what the follow-ups
 * count for the whole plan; and what is not known and why, once, in words.
 * Each sentence carries the sources it rests on. Pure: unit-tested on fixtures.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import { contentText, listText, type PageLang } from '../text/content-text.ts';
import { measuresFor, notesFor } from './districts.ts';
import { formatDate } from '../text/format.ts';
import { measureTitle, statusOf, titleIsQuote } from '../measure/measures.ts';
import { countsInWords } from '../plan/plan-years.ts';
import { yearRanges } from '../sources/measure-citation.ts';
import { listParts, type Part } from '../text/sentence-parts.ts';
import type { Measure, Site } from '../site/build-site.ts';
import { eventEvidence, sayer } from '../sources/evidence.ts';
import { measurePath, planPath } from '../urls/paths.ts';

export type { Part };

export interface AnswerSentence {
  /** what the sentence is about, for tests and styling */
  key: 'measures' | 'uncertain' | 'event' | 'status' | 'follow-up' | 'notes' | 'unlisted' | 'unspecified';
  parts: Part[];
  sources: SourceRef[];
}

const uniqueSources = (sources: SourceRef[]) => [
  ...new Map(sources.map((s) => [JSON.stringify(s), s])).values(),
];

/** The source that places a measure in the district (the year's districts source). */
function districtSources(measure: Measure, districtId: string): SourceRef[] {
  return measure.data.years
    .filter((y) => y.districts?.includes(districtId))
    .map((y) => y.fieldSources.districts ?? y.source);
}

/** A measure's title as a link: Insyn's paraphrase is content text, the plan's or a source's title a quotation. */
function measureLink(m: Measure, { t, link }: PageLang): Part {
  const text = measureTitle(m, t);
  const href = link(measurePath(m.id));
  if (m.data.title === null) return { text, href };
  return { text, href, textIs: titleIsQuote(m) ? 'quote' : 'content' };
}

export function districtAnswer(site: Site, districtId: string, i18n: PageLang): AnswerSentence[] {
  const { t, lang, intl, link } = i18n;
  const name = contentText(site, lang, site.districtById.get(districtId)?.data.name ?? districtId);
  const { targeted, unspecified } = measuresFor(site, districtId);
  const sentences: AnswerSentence[] = [];

  if (targeted.length === 0)
    sentences.push({ key: 'measures', parts: [t.district.answer.noMeasures(name)], sources: [] });
  else {
    // Counts never imply certainty: "Insyn känner till 3 åtgärder som nämner X, 2 av dem osäkra: …", each marked.
    const uncertain = targeted.filter((m) => m.data.confidence === 'low');
    sentences.push({
      key: 'measures',
      parts: [
        t.district.answer.measuresBefore,
        { text: t.measure.count(targeted.length), term: 'atgard' },
        t.evidence.measuresNaming(name, uncertain.length),
        ...listParts(
          targeted.map((m) =>
            m.data.confidence === 'low'
              ? ([
                  measureLink(m, i18n),
                  ' (',
                  { text: t.evidence.uncertainMark, term: 'osaker-uppgift' },
                  ')',
                ] as Part[])
              : [measureLink(m, i18n)],
          ),
          intl,
        ).flat(),
        '.',
      ],
      sources: uniqueSources(targeted.flatMap((m) => districtSources(m, districtId))),
    });
  }

  // An uncertain measure carries its caveat wherever it is named.
  for (const m of targeted.filter((x) => x.data.confidence === 'low'))
    sentences.push({
      key: 'uncertain',
      parts: [
        { text: t.confidence.low, term: 'osaker-uppgift' },
        ': ',
        measureLink(m, i18n),
        ': ',
        { content: m.data.caveat ?? '' },
      ],
      sources: [],
    });

  // The newest event of the measures that name the district: which, when and who says it (attributed,
  // never as a status); what happened stands first in the page's "Beslut och händelser", linked here.
  const latest = targeted
    .flatMap((m) => m.data.events.map((event) => ({ m, event })))
    .sort((a, b) => a.event.date.localeCompare(b.event.date))
    .at(-1);
  if (latest) {
    const { m } = latest;
    sentences.push({
      key: 'event',
      parts: [
        t.district.answer.latestEvent,
        measureLink(m, i18n),
        t.district.answer.according(
          // a plain event's kind is left out, as in the measure's answer
          latest.event.what === 'action' ? null : t.evidence.happenings[latest.event.what],
          sayer(eventEvidence(site, latest.event), t, (x) => contentText(site, lang, x)),
          formatDate(latest.event.date, intl),
        ),
        { text: t.district.answer.doneLink, href: '#gjort' },
        '.',
      ],
      sources: [latest.event.source],
    });
  }

  if (targeted.length > 0) {
    const withStatus = targeted.filter((m) =>
      m.data.years.some((y) => statusOf(site, m.id, y.year).status !== null),
    );
    sentences.push({
      key: 'status',
      parts: [
        withStatus.length === 0
          ? t.district.answer.noStatus
          : t.district.answer.someStatus(withStatus.length, targeted.length),
      ],
      sources: [],
    });
  }

  // The follow-ups count the whole plan; they are given as such, not as the district's.
  for (const year of [...site.followUpByYear.keys()].sort((a, b) => a - b)) {
    const c = countsInWords(site, year, i18n);
    if (!c) continue;
    sentences.push({
      key: 'follow-up',
      parts: [
        t.district.answer.followUpBefore,
        { text: t.district.answer.followUpWord, term: 'uppfoljning' },
        t.district.answer.followUp(year, c.words, c.total),
        { text: t.district.answer.followUpLink(year), href: link(planPath(year, 'uppfoljning')) },
        '.',
      ],
      sources: [c.source],
    });
  }

  const notes = notesFor(site, districtId);
  if (notes.length > 0) {
    const parties = [
      ...new Set(
        notes.map((n) =>
          contentText(site, lang, site.partyById.get(n.note.party)?.data.name ?? n.note.party),
        ),
      ),
    ];
    sentences.push({
      key: 'notes',
      parts: [
        { text: t.meeting.noteCount(notes.length), term: 'protokollsanteckning' },
        t.district.answer.notes(name, listText(parties, intl)),
        { text: t.district.answer.notesLink, href: '#anteckningar' },
        '.',
      ],
      sources: notes.map((n) => n.note.source),
    });
  }

  const unlisted = site.plans.filter((p) => !p.data.planDocumentAvailable).map((p) => p.data.year);
  if (unlisted.length > 0)
    sentences.push({
      key: 'unlisted',
      parts: [t.district.answer.unlisted(yearRanges(unlisted), name)],
      sources: [],
    });

  if (unspecified.length > 0)
    sentences.push({
      key: 'unspecified',
      parts: [
        t.district.answer.unspecified(t.measure.count(unspecified.length)),
        { text: t.district.answer.unspecifiedLink, href: '#hela-kommunen' },
        '.',
      ],
      sources: [],
    });

  return sentences;
}
