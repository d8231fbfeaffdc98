/** The districts' shapes, labels and context as one GeoJSON file, loaded only by the map pages. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site/astro-site.ts';
import { districtInfos } from '../../lib/district/districts.ts';
import { mapData, roundCoordinates } from '../../lib/map/geo.ts';
import { i18nFor } from '../../lib/page/i18n.ts';

export const GET: APIRoute = () => {
  // One file for every language, with the Swedish pages and words; a map page gives MapLibre its own (data-places).
  const data = mapData(site.geometry.features, districtInfos(site, i18nFor('sv')));
  for (const f of data.features)
    f.geometry = { ...f.geometry, coordinates: roundCoordinates(f.geometry.coordinates) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json' } });
};
