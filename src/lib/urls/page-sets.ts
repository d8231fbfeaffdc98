/** The pages that exist per language, for hreflang and the language menu (src/i18n/alternates.ts). */
import { site } from '../site/astro-site.ts';
import { swedishPages } from './page-list.ts';
import { easyReadPages } from '../easy-read/pages.ts';
import type { PageSets } from '../../i18n/alternates.ts';

export const pageSets: PageSets = {
  swedish: new Set(swedishPages(site)),
  easyRead: new Set(easyReadPages(site)),
};
