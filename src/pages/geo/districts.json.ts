/** The districts' shapes, labels and context as one GeoJSON file, loaded only by the map pages. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site-data.ts';
import { districtInfos } from '../../lib/districts.ts';
import { mapData, roundCoordinates } from '../../lib/geo.ts';

export const GET: APIRoute = () => {
  const data = mapData(site.geometry.features, districtInfos(site));
  for (const f of data.features)
    f.geometry = { ...f.geometry, coordinates: roundCoordinates(f.geometry.coordinates) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json' } });
};
