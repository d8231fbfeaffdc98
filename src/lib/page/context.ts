/**
 * The page context: what the components of the page being rendered need, computed once
 * per page by src/middleware.ts and read as `Astro.locals.page` (typed in src/env.d.ts), as
 * Starlight attaches its route data (utils/routing/middleware.ts) and its components only
 * read it. A component never imports the site: it reads this or takes props, so it renders
 * on a context built from a fixture site (tests/components/).
 *
 * What is here: the page's language (I18n), content texts in it, citations, the glossary
 * check, the vocabularies that name things, the site's sources counted by kind (every footer
 * says them), and the page's own links (report, alternates, feeds). What a component shows
 * beyond that (measures, notes, counts) comes as props.
 * The lookups depend only on the site and the language, so they are built once per language
 * and shared by its pages; only the address-bound parts are the page's own.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { I18n } from '../../i18n/index.ts';
import { languages, type LanguageId } from '../../i18n/languages.ts';
import { lattlast } from '../../i18n/lattlast/index.ts';
import type { Site } from '../site/build-site.ts';
import { easySource, UNKNOWN_STATUS } from '../easy-read/facts.ts';
import { feedLinksFor } from '../feed/items.ts';
import { citation, type Citation } from '../sources/citation.ts';
import { reportLink } from '../sources/report-link.ts';
import { sourceCounts, sourceCountsText, type SourceCounts } from '../sources/source-counts.ts';
import { contentText } from '../text/content-text.ts';
import { translate, type Translated } from '../text/translate.ts';
import { alternatesOf, type Alternate } from '../urls/alternates.ts';
import { pageSets } from '../urls/page-sets.ts';
import type { PageSets } from '../urls/alternates.ts';
import { i18nFor } from './i18n.ts';

/**
 * The short lists that name things on every kind of page (content/statuses.yaml, areas.yaml,
 * districts/, organisations.yaml, parties.yaml). Their names and labels are Swedish content
 * texts: `text()` or <Tx> puts them in the page's language.
 */
type Vocabulary = Pick<
  Site,
  'statuses' | 'statusById' | 'areaById' | 'districtById' | 'organisationById' | 'partyById'
>;

/** What depends only on the site and the language: shared by every page in the language. */
export interface LanguageContext extends I18n, Vocabulary {
  /** a content text in the page's language as plain text: Insyn's translation, else the Swedish as it stands */
  text: (sv: string) => string;
  /** Insyn's translation of a content text into the page's language; none on a Swedish page or where Insyn has none */
  translation: (sv: string) => Translated | undefined;
  /** whether <Term id> has somewhere to link: a glossary entry, a status, or the unknown status "okand" */
  isTerm: (id: string) => boolean;
  /** a source as a citation in the page's words ("KS 2023-02-14 § 31, s. 4, st. 33") with its link */
  cite: (source: SourceRef) => Citation;
  /** a source in easy words ("Protokoll 14 februari 2023"), for the easy-read pages */
  citeEasy: (source: SourceRef) => Citation;
  /**
   * What Insyn's sources are, counted by kind from the data (src/lib/sources/source-counts.ts), as
   * a sentence in the interface's words: the footer, /kallor/ and the about pages.
   */
  sourceCounts: string;
}

export interface PageContext extends LanguageContext {
  /** the page's public address (the configured site URL and the page's path) */
  url: URL;
  /** the "Rapportera fel" link for a fact on this page (src/lib/sources/report-link.ts) */
  report: (fact: string) => string;
  /** the page in the other languages: hreflang links and the language menu */
  alternates: Alternate[];
  /** the feeds the page announces in its <head>: the language's, and its district's on a district page */
  feeds: { href: string; district?: string }[];
}

const languageContexts = new WeakMap<Site, Map<LanguageId, LanguageContext>>();
const pageSetsOf = new WeakMap<Site, PageSets>();
const sourceCountsOf = new WeakMap<Site, SourceCounts>();

function languageContext(site: Site, id: LanguageId): LanguageContext {
  const i18n = i18nFor(id);
  const { t, lang, intl, uiLang } = i18n;
  let counts = sourceCountsOf.get(site);
  if (!counts) sourceCountsOf.set(site, (counts = sourceCounts(site)));
  return {
    ...i18n,
    statuses: site.statuses,
    statusById: site.statusById,
    areaById: site.areaById,
    districtById: site.districtById,
    organisationById: site.organisationById,
    partyById: site.partyById,
    text: (sv) => contentText(site, lang, sv),
    translation: (sv) => (lang === 'sv' ? undefined : translate(site.translations, lang, sv)),
    isTerm: (termId) =>
      site.glossaryById.has(termId) || site.statusById.has(termId) || termId === UNKNOWN_STATUS,
    cite: (source) => citation(site, source, t, intl),
    citeEasy: (source) => easySource(site, source, lattlast),
    // In the interface's words: Swedish around a one-page language's text, listed the Swedish way.
    sourceCounts: sourceCountsText(counts, t, uiLang === lang ? intl : languages.sv.intl),
  };
}

/** The context of the page at `url` (its public address) in language `id`. */
export function pageContext(site: Site, id: LanguageId, url: URL): PageContext {
  let contexts = languageContexts.get(site);
  if (!contexts) languageContexts.set(site, (contexts = new Map()));
  let shared = contexts.get(id);
  if (!shared) contexts.set(id, (shared = languageContext(site, id)));
  const report = shared.t.report;
  let alternates: Alternate[] | undefined;
  let feeds: PageContext['feeds'] | undefined;
  return {
    ...shared,
    url,
    report: (fact) => reportLink(url.pathname, url, fact, report),
    // Computed when read, by the HTML pages' layout: the middleware runs for files too
    // ("/data/atgarder.csv"), and a file is no page with a parent or other languages.
    get alternates() {
      let sets = pageSetsOf.get(site);
      if (!sets) pageSetsOf.set(site, (sets = pageSets(site)));
      return (alternates ??= alternatesOf(url.pathname, sets));
    },
    get feeds() {
      return (feeds ??= feedLinksFor(
        url.pathname,
        site.districts.map((d) => ({ id: d.id, name: d.data.name })),
      ));
    },
  };
}
