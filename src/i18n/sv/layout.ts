/**
 * The frame of every page: the head and header (src/layouts/Base.astro, components/layout/Header.astro,
 * LanguageMenu.astro), the main menu and breadcrumbs (layout/sections.ts, Breadcrumbs.astro), the footer
 * (Footer.astro), the notices on translated pages (Base.astro, pages/[...lang]/[page].astro,
 * dokument/[id].astro, components/i18n/Quote.astro), wide tables (layout/TableScroll.astro and the tables
 * in it) and the 404 page (pages/404.astro, [lang]/404.astro, layout/NotFound.astro).
 */

export const words = {
  site: {
    name: 'Insyn',
    tagline: 'Linköpings arbete mot segregation – öppet för alla',
    skip: 'Hoppa till innehållet',
    footerPrivacy: 'Sidan använder inga kakor, ingen analys och inga tjänster utanför den här webbplatsen.',
    /** the text of the image shown when a page is shared */
    ogImageAlt: 'Insyn – Linköpings arbete mot segregation, öppet för alla',
  },
  nav: {
    label: 'Huvudmeny',
    /** the button that opens the menu on a phone */
    menu: 'Meny',
    home: 'Start',
    plans: 'Planer',
    measures: 'Åtgärder',
    districts: 'Områden',
    meetings: 'Protokoll',
    documents: 'Dokument',
    statistics: 'Statistik',
    sources: 'Källor',
    about: 'Om Insyn',
    accessibility: 'Tillgänglighet',
  },
  /** in-page navigation and long lists (components/layout/OnThisPage.astro, ShowMore.astro) */
  page: {
    onThisPage: 'På sidan',
    /** the button that opens the rest of a long list */
    showMore: (n: number) => `Visa ${n} till`,
    showEarlier: (n: number) => `Visa ${n} tidigare`,
    showLess: 'Visa färre',
  },
  languages: {
    menu: 'Språk',
    /** the header's link to every language (the other ones are named in their own words beside it) */
    more: 'Fler språk',
  },
  translation: {
    /** before Insyn's translation of a Swedish quotation (on English/Arabic pages, in that language) */
    mark: 'Insyns översättning, inte officiell',
    /** the notice on a page whose translation no person who reads the language has checked yet */
    unreviewed: 'Insyn har översatt den här sidan. Ingen som läser språket har granskat översättningen ännu.',
    /** after t.translation.unreviewed's place, when a person who reads the language has checked it */
    reviewed: (by: string, date: string) => `Översättningen är granskad av ${by} (${date}).`,
    /** the link to the section of /om/ about translations */
    policy: 'Så översätter Insyn',
    /** a document page: the transcribed text stays as the source wrote it */
    fullTextSwedish: 'Dokumentets text står här på svenska, som i källan.',
    /** an editorial page that has no translation yet: its Swedish text follows */
    pageOnlySwedish: 'Den här sidan finns bara på svenska än. Här är den svenska texten.',
  },
  // Breadcrumbs: the first crumb's word is nav.home.
  crumbs: {
    label: 'Du är här',
  },
  tables: {
    scrollCue: 'Tabellen är bredare än skärmen. Dra i sidled för att se alla kolumner.',
    source: 'Källa',
    region: (caption: string) => `Tabell: ${caption}`,
    documentTable: (block: string) => `stycke ${block}`,
  },
  // 404 page (src/pages/404.astro, src/components/layout/NotFound.astro)
  notFound: {
    title: 'Sidan finns inte',
    text: 'Det finns ingen sida på den här adressen. Den kan vara felstavad, eller så har sidan aldrig funnits här.',
    searchHeading: 'Sök efter det du letade efter',
    searchLabel: 'Sökord',
    sectionsHeading: 'Eller börja från en av delarna',
    home: 'Startsidan',
  },
} as const;
