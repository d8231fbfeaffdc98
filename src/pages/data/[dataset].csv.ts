/** /data/<dataset>.csv: UTF-8 with BOM, semicolons, CRLF (opens in Swedish Excel); columns on /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshot } from '../../lib/site/astro-site.ts';
import { toCsv, type Dataset } from '../../lib/data-export/datasets.ts';
import { datasetRoutes } from '../../lib/data-export/data-page.ts';

export const getStaticPaths = (() => datasetRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(toCsv(dataset.columns, dataset.rows(snapshot)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
