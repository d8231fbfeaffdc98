/** The site's main sections, in menu order: the header menu and the search page's "browse" links share them. */
import { sv } from '../../i18n/sv.ts';

export interface Section {
  href: string;
  label: string;
  /** a section of content one can browse instead of searching */
  browsable: boolean;
}

export const sections: Section[] = [
  { href: '/planer/', label: sv.nav.plans, browsable: true },
  { href: '/atgarder/', label: sv.nav.measures, browsable: true },
  { href: '/omraden/', label: sv.nav.districts, browsable: true },
  { href: '/protokoll/', label: sv.nav.meetings, browsable: true },
  { href: '/dokument/', label: sv.nav.documents, browsable: true },
  { href: '/statistik/', label: sv.nav.statistics, browsable: false },
  { href: '/ordlista/', label: sv.glossary.nav, browsable: false },
  { href: '/om/', label: sv.nav.about, browsable: false },
];
