/**
 * English for ../sv/map.ts (Insyn's translation, same keys).
 * The map of the districts and its list (components/map/DistrictMap.astro, MapLegend.astro, DistrictList.astro,
 * MapPicture.astro; the map script gets these words as data attributes), the names on the map
 * (src/lib/district/districts.ts) and the note on the boundaries (components/district/BoundaryNote.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/map.ts';
import { measures, plural } from './grammar.ts';

export const words: Wide<typeof sv> = {
  map: {
    label: 'Map of the areas in Linköping municipality',
    caption: 'The same areas are links in the list.',
    keys: 'With a keyboard: press the button “Move and zoom the map”. Then move the map with the arrow keys and zoom with + and −. Enter opens the area in the middle of the map.',
    keysReady:
      'With a keyboard: move the map with the arrow keys and zoom with + and −. Enter opens the area in the middle of the map.',
    loading: 'The map is loading …',
    hintOpen: "Press Enter to open the area's page.",
    hintNone: 'No area in the middle of the map. Move the map with the arrow keys.',
    unavailable: 'The map cannot be moved or zoomed in this browser. All the areas are in the list.',
    list: 'The areas',
    controls: {
      activate: 'Move and zoom the map',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      reset: 'Reset',
      resetLabel: "Reset the map's view",
      close: 'Close the map',
      closed: 'The map is closed. The picture of the map is shown again.',
    },
    gestures: {
      twoFingers: 'Use two fingers to move the map.',
      ctrlScroll: 'Hold down Ctrl and scroll to zoom the map.',
      cmdScroll: 'Hold down ⌘ and scroll to zoom the map.',
    },
    legend: {
      heading: 'Key',
      municipality: 'Linköping municipality',
      urbanArea: 'The urban area of Linköping',
      focus: (name: string) => `${name}, the area this page is about (darker)`,
      others: 'The other areas (lighter)',
      districts: 'The areas, each in its own colour',
    },
    /** the short caveat on the map, around its glossary word */
    boundary: {
      before: 'The borders are the ',
      term: 'registration districts',
      after: " of Lantmäteriet, not the municipality's city districts.",
      more: 'More about the borders',
    },
    /** Under the map and list: what the shapes are. */
    boundaryHeading: "About the map's borders",
    boundaryNote: {
      before: "The borders on the map are Lantmäteriet's ",
      term: 'registration districts',
      after:
        ", not the municipality's city districts. Ryd matches the city district well. The Skäggetorp district also includes Tornby and farmland north of the city district. The Berga district is much larger than the city district and also includes Ekholmen and land to the south. Data from Who's On First; geometry Lantmäteriet (CC0).",
    },
    /** "Skäggetorp: 3 measures", the shape's title and the map's hover label */
    summary: (name: string, n: number) => `${name}: ${measures(n)}`,
    /** under each name in the list */
    count: (n: number) =>
      `${plural(n, { one: '1 measure mentions', other: `${n} measures mention` })} the area`,
  },
};
