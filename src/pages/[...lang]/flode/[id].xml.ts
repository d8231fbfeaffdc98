/** /flode/<district>.xml: one district's feed (what belongs to a district: src/lib/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../lib/site-data.ts';
import { belongsTo, feedItems } from '../../lib/feed.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { sv } from '../../i18n/sv.ts';
import { districtFeedPath } from '../../lib/paths.ts';

export const getStaticPaths = (() =>
  site.districts.map((d) => ({
    params: { id: d.id },
    props: { name: d.data.name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site: url, params, props }) =>
  feedResponse({
    site: url!,
    path: districtFeedPath(params.id!),
    title: sv.feed.districtTitle(props.name),
    description: sv.feed.districtDescription(props.name),
    items: feedItems(site).filter((item) => belongsTo(item, params.id!)),
  });
