/**
 * Every internal URL of the site, built here and nowhere else: pages, components,
 * lib and scripts call these functions instead of typing "/atgarder/" by hand, so a
 * route can move (or gain a language prefix) by changing one line.
 *
 * The permanent-URL promise: a measure's page is /atgarder/<id>/, where <id> is
 * the file name of content/measures/<id>.yaml. The id is chosen once and never
 * changes — not when the title is reworded, not when a plan renumbers the measure,
 * not when it moves to another plan year — so links in news articles, motions and
 * protocols keep working. A plan's own numbering gets its own stable address,
 * /planer/<year>/<number>/, which forwards to the measure. The same holds for
 * documents, protocol paragraphs and districts: their URL is their file's id.
 * Every path ends in "/" (astro.config.mjs: trailingSlash 'always') except files.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';

const anchor = (hash: string | undefined) => (hash ? `#${hash}` : '');

export const homePath = () => '/';
export const searchPath = () => '/sok/';
/** the names the search page suggests when nothing is found (src/pages/sok/forslag.json.ts) */
export const searchTermsPath = () => '/sok/forslag.json';
export const aboutPath = (hash?: string) => `/om/${anchor(hash)}`;
export const accessibilityPath = () => '/tillganglighet/';
export const statisticsPath = () => '/statistik/';
/** The districts' indicators over time, all three districts per measure. */
export const districtStatisticsPath = () => '/statistik/omraden/';
export const glossaryPath = (hash?: string) => `/ordlista/${anchor(hash)}`;
/** How to ask the municipality for a document (an easy-read page: /lattlast/fraga-kommunen/). */
export const askPath = () => '/fraga-kommunen/';

/** A measure's permanent page (see the promise above); `hash` is a year or change on it. */
export const measuresPath = () => '/atgarder/';
export const measurePath = (id: string, hash?: string) => `/atgarder/${id}/${anchor(hash)}`;

export const plansPath = () => '/planer/';
export const planPath = (year: number, hash?: string) => `/planer/${year}/${anchor(hash)}`;
/** The number a measure had in a plan year, as the plan prints it: forwards to the measure. */
export const numberPath = (year: number, number: string) => `/planer/${year}/${number}/`;
/** What changed between two consecutive plan years; `pair` is e.g. "2022-2023". */
export const comparisonPath = (pair: string) => `/planer/jamfor/${pair}/`;

export const meetingsPath = () => '/protokoll/';
export const meetingPath = (id: string, hash?: string) => `/protokoll/${id}/${anchor(hash)}`;

export const documentsPath = () => '/dokument/';
export const documentPath = (id: string, hash?: string) => `/dokument/${id}/${anchor(hash)}`;

export const districtsPath = () => '/omraden/';
export const districtPath = (id: string, hash?: string) => `/omraden/${id}/${anchor(hash)}`;

export const referencesPath = (hash?: string) => `/kallor/${anchor(hash)}`;

/** Documents Insyn knows of or asks for but does not have, with a ready request for each; `hash` is one's id. */
export const missingPath = (hash?: string) => `/saknas/${anchor(hash)}`;

/** Corrections, newest first; `hash` is a correction's id. */
export const correctionsPath = (hash?: string) => `/rattelser/${anchor(hash)}`;

/** A source as the path of the cited paragraph or reference ("/dokument/x/#st-5", "/kallor/#id"); '' for none. */
export function sourcePath(source: SourceRef | undefined): string {
  if (!source) return '';
  if (source.document) return documentPath(source.document, source.anchor);
  return referencesPath(source.reference);
}

/** The open data: the page, each dataset as CSV and JSON, and each collection's JSON Schema. */
export const dataPath = () => '/data/';
export const datasetPath = (id: string, ext: 'csv' | 'json') => `/data/${id}.${ext}`;
export const schemaPath = (collection: string) => `/data/schema/${collection}.json`;

/** The news feed of the whole site, and one per district. */
export const feedPath = () => '/flode.xml';
export const districtFeedPath = (id: string) => `/flode/${id}.xml`;

/** The district outlines the map loads. */
export const geometryPath = () => '/geo/districts.json';
