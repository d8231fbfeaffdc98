/** The pages that exist per language, for hreflang and the language menu (alternates.ts). */
import type { Site } from '../site/build-site.ts';
import { swedishPages } from './page-list.ts';
import { easyReadPages } from '../easy-read/pages.ts';
import type { PageSets } from './alternates.ts';

export const pageSets = (site: Site): PageSets => ({
  swedish: new Set(swedishPages(site)),
  easyRead: new Set(easyReadPages(site)),
});
