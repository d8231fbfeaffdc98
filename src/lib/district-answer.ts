/**
 * The answer at the top of a district page ("what is done here?"), as a few
 * plain sentences built from the data. The rules: say which documented
 * measures concern the area; what is known to have happened, attributed to
 * its source ("enligt …") and never as a follow-up status; what the follow-ups
 * count for the whole plan; and what is not known and why, once, in words.
 * Each sentence carries the sources it rests on. Pure: unit-tested on fixtures.
 */
import type { SourceRef } from '../schemas/source-ref.ts';
import { measuresFor, notesFor } from './districts.ts';
import { count, formatDate } from './format.ts';
import { measureTitle, statusOf } from './measures.ts';
import { countsInWords } from './plans.ts';
import { yearRanges } from './measure-citation.ts';
import type { Measure, Site } from './site.ts';
import { eventOrigin, eventText } from './source-origin.ts';
import { measurePath, planPath } from './paths.ts';
import { sv } from '../i18n/sv.ts';

/** Text, a link inside a sentence, or a word the glossary explains (linked to /ordlista/). */
export type Part = string | { text: string; href: string } | { text: string; term: string };

export interface AnswerSentence {
  /** what the sentence is about, for tests and styling */
  key: 'measures' | 'uncertain' | 'event' | 'status' | 'follow-up' | 'notes' | 'unlisted' | 'unspecified';
  parts: Part[];
  sources: SourceRef[];
}

const list = (items: string[]) => new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(items);

/** [a, b, c] as parts "a, b och c" (links kept). */
function listParts(items: Part[]): Part[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [i === items.length - 1 ? ' och ' : ', ']), item]);
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

const measureLink = (m: Measure): Part => ({ text: measureTitle(m), href: measurePath(m.id) });

export function districtAnswer(site: Site, districtId: string): AnswerSentence[] {
  const name = site.districtById.get(districtId)?.data.name ?? districtId;
  const { targeted, unspecified } = measuresFor(site, districtId);
  const sentences: AnswerSentence[] = [];

  if (targeted.length === 0)
    sentences.push({ key: 'measures', parts: [sv.districtAnswer.noMeasures(name)], sources: [] });
  else
    sentences.push({
      key: 'measures',
      parts: [
        sv.districtAnswer.measuresBefore,
        { text: count(targeted.length, sv.measure.one, sv.measure.many), term: 'atgard' },
        sv.districtAnswer.measuresAfter(name),
        ...listParts(targeted.map(measureLink)),
        '.',
      ],
      sources: uniqueSources(targeted.flatMap((m) => districtSources(m, districtId))),
    });

  // An uncertain measure carries its caveat wherever it is named.
  for (const m of targeted.filter((x) => x.data.confidence === 'low'))
    sentences.push({
      key: 'uncertain',
      parts: [
        { text: sv.confidence.low, term: 'osaker-uppgift' },
        ': ',
        measureLink(m),
        `: ${m.data.caveat ?? ''}`,
      ],
      sources: [],
    });

  // Events are told as what a source says happened, attributed, never as a status.
  for (const m of targeted) {
    const latest = [...m.data.events].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    if (!latest) continue;
    sentences.push({
      key: 'event',
      parts: [
        sv.districtAnswer.latestEvent,
        measureLink(m),
        sv.districtAnswer.according(
          sv.events.kinds[latest.kind],
          eventOrigin(site, latest),
          formatDate(latest.date),
        ),
        eventText(latest),
      ],
      sources: [latest.source],
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
          ? sv.districtAnswer.noStatus
          : sv.districtAnswer.someStatus(withStatus.length, targeted.length),
      ],
      sources: [],
    });
  }

  // The follow-ups count the whole plan; they are given as such, not as the district's.
  for (const year of [...site.followUpByYear.keys()].sort((a, b) => a - b)) {
    const c = countsInWords(site, year);
    if (!c) continue;
    sentences.push({
      key: 'follow-up',
      parts: [
        sv.districtAnswer.followUpBefore,
        { text: sv.districtAnswer.followUpWord, term: 'uppfoljning' },
        sv.districtAnswer.followUp(year, c.words, c.total),
        { text: sv.districtAnswer.followUpLink(year), href: planPath(year, 'uppfoljning') },
        '.',
      ],
      sources: [c.source],
    });
  }

  const notes = notesFor(site, districtId);
  if (notes.length > 0) {
    const parties = [
      ...new Set(notes.map((n) => site.partyById.get(n.note.party)?.data.name ?? n.note.party)),
    ];
    sentences.push({
      key: 'notes',
      parts: [
        {
          text: count(notes.length, sv.districtAnswer.note.one, sv.districtAnswer.note.many),
          term: 'protokollsanteckning',
        },
        sv.districtAnswer.notes(name, list(parties)),
        { text: sv.districtAnswer.notesLink, href: '#anteckningar' },
        '.',
      ],
      sources: notes.map((n) => n.note.source),
    });
  }

  const unlisted = site.plans.filter((p) => !p.data.planDocumentAvailable).map((p) => p.data.year);
  if (unlisted.length > 0)
    sentences.push({
      key: 'unlisted',
      parts: [sv.districtAnswer.unlisted(yearRanges(unlisted), name)],
      sources: [],
    });

  if (unspecified.length > 0)
    sentences.push({
      key: 'unspecified',
      parts: [
        sv.districtAnswer.unspecified(count(unspecified.length, sv.measure.one, sv.measure.many)),
        { text: sv.districtAnswer.unspecifiedLink, href: '#hela-kommunen' },
        '.',
      ],
      sources: [],
    });

  return sentences;
}
