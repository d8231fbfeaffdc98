/**
 * JSON Schema for every content collection, generated from the zod schemas in
 * src/schemas/ (the same contract the build validates with), so it is never
 * written twice. Published under /data/schema/<collection>.json.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName, type Layout } from '../../schemas/index.ts';

export const schemaNames = Object.keys(collections) as CollectionName[];

/** Where the entries of a collection live, in words (Swedish; the /data/ page and the schema's description). */
export function describeCollection(name: CollectionName): string {
  return layoutText(collections[name].layout);
}

function layoutText(layout: Layout): string {
  return layout.kind === 'list'
    ? `content/${layout.file}: en YAML-lista, en post per element`
    : `content/${layout.dir}/<id>.${layout.ext}: en fil per post${layout.ext === 'yaml' ? '' : ' (fälten i frontmatter)'}`;
}

/**
 * The schema of one file: for a list collection the whole YAML list, else one entry.
 * `io: 'input'` describes what an editor writes (defaults make fields optional);
 * business rules in .refine() cannot be expressed and are left out.
 */
export function jsonSchemaOf(name: CollectionName, id: string): Record<string, unknown> {
  const { layout, schema } = collections[name];
  const entry = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...entryBody } = entry;
  const body = layout.kind === 'list' ? { type: 'array', items: entryBody } : entryBody;
  return { $schema, $id: id, title: `Insyn: ${name}`, description: layoutText(layout), ...body };
}
