/**
 * Geometry for the district maps: bounds, label points and the GeoJSON the
 * map loads. Pure: no Astro or MapLibre imports, so it is unit-tested.
 */
import type { GeoFeature } from '../site/snapshot.ts';

export type Position = [number, number];
/** [[west, south], [east, north]], the shape MapLibre's fitBounds takes. */
export type Bounds = [Position, Position];

/** The polygons of a Polygon or MultiPolygon, each as its rings: the outer ring, then any holes. */
export function polygons(feature: GeoFeature): Position[][][] {
  const { type, coordinates } = feature.geometry;
  if (type === 'Polygon') return [coordinates as Position[][]];
  if (type === 'MultiPolygon') return coordinates as Position[][][];
  throw new Error(
    `feature "${feature.properties.id}" is a ${type}; the map draws only Polygon and MultiPolygon`,
  );
}

/** The outer rings of a Polygon or MultiPolygon (holes are not needed for bounds or labels). */
export function outerRings(feature: GeoFeature): Position[][] {
  return polygons(feature).map((polygon) => polygon[0]);
}

export function boundsOf(features: GeoFeature[]): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of features.flatMap(outerRings))
    for (const [x, y] of ring) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  if (!Number.isFinite(w)) throw new Error('no coordinates to bound');
  return [
    [w, s],
    [e, n],
  ];
}

/** Even-odd ray casting; good enough for districts a few kilometres wide. */
export function ringContains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed area and area-weighted centroid of a ring (planar; fine at this scale). */
function ringCentroid(ring: Position[]): { area: number; at: Position } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return { area: a / 2, at: [cx / (3 * a), cy / (3 * a)] };
}

/**
 * Where a district's name goes: the centroid of its largest part when that
 * lies inside the shape, else the inside point nearest to it on a grid
 * (a concave district's centroid can fall outside it).
 */
export function labelPoint(feature: GeoFeature): Position {
  const ring = outerRings(feature)
    .map((r) => ({ ring: r, ...ringCentroid(r) }))
    .sort((p, q) => Math.abs(q.area) - Math.abs(p.area))[0];
  if (ringContains(ring.ring, ring.at)) return ring.at;
  const [[w, s], [e, n]] = boundsOf([
    { ...feature, geometry: { type: 'Polygon', coordinates: [ring.ring] } },
  ]);
  const steps = 40;
  let best: Position | null = null;
  let bestDistance = Infinity;
  for (let i = 1; i < steps; i++)
    for (let k = 1; k < steps; k++) {
      const p: Position = [w + ((e - w) * i) / steps, s + ((n - s) * k) / steps];
      const d = (p[0] - ring.at[0]) ** 2 + (p[1] - ring.at[1]) ** 2;
      if (d < bestDistance && ringContains(ring.ring, p)) [best, bestDistance] = [p, d];
    }
  if (!best) throw new Error(`no label point found inside "${feature.properties.id}"`);
  return best;
}

/** What the map shows about a district besides its shape. */
export interface DistrictInfo {
  id: string;
  name: string;
  /** link to the district page */
  href: string;
  /** "Skäggetorp: 3 åtgärder", shown on hover and focus */
  summary: string;
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: number;
    properties: {
      id: string;
      kind: 'district' | 'context' | 'label';
      name: string;
      href?: string;
      summary?: string;
    };
    geometry: { type: string; coordinates: unknown };
  }[];
}

/**
 * The one GeoJSON file the maps load: context shapes (municipality, urban
 * area) first so they draw underneath, then the districts, then a label
 * point per district. Numeric ids let MapLibre keep hover/focus state.
 */
export function mapData(features: GeoFeature[], districts: DistrictInfo[]): MapFeatureCollection {
  const info = new Map(districts.map((d) => [d.id, d]));
  const context = features.filter((f) => f.properties.kind !== 'district');
  const shapes = features.filter((f) => f.properties.kind === 'district' && info.has(f.properties.id));
  const out: MapFeatureCollection['features'] = [];
  for (const f of context)
    out.push({
      type: 'Feature',
      id: out.length,
      properties: { id: f.properties.id, kind: 'context', name: f.properties.name },
      geometry: f.geometry,
    });
  for (const f of shapes) {
    const d = info.get(f.properties.id)!;
    out.push({
      type: 'Feature',
      id: out.length,
      properties: { id: d.id, kind: 'district', name: d.name, href: d.href, summary: d.summary },
      geometry: f.geometry,
    });
  }
  for (const f of shapes) {
    const d = info.get(f.properties.id)!;
    out.push({
      type: 'Feature',
      id: out.length,
      properties: { id: d.id, kind: 'label', name: d.name, href: d.href, summary: d.summary },
      geometry: { type: 'Point', coordinates: labelPoint(f) },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** Rounds coordinates to ~1 m (6 decimals) so the served file stays small. */
export function roundCoordinates<T>(coordinates: T, decimals = 6): T {
  const k = 10 ** decimals;
  const walk = (c: unknown): unknown =>
    Array.isArray(c) ? c.map(walk) : typeof c === 'number' ? Math.round(c * k) / k : c;
  return walk(coordinates) as T;
}
