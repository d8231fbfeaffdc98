/**
 * The district map as a static picture, drawn at build time: the same shapes,
 * projection (Web Mercator) and view as the MapLibre map, as SVG paths. Map
 * pages show it at once, with no script and no WebGL; MapLibre loads only
 * when a visitor asks to pan and zoom. Pure: no Astro imports, unit-tested.
 */
import { labelPoint, polygons, type Bounds, type DistrictInfo, type Position } from './geo.ts';
import type { GeoFeature } from '../site/snapshot.ts';

/** Picture units across the bounds' wider side: a unit is under a pixel on any screen. */
const SIZE = 1000;
/** Room around the bounds, as a share of their size (MapLibre's fitBounds pads by 24 px). */
const PADDING = 0.06;

export interface PictureShape {
  id: string;
  /** SVG path data, all rings (holes draw as holes with fill-rule evenodd) */
  d: string;
}

export interface PictureDistrict extends PictureShape, DistrictInfo {
  /** where the name goes, in picture units */
  label: { x: number; y: number };
}

export interface MapPicture {
  /** minX, minY, width, height of the view (the bounds plus padding) */
  viewBox: [number, number, number, number];
  municipality: PictureShape[];
  urbanArea: PictureShape[];
  districts: PictureDistrict[];
}

/** How far a dropped point may lie from the simplified outline, in picture units (under a pixel). */
const TOLERANCE = 0.5;

/**
 * The points of a line that matter at `tolerance` (Douglas–Peucker): a point closer than that to
 * the line between its kept neighbours changes nothing a reader can see, only the page's size.
 */
export function simplify(points: Position[], tolerance = TOLERANCE): Position[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let farthest = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const distance =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > farthest) [far, farthest] = [i, distance];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  return points.filter((_, i) => keep[i]);
}

/** Web Mercator, in units of the world's width (0–1), y down as on screen. */
export function mercator([lon, lat]: Position): Position {
  const phi = (lat * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/**
 * The picture of `features` framed on `bounds` (a district page frames its
 * district, the overview all three). Context shapes outside the frame are
 * kept: the SVG shows them where the page is wider or taller than the frame.
 */
export function mapPicture(features: GeoFeature[], districts: DistrictInfo[], bounds: Bounds): MapPicture {
  const [x0, y1] = mercator(bounds[0]);
  const [x1, y0] = mercator(bounds[1]);
  const scale = SIZE / Math.max(x1 - x0, y1 - y0);
  const project = (p: Position): Position => {
    const [x, y] = mercator(p);
    return [(x - x0) * scale, (y - y0) * scale];
  };
  const round = ([x, y]: Position): Position => [Math.round(x), Math.round(y)];
  const at = (p: Position): Position => round(project(p));
  const path = (feature: GeoFeature) =>
    polygons(feature)
      .flat() // every ring, holes included: they draw as holes with fill-rule evenodd
      .map((ring) => {
        // Whole units (under a pixel on any screen), each point relative to the last: short numbers, small HTML.
        const points = simplify(ring.map(project))
          .map(round)
          .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
        const steps = points.slice(1).map(([x, y], i) => `${x - points[i][0]} ${y - points[i][1]}`);
        return `M${points[0][0]} ${points[0][1]}l${steps.join(' ')}z`;
      })
      .join('');
  const shapes = (kind: string) =>
    features.filter((f) => f.properties.kind === kind).map((f) => ({ id: f.properties.id, d: path(f) }));

  const byId = new Map(
    features.filter((f) => f.properties.kind === 'district').map((f) => [f.properties.id, f]),
  );
  const width = (x1 - x0) * scale;
  const height = (y1 - y0) * scale;
  const pad = PADDING * Math.max(width, height);
  return {
    viewBox: [Math.round(-pad), Math.round(-pad), Math.round(width + 2 * pad), Math.round(height + 2 * pad)],
    municipality: shapes('municipality'),
    urbanArea: shapes('urban_area'),
    districts: districts.flatMap((d) => {
      const feature = byId.get(d.id);
      if (!feature) return [];
      const [x, y] = at(labelPoint(feature));
      return [{ ...d, d: path(feature), label: { x, y } }];
    }),
  };
}
