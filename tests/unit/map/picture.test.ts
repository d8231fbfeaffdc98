import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { districtInfos } from '../../../src/lib/district/districts.ts';
import { boundsOf, ringContains, type Position } from '../../../src/lib/map/geo.ts';
import { mapPicture, mercator, simplify } from '../../../src/lib/map/picture.ts';
import type { GeoFeature } from '../../../src/lib/site/snapshot.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';

// The fixture site's shapes (a copy of content/geo): the picture is tested, not the published data.
const site = buildSite(loadContent(join(import.meta.dirname, '../../fixtures/site')).snapshot);
const infos = districtInfos(site, i18nFor('sv'));
const districtShapes = site.geometry.features.filter((f) => f.properties.kind === 'district');

/** The absolute points of each subpath of "Mx yl dx dy …z" path data. */
function subpaths(d: string): Position[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start, rest = ''] = part.replace(/z$/, '').split('l');
      let [x, y] = start.split(' ').map(Number);
      const points: Position[] = [[x, y]];
      const steps = rest.split(' ').filter(Boolean).map(Number);
      for (let i = 0; i < steps.length; i += 2) points.push([(x += steps[i]), (y += steps[i + 1])]);
      return points;
    });
}

test('Web Mercator: the equator and meridian meet in the middle, north is up', () => {
  assert.deepEqual(mercator([0, 0]), [0.5, 0.5]);
  assert.equal(mercator([180, 0])[0], 1);
  assert.ok(
    mercator([15.6, 58.42])[1] < mercator([15.6, 58.38])[1],
    'a more northern point is higher on screen',
  );
});

test('the overview picture frames all three districts and puts each name inside its own shape', () => {
  const picture = mapPicture(site.geometry.features, infos, boundsOf(districtShapes));
  const [vx, vy, vw, vh] = picture.viewBox;
  assert.deepEqual(picture.districts.map((d) => d.id).sort(), ['berga', 'ryd', 'skaggetorp']);
  assert.equal(picture.municipality.length, 1);
  assert.equal(picture.urbanArea.length, 1);
  for (const d of picture.districts) {
    const [outer] = subpaths(d.d);
    assert.ok(outer.length > 20, `${d.id}: drawn with its points`);
    for (const [x, y] of outer)
      assert.ok(
        x >= vx && x <= vx + vw && y >= vy && y <= vy + vh,
        `${d.id}: point ${x},${y} inside the view`,
      );
    assert.ok(ringContains(outer, [d.label.x, d.label.y]), `${d.id}: name inside its shape`);
    assert.equal(d.href, `/omraden/${d.id}/`);
    assert.match(d.summary, /^.+: \d+ åtgärd(er)?$/);
  }
});

test('a district page frames its own district; the others may run out of the view', () => {
  const ryd = districtShapes.find((f) => f.properties.id === 'ryd')!;
  const picture = mapPicture(site.geometry.features, infos, boundsOf([ryd]));
  const [vx, vy, vw, vh] = picture.viewBox;
  const [outer] = subpaths(picture.districts.find((d) => d.id === 'ryd')!.d);
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  // The shape fills the view but for the padding on its wider side.
  assert.ok(
    Math.min(...xs) >= vx &&
      Math.max(...xs) <= vx + vw &&
      Math.min(...ys) >= vy &&
      Math.max(...ys) <= vy + vh,
  );
  assert.ok(
    Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) >= 0.85 * Math.max(vw, vh),
  );
});

test('holes stay holes, and a district without a shape is left out rather than drawn somewhere', () => {
  const square = (x: number, y: number, s: number): Position[] => [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ];
  const features: GeoFeature[] = [
    {
      type: 'Feature',
      properties: { id: 'a', name: 'A', kind: 'district' },
      geometry: { type: 'Polygon', coordinates: [square(15, 58, 0.1), square(15.01, 58.01, 0.02)] },
    },
  ];
  const a = { id: 'a', name: 'A', href: '/omraden/a/', summary: 'A: 1 åtgärd' };
  const b = { id: 'b', name: 'B', href: '/omraden/b/', summary: 'B: 0 åtgärder' };
  const picture = mapPicture(features, [a, b], boundsOf(features));
  assert.deepEqual(
    picture.districts.map((d) => d.id),
    ['a'],
  );
  assert.equal(subpaths(picture.districts[0].d).length, 2, 'outer ring and hole');
});

test('an outline keeps the points a reader could see: within half a unit of a line, a point is dropped', () => {
  const line: Position[] = [
    [0, 0],
    [10, 0.3],
    [20, 0],
    [30, 4],
    [40, 0],
  ];
  assert.deepEqual(simplify(line), [
    [0, 0],
    [20, 0],
    [30, 4],
    [40, 0],
  ]);
  // A closed ring keeps its start and end, and a shape its corners.
  const square: Position[] = [
    [0, 0],
    [5, 0.2],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  assert.deepEqual(simplify(square), [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ]);
});
