/**
 * Words for what a fact may be called (src/lib/sources/evidence.ts): source kinds, labels,
 * who says it, certainty, what a fact rests on, sources that disagree, checked dates and the
 * site-wide count of sources. Used by the timeline, related decisions, citations, the
 * certainty note, the district answer, search records, feeds, /kallor/ and the footer.
 */
import { plural } from './grammar.ts';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
/** "Vänsterpartiets", "Linköpings kommuns"; a name ending in s, x or z takes no extra s */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);
/** "1 källa", "34 källor": the noun's form by Intl.PluralRules */
const n = (count: number, one: string, other: string) => `${count} ${plural(count, { one, other })}`;

const documentWords = {
  decision: 'beslut',
  minutes: 'protokoll',
  'press-release': 'pressmeddelande',
  'grant-application': 'ansökan',
  'follow-up': 'uppföljning',
  plan: 'plan',
} as const;

export const words = {
  evidence: {
    /** a source's kind, beside each reference on /kallor/ */
    kinds: {
      record: 'Kommunens egen handling',
      'municipal-news': 'Kommunens nyhet eller pressmeddelande',
      authority: 'Myndighetens egen sida',
      majority: 'Den styrande majoritetens pressmeddelande',
      party: 'Ett partis egen text',
      news: 'Nyhetsartikel',
      opinion: 'Debattartikel eller insändare',
      secondary: 'Andrahandskälla',
      statistics: 'Officiell statistik',
    },
    /** what a fact from each kind may be called, on /kallor/ */
    kindMeans: {
      record: 'Beslut och åtgärder står som fakta.',
      'municipal-news': 'Kommunens beslut och åtgärder står som fakta.',
      authority: 'Myndighetens egna beslut och åtgärder står som fakta; annat står som myndighetens uppgift.',
      majority: 'Står som vad majoriteten skriver, inte som ett beslut.',
      party: 'Står som vad partiet skriver, inte som ett beslut.',
      news: 'Står som vad tidningen rapporterar.',
      opinion: 'Står som skribentens åsikt och uppgift.',
      secondary:
        'En sammanfattning, ett uppslagsverk, en maskinöversättning eller en uppsats: står som källans uppgift, med förbehåll.',
      statistics: 'Siffror står som fakta, med sin definition.',
    },
    /** the counted kinds, for the footer and /kallor/ ("14 kommunens egna handlingar och nyheter") */
    counted: {
      own: (c: number) =>
        n(c, 'av kommunens egna handlingar och nyheter', 'kommunens egna handlingar och nyheter'),
      authority: (c: number) => n(c, 'myndighetssida', 'myndighetssidor'),
      majority: (c: number) =>
        n(
          c,
          'pressmeddelande från den styrande majoriteten',
          'pressmeddelanden från den styrande majoriteten',
        ),
      party: (c: number) => n(c, 'partitext', 'partiers texter'),
      news: (c: number) => n(c, 'nyhetsartikel', 'nyhetsartiklar'),
      opinion: (c: number) => n(c, 'debattartikel eller insändare', 'debattartiklar och insändare'),
      secondary: (c: number) => n(c, 'andrahandskälla', 'andrahandskällor'),
      statistics: (c: number) => n(c, 'statistiksida', 'statistiksidor'),
    },
    /** the sentence with the counts: on /kallor/ and in the footer of every page */
    total: (count: number, parts: string) => `Insyn bygger på ${n(count, 'källa', 'källor')}: ${parts}.`,
    footer:
      'Varje uppgift säger vilken källa den har. Det som inte kommer från kommunens egna handlingar säger vem som säger det.',
    /** the labels a fact may carry */
    labels: {
      decision: 'Beslut',
      agreement: 'Överenskommelse',
      record: 'Ur handlingen',
      municipality: 'Kommunen berättar',
      authority: (who: string) => `${capital(who)} berättar`,
      statistics: 'Statistik',
      news: 'Nyhet',
      according: (who: string) => `Enligt ${who}`,
    },
    /** what each label means, once above a timeline */
    labelMeaning: {
      decision: 'beslutet står i organets egen handling eller i kommunens nyhet',
      agreement: 'överenskommelsen står i kommunens egen handling eller nyhet',
      record: 'det står i kommunens egen handling',
      municipality: 'kommunen berättar själv vad den har gjort eller ska göra',
      authority: 'en myndighet berättar om något den själv har gjort',
      statistics: 'officiell statistik',
      news: 'en tidning eller kanal rapporterar; det är tidningens uppgift',
      according:
        'någon annan än den som agerade säger det (ett parti, den styrande majoriteten, en insändare, en sammanfattning); det är deras uppgift, inte en fastställd',
    },
    /** inside a sentence, after a value: "augusti 2022, enligt kommunen" */
    inline: (who: string) => `enligt ${who}`,
    /** before an attributed fact's text where no label names who says it */
    lead: {
      according: (who: string) => `Enligt ${who}:`,
      reports: (who: string) => `${capital(who)} rapporterar:`,
      writes: (who: string) => `${capital(who)} skriver:`,
    },
    /** who says it, inside a sentence */
    who: {
      record: (kind: keyof typeof documentWords, issuer: string) => `${documentWords[kind]} från ${issuer}`,
      municipality: 'kommunen',
      note: (party: string) => `${genitive(party)} protokollsanteckning`,
      party: (party: string) => `${genitive(party)} webbplats`,
      majority: (author: string | null) => (author ? `majoriteten (${author})` : 'den styrande majoriteten'),
      opinion: (form: 'letter' | 'debate', author: string, publisher: string) =>
        form === 'letter'
          ? `en insändare av ${author} i ${publisher}`
          : `en debattartikel av ${author} i ${publisher}`,
      statistics: (publisher: string) => `${genitive(publisher)} statistik`,
    },
    /** what happened, inside a sentence ("Senast kända händelse (beslut, maj 2022)") */
    happenings: {
      decision: 'beslut',
      action: 'händelse',
      /** announced, not done ("ska", "kommer att"): "plan" read as the action plan */
      plan: 'planerat',
      finding: 'uppföljning',
      agreement: 'överenskommelse',
    },
    /** how sure the site is that a measure is in the plan */
    certainty: {
      high: 'Säker uppgift',
      medium: 'Uppgift ur andra hand',
      low: 'Osäker uppgift',
    },
    /** what the certainty rests on: the sources that name the measure */
    restsOn: (who: string) => `Känd från ${who}.`,
    /** a measure in a plan year, as strong as the year's source allows (the timeline) */
    inPlan: {
      high: (year: number, number: string | null) =>
        `Åtgärden finns i planen för ${year}${number ? ` som nummer ${number}` : ''}.`,
      medium: (who: string, year: number, number: string | null) =>
        `${capital(who)} nämner åtgärden i planen för ${year}${number ? ` som nummer ${number}` : ''}.`,
      low: (who: string, year: number) =>
        `${capital(who)} räknar den till åtgärderna ${year}. Det är inte säkert att den finns i planen för ${year}.`,
    },
    /** the day a person last checked a source (only from content, never the build date) */
    checked: (date: string) => `kontrollerad ${date}`,
    /** before the source's own words */
    sourceWords: 'Källan säger',
    /** sources that disagree, side by side */
    conflict: {
      heading: 'Källorna säger olika',
      intro: 'Insyn visar vad varje källa säger och väljer inte mellan dem.',
    },
    /** after "Insyn känner till 3 åtgärder": counts never imply certainty ("…, 2 av dem osäkra: ") */
    measuresNaming: (name: string, uncertain: number) =>
      ` som nämner ${name}${uncertain > 0 ? `, ${uncertain} av dem ${plural(uncertain, { one: 'osäker', other: 'osäkra' })}` : ''}: `,
    /** after an uncertain measure's name in a list */
    uncertainMark: 'osäker uppgift',
    /** who decided, as strong as the source allows (the related decisions on a district page) */
    body: {
      decision: 'Beslutat av',
      agreement: 'Parter',
      other: 'Vem',
      decisionAccording: 'Beslutade, enligt källan',
      agreementAccording: 'Parter, enligt källan',
      otherAccording: 'Vem, enligt källan',
    },
    /** a search result's title for an event: "Bilda områdesteam: Kommunen berättar, 8 mars 2021" */
    eventTitle: (measure: string, label: string, date: string) => `${measure}: ${label}, ${date}`,
    /** the heading of a district's related decisions when some are agreements or actions, not decisions */
    decisionsHeading: 'Andra beslut och händelser i området',
    /** the intro to a district's related decisions: "om Berga" only where a source names Berga */
    decisions: {
      named: (name: string) =>
        `Det här är beslut och händelser som källorna säger gäller ${name}. Ingen källa som Insyn har säger att de hör till en åtgärdsplan, så de räknas inte som planens åtgärder.`,
      maybe: (name: string) =>
        `Det här är beslut som kan gälla ${name}: källan nämner inget särskilt område, så Insyn vet inte om ${name} berörs. Ingen källa som Insyn har säger att de hör till en åtgärdsplan.`,
      mixed: (name: string) =>
        `Det här är beslut och händelser som källorna säger gäller ${name}, och beslut som kan gälla ${name} (där källan inte nämner något område). Ingen källa som Insyn har säger att de hör till en åtgärdsplan.`,
    },
  },
} as const;
