/**
 * /flode/<district>.xml (and /en/…, /ar/…): one district's feed in each full locale
 * (what belongs to a district: src/lib/feed/items.ts).
 */
import type { APIRoute } from 'astro';
import { site } from '../../../lib/site/astro-site.ts';
import { feedPage } from '../../../lib/feed/feed-page.ts';
import { feedResponse } from '../../../lib/feed/response.ts';
import { languageOfPath, withLocales } from '../../../i18n/languages.ts';

export const getStaticPaths = () =>
  withLocales(site.districts.map((d) => ({ params: { id: d.id }, props: { name: d.data.name } })));

export const GET: APIRoute = ({ site: url, url: self, params, props }) => {
  const district = { id: params.id!, name: (props as { name: string }).name };
  return feedResponse({ site: url!, ...feedPage(site, languageOfPath(self.pathname), district) });
};
