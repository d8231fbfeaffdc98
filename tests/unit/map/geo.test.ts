import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { validate } from '../../../src/lib/site/validate.ts';
import { buildSite } from '../../../src/lib/site/build-site.ts';
import { byArea, districtInfos, measuresFor } from '../../../src/lib/district/districts.ts';
import {
  boundsOf,
  labelPoint,
  mapData,
  outerRings,
  ringContains,
  roundCoordinates,
} from '../../../src/lib/map/geo.ts';
import type { GeoFeature } from '../../../src/lib/site/snapshot.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { tempDir } from '../support/temp-dir.ts';

// The fixture site (a copy of content/ with its shapes): the real shapes' own invariants are in
// content-invariants.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/site');
const geometryProblems = (dir: string) =>
  validate(loadContent(dir).snapshot).filter((p) => /shape/.test(p.message));

test('a copy of the fixture site with a shape missing and a stray shape fails validation for both', () => {
  const dir = tempDir('insyn-geo-');
  try {
    cpSync(fixture, dir, { recursive: true });
    const file = join(dir, 'geo/districts.geojson');
    const geo = JSON.parse(readFileSync(file, 'utf8'));
    const ryd = geo.features.find((f: GeoFeature) => f.properties.id === 'ryd');
    ryd.properties.id = 'rydd';
    writeFileSync(file, JSON.stringify(geo));
    const messages = geometryProblems(dir).map((p) => p.message);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0], /district "ryd" has 0 shapes/);
    assert.match(messages[1], /shape "rydd" has no district entry/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const square = (id: string, [x, y]: [number, number], size: number): GeoFeature => ({
  type: 'Feature',
  properties: { id, name: id, kind: 'district' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});

test('bounds cover every shape', () => {
  assert.deepEqual(boundsOf([square('a', [0, 0], 1), square('b', [2, -1], 1)]), [
    [0, -1],
    [3, 1],
  ]);
});

test('a convex district is labelled at its centroid', () => {
  assert.deepEqual(labelPoint(square('a', [10, 20], 2)), [11, 21]);
});

test('a concave district whose centroid falls outside is labelled inside it', () => {
  // A "U": its centroid, (1.5, 1.36), lies in the notch.
  const u: GeoFeature = {
    type: 'Feature',
    properties: { id: 'u', name: 'U', kind: 'district' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    },
  };
  const ring = outerRings(u)[0];
  assert.equal(ringContains(ring, [1.5, 1.36]), false);
  const p = labelPoint(u);
  assert.equal(ringContains(ring, p), true);
});

test('map data: context first, then districts with link and summary, then one label point each', () => {
  const site = buildSite(loadContent(fixture).snapshot);
  const data = mapData(site.geometry.features, districtInfos(site, i18nFor('sv')));
  assert.deepEqual(
    data.features.map((f) => f.properties.kind),
    ['context', 'context', 'district', 'district', 'district', 'label', 'label', 'label'],
  );
  assert.deepEqual(
    data.features.map((f) => f.id),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
  const skaggetorp = data.features.find(
    (f) => f.properties.kind === 'district' && f.properties.id === 'skaggetorp',
  )!;
  assert.equal(skaggetorp.properties.href, '/omraden/skaggetorp/');
  const n = measuresFor(site, 'skaggetorp').targeted.length;
  assert.equal(skaggetorp.properties.summary, `Skäggetorp: ${n} ${n === 1 ? 'åtgärd' : 'åtgärder'}`);
});

test('coordinates are rounded to six decimals', () => {
  assert.deepEqual(roundCoordinates([[15.123456789, 58.1]]), [[15.123457, 58.1]]);
});

test('measures are grouped by development area in area order, unknown area last', () => {
  const site = buildSite(loadContent(fixture).snapshot);
  const groups = byArea(site, site.measures);
  const numbers = groups.map((g) => g.area?.data.number ?? Infinity);
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => a - b),
  );
  assert.equal(groups.flatMap((g) => g.measures).length, site.measures.length);
});
