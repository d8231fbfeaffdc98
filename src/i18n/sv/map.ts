/**
 * The map of the districts and its list (components/map/DistrictMap.astro, MapLegend.astro, DistrictList.astro,
 * MapPicture.astro; the map script gets these words as data attributes), the names on the map
 * (src/lib/district/districts.ts) and the note on the boundaries (components/district/BoundaryNote.astro).
 */
import { measures } from './grammar.ts';

export const words = {
  map: {
    label: 'Karta över områdena i Linköpings kommun',
    caption: 'Samma områden finns som länkar i listan.',
    keys: 'Med tangentbord: tryck på knappen ”Flytta och zooma i kartan”. Flytta sedan kartan med piltangenterna och zooma med + och −. Enter öppnar området mitt på kartan.',
    keysReady:
      'Med tangentbord: flytta kartan med piltangenterna och zooma med + och −. Enter öppnar området mitt på kartan.',
    loading: 'Kartan laddas …',
    hintOpen: 'Tryck Enter för att öppna områdets sida.',
    hintNone: 'Inget område mitt på kartan. Flytta kartan med piltangenterna.',
    unavailable: 'Kartan går inte att flytta eller zooma i den här webbläsaren. Alla områden finns i listan.',
    list: 'Områdena',
    controls: {
      activate: 'Flytta och zooma i kartan',
      zoomIn: 'Zooma in',
      zoomOut: 'Zooma ut',
      reset: 'Återställ',
      resetLabel: 'Återställ kartans utsnitt',
      close: 'Stäng kartan',
      closed: 'Kartan är stängd. Bilden av kartan visas igen.',
    },
    gestures: {
      twoFingers: 'Använd två fingrar för att flytta kartan.',
      ctrlScroll: 'Håll ned Ctrl och skrolla för att zooma i kartan.',
      cmdScroll: 'Håll ned ⌘ och skrolla för att zooma i kartan.',
    },
    legend: {
      heading: 'Teckenförklaring',
      municipality: 'Linköpings kommun',
      urbanArea: 'Tätorten Linköping',
      focus: (name: string) => `${name}, området som sidan handlar om (mörkare)`,
      others: 'De andra områdena (ljusare)',
      districts: 'Områdena, vart och ett i sin färg',
    },
    /** the short caveat on the map, around its glossary word */
    boundary: {
      before: 'Gränserna är Lantmäteriets ',
      term: 'registreringsdistrikt',
      after: ', inte kommunens stadsdelar.',
      more: 'Mer om gränserna',
    },
    /** Under the map and list: what the shapes are. */
    /** the heading that opens the note on the map's borders */
    boundaryHeading: 'Om kartans gränser',
    boundaryNote: {
      before: 'Gränserna på kartan är Lantmäteriets ',
      term: 'registreringsdistrikt',
      after:
        ", inte kommunens stadsdelar. Ryd stämmer väl med stadsdelen. Distriktet Skäggetorp omfattar också Tornby och åkermark norr om stadsdelen. Distriktet Berga är mycket större än stadsdelen och omfattar även Ekholmen och mark söderut. Data från Who's On First; geometri Lantmäteriet (CC0).",
    },
    /** "Skäggetorp: 3 åtgärder", the shape's title and the map's hover label */
    summary: (name: string, n: number) => `${name}: ${measures(n)}`,
    /** under each name in the list */
    count: (n: number) => `${measures(n)} som nämner området`,
  },
} as const;
