/**
 * English for ../sv/layout.ts (Insyn's translation, same keys).
 * The frame of every page: the head and header (src/layouts/Base.astro, components/layout/Header.astro,
 * LanguageMenu.astro), the main menu and breadcrumbs (layout/sections.ts, Breadcrumbs.astro), the footer
 * (Footer.astro), the notices on translated pages (Base.astro, pages/[...lang]/[page].astro,
 * dokument/[id].astro, components/i18n/Quote.astro), wide tables (layout/TableScroll.astro and the tables
 * in it) and the 404 page (pages/404.astro, [lang]/404.astro, layout/NotFound.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/layout.ts';

export const words: Wide<typeof sv> = {
  site: {
    name: 'Insyn',
    tagline: "Linköping's work against segregation – open to everyone",
    skip: 'Skip to content',
    footerPrivacy: 'This site uses no cookies, no analytics and no services outside this website.',
    /** the text of the image shown when a page is shared */
    ogImageAlt: "Insyn – Linköping's work against segregation, open to everyone",
  },
  nav: {
    label: 'Main menu',
    /** the button that opens the menu on a phone */
    menu: 'Menu',
    home: 'Home',
    plans: 'Plans',
    measures: 'Measures',
    districts: 'Areas',
    meetings: 'Minutes',
    documents: 'Documents',
    statistics: 'Statistics',
    sources: 'Sources',
    about: 'About Insyn',
    accessibility: 'Accessibility',
  },
  page: {
    onThisPage: 'On this page',
    showMore: (n: number) => `Show ${n} more`,
    showEarlier: (n: number) => `Show ${n} earlier`,
    showLess: 'Show fewer',
  },
  languages: {
    menu: 'Language',
    more: 'More languages',
  },
  translation: {
    mark: "Insyn's translation, not official",
    unreviewed: 'Insyn has translated this page. Nobody who reads English has checked the translation yet.',
    /** after t.translation.unreviewed's place, when a person who reads the language has checked it */
    reviewed: (by: string, date: string) => `The translation has been checked by ${by} (${date}).`,
    /** the link to the section of /om/ about translations */
    policy: 'How Insyn translates',
    /** a document page: the transcribed text stays as the source wrote it */
    fullTextSwedish: "The document's text is here in Swedish, as in the source.",
    /** an editorial page that has no translation yet: its Swedish text follows */
    pageOnlySwedish: 'This page is only in Swedish so far. Here is the Swedish text.',
  },
  crumbs: {
    label: 'You are here',
  },
  tables: {
    scrollCue: 'The table is wider than the screen. Swipe sideways to see all the columns.',
    source: 'Source',
    region: (caption: string) => `Table: ${caption}`,
    documentTable: (block: string) => `paragraph ${block}`,
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may be misspelled, or the page has never been here.',
    searchHeading: 'Search for what you were looking for',
    searchLabel: 'Search word',
    sectionsHeading: 'Or start from one of the sections',
    home: 'The home page',
  },
};
