/** The site's main sections, in menu order: the header menu and the search page's "browse" links share them. */
import { sv } from '../../i18n/sv.ts';
import {
  aboutPath,
  districtsPath,
  documentsPath,
  glossaryPath,
  measuresPath,
  meetingsPath,
  plansPath,
  statisticsPath,
} from '../../lib/paths.ts';

export interface Section {
  href: string;
  label: string;
  /** a section of content one can browse instead of searching */
  browsable: boolean;
}

export const sections: Section[] = [
  { href: plansPath(), label: sv.nav.plans, browsable: true },
  { href: measuresPath(), label: sv.nav.measures, browsable: true },
  { href: districtsPath(), label: sv.nav.districts, browsable: true },
  { href: meetingsPath(), label: sv.nav.meetings, browsable: true },
  { href: documentsPath(), label: sv.nav.documents, browsable: true },
  { href: statisticsPath(), label: sv.nav.statistics, browsable: false },
  { href: glossaryPath(), label: sv.glossary.nav, browsable: false },
  { href: aboutPath(), label: sv.nav.about, browsable: false },
];
