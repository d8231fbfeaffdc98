/** The site's main sections, in menu order: the header menu and the search page's "browse" links share them. */
import type { Dict } from '../../i18n/index.ts';
import {
  aboutPath,
  districtsPath,
  documentsPath,
  glossaryPath,
  measuresPath,
  meetingsPath,
  plansPath,
  statisticsPath,
} from '../../lib/urls/paths.ts';

export interface Section {
  href: string;
  label: string;
  /** a section of content one can browse instead of searching */
  browsable: boolean;
}

/** The sections in a language: its dictionary's names, its paths (`link` of the page context). */
export const sectionsOf = (t: Dict, link: (path: string) => string): Section[] => [
  { href: link(plansPath()), label: t.nav.plans, browsable: true },
  { href: link(measuresPath()), label: t.nav.measures, browsable: true },
  { href: link(districtsPath()), label: t.nav.districts, browsable: true },
  { href: link(meetingsPath()), label: t.nav.meetings, browsable: true },
  { href: link(documentsPath()), label: t.nav.documents, browsable: true },
  { href: link(statisticsPath()), label: t.nav.statistics, browsable: false },
  { href: link(glossaryPath()), label: t.glossary.nav, browsable: false },
  { href: link(aboutPath()), label: t.nav.about, browsable: false },
];
