import type { CollectionName, DataOf } from '../../schemas/index.ts';

/** One entry as the validator and the queries see it, whatever loaded it (Astro or a script). */
export interface Entry<T> {
  id: string;
  /** the file it came from, for error messages */
  file: string;
  data: T;
  /** the Markdown body (documents: the transcribed text) */
  body?: string;
}

/** A GeoJSON feature as far as the site needs it. */
export interface GeoFeature {
  type: 'Feature';
  properties: { id: string; name: string; kind: string; [key: string]: unknown };
  geometry: { type: string; coordinates: unknown };
}

/** All content at once: what the validator checks and the queries read. */
export type Snapshot = { [C in CollectionName]: Entry<DataOf<C>>[] } & {
  geometry: { file: string; features: GeoFeature[] };
};
