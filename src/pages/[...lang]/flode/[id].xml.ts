/**
 * /flode/<district>.xml (and /en/…, /ar/…): one district's feed in each full locale
 * (what belongs to a district: src/lib/feed/items.ts).
 */
import type { APIRoute } from 'astro';
import { site } from '../../../lib/site/astro-site.ts';
import { belongsTo, feedItems, feedLanguage, feedPathIn } from '../../../lib/feed/items.ts';
import { feedResponse } from '../../../lib/feed/response.ts';
import { languageOfPath, withLocales } from '../../../i18n/languages.ts';
import { districtFeedPath } from '../../../lib/urls/paths.ts';

export const getStaticPaths = () =>
  withLocales(site.districts.map((d) => ({ params: { id: d.id }, props: { name: d.data.name } })));

export const GET: APIRoute = ({ site: url, url: self, params, props }) => {
  const id = languageOfPath(self.pathname);
  const language = feedLanguage(id, site);
  const { name } = props as { name: string };
  return feedResponse({
    site: url!,
    path: feedPathIn(id, districtFeedPath(params.id!)),
    title: language.t.feed.districtTitle(name),
    description: language.t.feed.districtDescription(name),
    language: language.t.feed.language,
    items: feedItems(site, language).filter((item) => belongsTo(item, params.id!)),
  });
};
