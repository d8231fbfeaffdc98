/**
 * The MapLibre part of <insyn-map>, loaded with import() so that maplibre-gl's
 * JS and CSS ship only with map pages. Offline by construction: one local
 * GeoJSON source, no tiles, sprites or glyph server (labels are drawn with the
 * browser's own fonts).
 */
import {
  Map as MapLibre,
  NavigationControl,
  setWorkerUrl,
  type ExpressionSpecification,
  type LayerSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { Bounds, MapFeatureCollection, Position } from '../../lib/map/geo.ts';

setWorkerUrl(workerUrl);

/** MapLibre's stylesheet as a <link> added now, so that no page blocks its first paint on it. */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
    document.head.append(link);
  });
}

interface Place {
  featureId: number;
  href: string;
  summary: string;
  label: Position;
}

export interface MapView {
  pointOf(id: string): { x: number; y: number } | null;
  /** back to the view the map opened on */
  reset(): void;
  destroy(): void;
}

const active = (on: unknown, off: unknown) =>
  ['case', ['boolean', ['feature-state', 'active'], false], on, off] as ExpressionSpecification;

function layers(
  colours: ExpressionSpecification,
  token: (name: string) => string,
  focus: string | undefined,
): LayerSpecification[] {
  const isFocus: ExpressionSpecification = ['==', ['get', 'id'], focus ?? ''];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': token('--map-background') } },
    {
      id: 'kommun',
      type: 'fill',
      source: 'places',
      filter: ['==', ['get', 'id'], 'kommun'],
      paint: { 'fill-color': token('--map-municipality') },
    },
    {
      id: 'tatort',
      type: 'fill',
      source: 'places',
      filter: ['==', ['get', 'id'], 'tatort'],
      paint: { 'fill-color': token('--map-urban-area') },
    },
    {
      id: 'context-line',
      type: 'line',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'context'],
      paint: { 'line-color': token('--map-line'), 'line-width': 1 },
    },
    {
      id: 'district-fill',
      type: 'fill',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'district'],
      paint: { 'fill-color': colours, 'fill-opacity': active(0.65, ['case', isFocus, 0.5, 0.3]) },
    },
    {
      id: 'district-line',
      type: 'line',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'district'],
      paint: { 'line-color': colours, 'line-width': active(4, ['case', isFocus, 3, 1.5]) },
    },
    {
      id: 'district-label',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['Noto Sans Bold'],
        'text-size': 16,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': token('--color-text'), 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

export async function showMap(host: HTMLElement, container: HTMLElement): Promise<MapView> {
  const d = host.dataset;
  const [response] = await Promise.all([fetch(d.src!), loadStylesheet(cssUrl)]);
  if (!response.ok) throw new Error(`${d.src}: HTTP ${response.status}`);
  const data = (await response.json()) as MapFeatureCollection;

  // The page gives each district's link and words in its own language (data-places); the file's are Swedish.
  const local = JSON.parse(d.places ?? '{}') as Record<string, { href: string; summary: string }>;
  const places = new Map<string, Place>();
  for (const f of data.features) {
    const { id, kind, href = '', summary = '' } = f.properties;
    if (kind === 'district')
      places.set(id, {
        featureId: f.id,
        href: local[id]?.href ?? href,
        summary: local[id]?.summary ?? summary,
        label: [0, 0],
      });
  }
  for (const f of data.features)
    if (f.properties.kind === 'label')
      places.get(f.properties.id)!.label = f.geometry.coordinates as Position;

  // Colours come from the design tokens, so map, picture, list and legend agree.
  const css = getComputedStyle(host);
  const token = (name: string) => css.getPropertyValue(name).trim() || '#808080';
  // A "match" with one (id, colour) pair per district; its variadic shape is beyond the spec's tuple types.
  const pairs = [...places.keys()].flatMap((id) => [
    id,
    css.getPropertyValue(`--district-${id}`).trim() || '#555555',
  ]);
  const colours = ['match', ['get', 'id'], ...pairs, '#555555'] as unknown as ExpressionSpecification;
  const style: StyleSpecification = {
    version: 8,
    sources: { places: { type: 'geojson', data: data as never } },
    layers: layers(colours, token, d.focus),
  };

  const bounds = JSON.parse(d.bounds!) as Bounds;
  const map = new MapLibre({
    container,
    style,
    bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    // On a phone one finger scrolls the page and two move the map; a mouse wheel zooms only with Ctrl/⌘.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: {
      'Map.Title': d.label ?? '',
      'NavigationControl.ZoomIn': d.zoomIn ?? '',
      'NavigationControl.ZoomOut': d.zoomOut ?? '',
      'CooperativeGesturesHandler.MobileHelpText': d.twoFingers ?? '',
      'CooperativeGesturesHandler.WindowsHelpText': d.ctrlScroll ?? '',
      'CooperativeGesturesHandler.MacHelpText': d.cmdScroll ?? '',
    },
  });
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  const tip = host.querySelector<HTMLElement>('[data-map-tip]')!;
  const status = host.querySelector<HTMLElement>('[data-map-status]')!;
  const canvas = map.getCanvas();
  // The keyboard help (shown while the map has keyboard focus) describes the canvas too.
  canvas.setAttribute('aria-describedby', 'kartans-tangenter');
  // Listeners outside the map go when the map is closed.
  const outside = new AbortController();
  const { signal } = outside;
  let current: string | null = null;

  const setActive = (id: string | null, at?: { x: number; y: number }) => {
    if (current && current !== id)
      map.setFeatureState({ source: 'places', id: places.get(current)!.featureId }, { active: false });
    current = id;
    const place = id ? places.get(id) : undefined;
    if (!place) {
      tip.hidden = true;
      return;
    }
    map.setFeatureState({ source: 'places', id: place.featureId }, { active: true });
    const p = at ?? map.project(place.label);
    tip.textContent = place.summary;
    // Physical left: the map is never mirrored, also on a right-to-left page.
    tip.style.left = `${p.x}px`;
    tip.style.insetBlockStart = `${p.y}px`;
    tip.hidden = false;
  };

  // Mouse: hover shows name and count, click opens the district page.
  map.on('mousemove', 'district-fill', (e) => {
    map.getCanvas().style.cursor = 'pointer';
    setActive(String(e.features?.[0]?.properties.id), e.point);
  });
  map.on('mouseleave', 'district-fill', () => {
    map.getCanvas().style.cursor = '';
    setActive(null);
  });
  map.on('click', 'district-fill', (e) => {
    const place = places.get(String(e.features?.[0]?.properties.id));
    if (place) location.assign(place.href);
  });

  // Keyboard: arrow keys pan (MapLibre's keyboard handler); the district under
  // the centre mark is picked, announced, and opened with Enter.
  const pickCentre = () => {
    const centre = map.project(map.getCenter());
    const id = map.queryRenderedFeatures(centre, { layers: ['district-fill'] })[0]?.properties.id;
    setActive(typeof id === 'string' ? id : null);
    status.textContent =
      typeof id === 'string' ? `${places.get(id)!.summary}. ${d.hintOpen}` : (d.hintNone ?? '');
  };
  canvas.addEventListener('focus', pickCentre);
  canvas.addEventListener('blur', () => {
    setActive(null);
    status.textContent = '';
  });
  // data-moving says a pan is under way (key presses during an ease shorten it), for tests and styling.
  map.on('movestart', () => {
    host.dataset.moving = '';
  });
  map.on('moveend', () => {
    delete host.dataset.moving;
    if (document.activeElement === canvas) pickCentre();
  });
  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && current) location.assign(places.get(current)!.href);
  });

  // The plain list mirrors the map: hovering or focusing a district's link lights up its shape.
  for (const link of host.querySelectorAll<HTMLElement>('[data-district]')) {
    const id = link.dataset.district!;
    const on = () => setActive(id);
    const off = () => setActive(null);
    link.addEventListener('mouseenter', on, { signal });
    link.addEventListener('focus', on, { signal });
    link.addEventListener('mouseleave', off, { signal });
    link.addEventListener('blur', off, { signal });
  }

  await new Promise<void>((resolve, reject) => {
    map.once('idle', () => resolve());
    map.once('error', (e) => reject(e.error));
  });

  return {
    pointOf: (id) => {
      const place = places.get(id);
      if (!place) return null;
      const { x, y } = map.project(place.label);
      return { x, y };
    },
    reset: () => map.fitBounds(bounds, { padding: 24 }),
    destroy: () => {
      outside.abort();
      tip.hidden = true;
      status.textContent = '';
      delete host.dataset.moving;
      map.remove();
    },
  };
}
