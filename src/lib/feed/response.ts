/** Renders feed items as an RSS 2.0 response with @astrojs/rss (shared by the site feed and the district feeds). */
import rss from '@astrojs/rss';
import { rssItem, type FeedItem } from './items.ts';

export function feedResponse(opts: {
  site: URL;
  path: string;
  title: string;
  description: string;
  /** RSS's <language>, e.g. "sv-se" */
  language: string;
  items: FeedItem[];
}): Promise<Response> {
  const self = new URL(opts.path, opts.site).href;
  return rss({
    title: opts.title,
    description: opts.description,
    site: opts.site,
    items: opts.items.map((item) => rssItem(item, opts.site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${opts.language}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
