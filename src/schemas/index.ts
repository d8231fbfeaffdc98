/**
 * Every collection: where its files live under the content directory and
 * which schema they follow. Shared by src/content.config.ts (the site) and
 * scripts/ (content check, import, bench) so the contract is written once.
 */
import type { z } from 'astro/zod';
import { correctionSchema } from './corrections.ts';
import { decisionSchema } from './decisions.ts';
import { districtSchema } from './districts.ts';
import { pageSchema } from './pages.ts';
import { shortPageSchema } from './short-pages.ts';
import { documentSchema, referenceSchema } from './documents.ts';
import { meetingSchema } from './meetings.ts';
import { measureSchema } from './measures.ts';
import { followUpSchema, planSchema } from './plans.ts';
import { glossaryTermSchema } from './glossary.ts';
import { translationFileSchema } from './translations.ts';
import { easyReadFileSchema } from './easy-read.ts';
import { indicatorSeriesSchema } from './indicators.ts';
import { missingDocumentSchema } from './missing-documents.ts';
import {
  areaSchema,
  grantPrioritySchema,
  organisationSchema,
  partySchema,
  statusSchema,
} from './vocabularies.ts';

/** A collection stored as one file per entry (id = file name) or as one YAML list (id = `id` field). */
export type Layout =
  { kind: 'dir'; dir: string; ext: 'md' | 'mdx' | 'yaml' } | { kind: 'list'; file: string };

export const collections = {
  documents: { layout: { kind: 'dir', dir: 'documents', ext: 'md' }, schema: documentSchema },
  references: { layout: { kind: 'list', file: 'references.yaml' }, schema: referenceSchema },
  statuses: { layout: { kind: 'list', file: 'statuses.yaml' }, schema: statusSchema },
  areas: { layout: { kind: 'list', file: 'areas.yaml' }, schema: areaSchema },
  grantPriorities: { layout: { kind: 'list', file: 'grant-priorities.yaml' }, schema: grantPrioritySchema },
  organisations: { layout: { kind: 'list', file: 'organisations.yaml' }, schema: organisationSchema },
  parties: { layout: { kind: 'list', file: 'parties.yaml' }, schema: partySchema },
  plans: { layout: { kind: 'list', file: 'plans.yaml' }, schema: planSchema },
  followUps: { layout: { kind: 'dir', dir: 'follow-ups', ext: 'yaml' }, schema: followUpSchema },
  measures: { layout: { kind: 'dir', dir: 'measures', ext: 'yaml' }, schema: measureSchema },
  meetings: { layout: { kind: 'dir', dir: 'meetings', ext: 'yaml' }, schema: meetingSchema },
  districts: { layout: { kind: 'dir', dir: 'districts', ext: 'yaml' }, schema: districtSchema },
  pages: { layout: { kind: 'dir', dir: 'pages', ext: 'mdx' }, schema: pageSchema },
  glossary: { layout: { kind: 'list', file: 'glossary.yaml' }, schema: glossaryTermSchema },
  decisions: { layout: { kind: 'dir', dir: 'decisions', ext: 'yaml' }, schema: decisionSchema },
  corrections: { layout: { kind: 'list', file: 'corrections.yaml' }, schema: correctionSchema },
  translations: { layout: { kind: 'dir', dir: 'translations', ext: 'yaml' }, schema: translationFileSchema },
  shortPages: { layout: { kind: 'dir', dir: 'short', ext: 'yaml' }, schema: shortPageSchema },
  easyRead: { layout: { kind: 'dir', dir: 'lattlast', ext: 'yaml' }, schema: easyReadFileSchema },
  indicators: { layout: { kind: 'dir', dir: 'indicators', ext: 'yaml' }, schema: indicatorSeriesSchema },
  missingDocuments: {
    layout: { kind: 'list', file: 'missing-documents.yaml' },
    schema: missingDocumentSchema,
  },
} as const satisfies Record<string, { layout: Layout; schema: z.ZodType }>;

export type CollectionName = keyof typeof collections;
export type DataOf<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']>;

/** The district shapes, relative to the content directory. */
export const geometryFile = 'geo/districts.geojson';

/** The content directory; INSYN_CONTENT_DIR lets the bench and tests build other content. */
export function contentDir(): string {
  return process.env.INSYN_CONTENT_DIR ?? 'content';
}

/** Where an entry lives, for error messages ("content/measures/x.yaml"). */
export function fileOf(name: CollectionName, id: string, dir = contentDir()): string {
  const layout: Layout = collections[name].layout;
  return layout.kind === 'dir' ? `${dir}/${layout.dir}/${id}.${layout.ext}` : `${dir}/${layout.file}`;
}
