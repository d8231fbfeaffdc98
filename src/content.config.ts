/**
 * The site's collections. The schemas (with a comment on every field) live in
 * src/schemas/ so that scripts outside Astro validate content with the same
 * contract; this file only says where each collection's files are.
 * Cross-collection rules (ids that must exist, counts that must add up) are
 * in src/lib/site/validate.ts and run before and during the build.
 */
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collections as contract, contentDir, type CollectionName, type Layout } from './schemas/index.ts';

// Absolute: a build with its own DIST_DIR has its own Astro root (astro.config.mjs), and
// loaders resolve relative paths against the root.
const dir = resolve(contentDir());

function loaderFor(layout: Layout) {
  return layout.kind === 'list'
    ? file(`${dir}/${layout.file}`)
    : glob({ base: `${dir}/${layout.dir}`, pattern: `*.${layout.ext}` });
}

function collection<N extends CollectionName>(name: N) {
  const { layout, schema } = contract[name];
  return defineCollection({ loader: loaderFor(layout), schema: schema as (typeof contract)[N]['schema'] });
}

export const collections = {
  documents: collection('documents'),
  references: collection('references'),
  statuses: collection('statuses'),
  areas: collection('areas'),
  grantPriorities: collection('grantPriorities'),
  organisations: collection('organisations'),
  parties: collection('parties'),
  plans: collection('plans'),
  followUps: collection('followUps'),
  measures: collection('measures'),
  meetings: collection('meetings'),
  districts: collection('districts'),
  pages: collection('pages'),
  glossary: collection('glossary'),
  decisions: collection('decisions'),
  corrections: collection('corrections'),
  translations: collection('translations'),
  shortPages: collection('shortPages'),
  easyRead: collection('easyRead'),
  indicators: collection('indicators'),
  missingDocuments: collection('missingDocuments'),
};
