/**
 * The only module that reads Astro's collections. It builds the Snapshot,
 * validates it (the same checks as scripts/check-content.ts, so `astro dev`
 * fails the same way) and exports the lookups every page uses. Only pages, endpoints
 * and src/middleware.ts import it: components read the page context the middleware
 * builds from it (src/lib/page/context.ts), lib functions take the site as a parameter
 * (tests/unit/imports.test.ts holds both).
 */
import { getCollection } from 'astro:content';
import {
  collections,
  contentDir,
  fileOf,
  geometryFile,
  type CollectionName,
  type DataOf,
} from '../../schemas/index.ts';
import { buildSite } from './build-site.ts';
import type { Entry, GeoFeature, Snapshot } from './snapshot.ts';
import { formatProblem, validate } from './validate.ts';
import { easyReadProblems, easyTexts } from '../easy-read/facts.ts';
import { readFileSync } from 'node:fs';

async function load<C extends CollectionName>(name: C): Promise<Entry<DataOf<C>>[]> {
  const entries = await getCollection(name);
  return entries.map((e) => ({
    id: e.id,
    file: fileOf(name, e.id),
    data: e.data as DataOf<C>,
    body: e.body,
  }));
}

const names = Object.keys(collections) as CollectionName[];
const loaded = await Promise.all(names.map(async (n) => [n, await load(n)] as const));
// Read at build time from the content directory in use (INSYN_CONTENT_DIR may point elsewhere).
const geometryPath = `${contentDir()}/${geometryFile}`;
const features: GeoFeature[] = JSON.parse(readFileSync(geometryPath, 'utf8')).features;

export const snapshot = {
  ...Object.fromEntries(loaded),
  geometry: { file: geometryPath, features },
} as Snapshot;

const problems = validate(snapshot);
if (problems.length) throw new Error(`Bad content:\n${problems.map(formatProblem).join('\n')}`);

export const site = buildSite(snapshot);

// Insyn's easy-read texts (content/lattlast/), looked up once for the /lattlast/ pages.
// A text whose id names nothing (a renamed measure, a typo) fails the build, as a
// broken reference does elsewhere; a measure without a text still gets its page.
const easyProblems = easyReadProblems(site, snapshot.easyRead);
if (easyProblems.length) throw new Error(`Bad easy-read texts:\n${easyProblems.join('\n')}`);

export const easy = easyTexts(snapshot.easyRead);
