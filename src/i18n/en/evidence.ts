/**
 * English words for what a fact may be called (src/lib/sources/evidence.ts): Insyn's
 * translation of src/i18n/sv/evidence.ts, not official, same keys.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/evidence.ts';
import { plural, possessive } from './grammar.ts';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
/** "1 source", "34 sources": the noun's form by Intl.PluralRules */
const n = (count: number, one: string, other: string) => `${count} ${plural(count, { one, other })}`;

const documentWords = {
  decision: 'a decision',
  minutes: 'the minutes',
  'press-release': 'a press release',
  'grant-application': 'an application',
  'follow-up': 'a follow-up',
  plan: 'a plan',
};

export const words: Wide<typeof sv> = {
  evidence: {
    kinds: {
      record: "The municipality's own record",
      'municipal-news': "The municipality's news or press release",
      authority: "An authority's own page",
      majority: "The governing majority's press release",
      party: "A party's own text",
      news: 'News report',
      opinion: 'Debate article or reader letter',
      secondary: 'Second-hand source',
      statistics: 'Official statistics',
    },
    kindMeans: {
      record: 'Decisions and actions are stated as facts.',
      'municipal-news': "The municipality's decisions and actions are stated as facts.",
      authority:
        "The authority's own decisions and actions are stated as facts; anything else as what the authority says.",
      majority: 'Shown as what the majority writes, not as a decision.',
      party: 'Shown as what the party writes, not as a decision.',
      news: 'Shown as what the newspaper reports.',
      opinion: "Shown as the writer's view and account.",
      secondary:
        "A summary, an encyclopedia, a machine translation or a thesis: shown as the source's account, with a caveat.",
      statistics: 'Figures are stated as facts, with their definition.',
    },
    counted: {
      own: (c: number) =>
        n(c, "of the municipality's own records and news", "of the municipality's own records and news"),
      authority: (c: number) => n(c, "authority's page", "authorities' pages"),
      majority: (c: number) =>
        n(c, 'press release from the governing majority', 'press releases from the governing majority'),
      party: (c: number) => n(c, "party's text", "parties' texts"),
      news: (c: number) => n(c, 'news report', 'news reports'),
      opinion: (c: number) => n(c, 'debate article or reader letter', 'debate articles and reader letters'),
      secondary: (c: number) => n(c, 'second-hand source', 'second-hand sources'),
      statistics: (c: number) => n(c, 'statistics page', 'statistics pages'),
    },
    total: (count: number, parts: string) => `Insyn rests on ${n(count, 'source', 'sources')}: ${parts}.`,
    footer:
      "Every fact says which source it has. What does not come from the municipality's own records says who says it.",
    labels: {
      decision: 'Decision',
      agreement: 'Agreement',
      record: 'From the record',
      municipality: 'The municipality reports',
      authority: (who: string) => `${capital(who)} reports`,
      statistics: 'Statistics',
      news: 'News',
      according: (who: string) => `According to ${who}`,
    },
    labelMeaning: {
      decision: "the decision stands in the body's own record or in the municipality's news",
      agreement: "the agreement stands in the municipality's own record or news",
      record: "it stands in the municipality's own record",
      municipality: 'the municipality itself says what it has done or will do',
      authority: 'an authority tells of something it has done itself',
      statistics: 'official statistics',
      news: "a newspaper or broadcaster reports; it is the newspaper's account",
      according:
        'someone other than the one who acted says it (a party, the governing majority, a reader letter, a summary); it is their account, not an established fact',
    },
    inline: (who: string) => `according to ${who}`,
    lead: {
      according: (who: string) => `According to ${who}:`,
      reports: (who: string) => `${capital(who)} reports:`,
      writes: (who: string) => `${capital(who)} writes:`,
    },
    who: {
      record: (kind: keyof typeof documentWords, issuer: string) => `${documentWords[kind]} from ${issuer}`,
      municipality: 'the municipality',
      note: (party: string) => `${possessive(party)} protocol note`,
      party: (party: string) => `${possessive(party)} website`,
      majority: (author: string | null) => (author ? `the majority (${author})` : 'the governing majority'),
      opinion: (form: 'letter' | 'debate', author: string, publisher: string) =>
        form === 'letter'
          ? `a reader letter by ${author} in ${publisher}`
          : `a debate article by ${author} in ${publisher}`,
      statistics: (publisher: string) => `${possessive(publisher)} statistics`,
    },
    happenings: {
      decision: 'decision',
      action: 'event',
      plan: 'planned',
      finding: 'follow-up',
      agreement: 'agreement',
    },
    certainty: {
      high: 'Certain information',
      medium: 'Second-hand information',
      low: 'Uncertain information',
    },
    restsOn: (who: string) => `Known from ${who}.`,
    inPlan: {
      high: (year: number, number: string | null) =>
        `The measure is in the plan for ${year}${number ? ` as number ${number}` : ''}.`,
      medium: (who: string, year: number, number: string | null) =>
        `${capital(who)} names the measure in the plan for ${year}${number ? ` as number ${number}` : ''}.`,
      low: (who: string, year: number) =>
        `${capital(who)} counts it among the measures of ${year}. It is not certain that it is in the plan for ${year}.`,
    },
    checked: (date: string) => `checked ${date}`,
    sourceWords: 'The source says',
    conflict: {
      heading: 'The sources say different things',
      intro: 'Insyn shows what each source says and does not choose between them.',
    },
    measuresNaming: (name: string, uncertain: number) =>
      ` that mention ${name}${uncertain > 0 ? `, ${uncertain} of them uncertain` : ''}: `,
    uncertainMark: 'uncertain information',
    body: {
      decision: 'Decided by',
      agreement: 'Parties',
      other: 'Who',
      decisionAccording: 'Decided by, according to the source',
      agreementAccording: 'Parties, according to the source',
      otherAccording: 'Who, according to the source',
    },
    eventTitle: (measure: string, label: string, date: string) => `${measure}: ${label}, ${date}`,
    decisionsHeading: 'Other decisions and events in the area',
    decisions: {
      named: (name: string) =>
        `These are decisions and events that the sources say concern ${name}. No source Insyn has says that they belong to an action plan, so they are not counted as the plan's measures.`,
      maybe: (name: string) =>
        `These are decisions that may concern ${name}: the source names no particular area, so Insyn does not know whether ${name} is affected. No source Insyn has says that they belong to an action plan.`,
      mixed: (name: string) =>
        `These are decisions and events that the sources say concern ${name}, and decisions that may concern ${name} (where the source names no area). No source Insyn has says that they belong to an action plan.`,
    },
  },
};
