/** /flode.xml: everything new, newest first (what is in it: src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import { site } from '../lib/site-data.ts';
import { feedItems } from '../lib/feed.ts';
import { feedResponse } from '../lib/feed-response.ts';
import { sv } from '../i18n/sv.ts';
import { feedPath } from '../lib/paths.ts';

export const GET: APIRoute = ({ site: url }) =>
  feedResponse({
    site: url!,
    path: feedPath(),
    title: sv.feed.title,
    description: sv.feed.description,
    items: feedItems(site),
  });
