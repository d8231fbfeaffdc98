/**
 * /flode.xml, /en/flode.xml, /ar/flode.xml: everything new, newest first, told in each full
 * locale and linking to its pages (what is in it: src/lib/feed/items.ts).
 */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site/astro-site.ts';
import { feedPage } from '../../lib/feed/feed-page.ts';
import { feedResponse } from '../../lib/feed/response.ts';
import { languageOfPath, withLocales } from '../../i18n/languages.ts';

export const getStaticPaths = () => withLocales();

export const GET: APIRoute = ({ site: url, url: self }) =>
  feedResponse({ site: url!, ...feedPage(site, languageOfPath(self.pathname)) });
