/** /data/<dataset>.json: the same rows as the CSV with JSON types, plus the column documentation and terms. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshot } from '../../lib/site/astro-site.ts';
import { toJson, type Dataset } from '../../lib/data-export/datasets.ts';
import { sv } from '../../i18n/sv/index.ts';
import { datasetRoutes } from '../../lib/data-export/data-page.ts';

// The files are Swedish, with their column documentation.
export const getStaticPaths = (() => datasetRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(toJson(dataset, dataset.rows(snapshot), sv.data.terms, snapshot), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
