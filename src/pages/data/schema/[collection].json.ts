/** /data/schema/<collection>.json: JSON Schema of a content collection, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, schemaNames } from '../../../lib/data-export/json-schema.ts';
import { schemaPath } from '../../../lib/urls/paths.ts';

export const getStaticPaths = (() =>
  schemaNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.collection as (typeof schemaNames)[number];
  const schema = jsonSchemaOf(name, new URL(schemaPath(name), site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
