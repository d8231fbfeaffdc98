import { z } from 'astro/zod';

/** A longitude/latitude pair (WGS84, as GeoJSON writes it). */
const position = z
  .tuple([z.number(), z.number()], { error: 'a position is [longitude, latitude]' })
  .rest(z.number());
/** A closed ring of positions. */
const ring = z
  .array(position)
  .min(4, { error: 'a ring needs at least 4 positions (the first repeated last)' });

/** One shape: a district, the municipality or the town, as the map draws it. */
const feature = z.object({
  type: z.literal('Feature'),
  /** the shape's id (a district's id for kind "district"), its name and what it is; other properties are kept as they are */
  properties: z.looseObject({ id: z.string().min(1), name: z.string().min(1), kind: z.string().min(1) }),
  /** the map draws polygons only */
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
});

/**
 * content/geo/districts.geojson: the map's shapes, a GeoJSON FeatureCollection (other
 * top-level fields, such as a note on where the shapes come from, are kept).
 */
export const geometrySchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(feature),
});
