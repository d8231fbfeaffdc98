/**
 * Reads the content directory with plain Node (no Astro), parses every entry
 * with the same zod schemas as the site, and returns a Snapshot plus the
 * per-file schema problems. Used by the content check, the importer and tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { collections, geometryFile, type CollectionName, type Layout } from '../../src/schemas/index.ts';
import type { Entry, GeoFeature, Snapshot } from '../../src/lib/site/snapshot.ts';
import type { Problem } from '../../src/lib/site/validate.ts';

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { data: parseYaml(m[1]), body: m[2] } : { data: {}, body: text };
}

function issuePath(path: PropertyKey[]): string {
  return (
    path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('') ||
    '(entry)'
  );
}

interface RawEntry {
  id: string;
  file: string;
  data: unknown;
  body?: string;
  /** field prefix for entries that share a file */
  prefix: string;
}

function readRaw(dir: string, layout: Layout): RawEntry[] {
  if (layout.kind === 'list') {
    const file = join(dir, layout.file);
    if (!existsSync(file)) return [];
    const items = parseYaml(readFileSync(file, 'utf8')) ?? [];
    if (!Array.isArray(items)) throw new Error(`${file}: (file): expected a YAML list of entries`);
    return items.map((data: { id?: unknown }, i: number) => {
      const id = typeof data?.id === 'string' ? data.id : `[${i}]`;
      return { id, file, data, prefix: `${id}.` };
    });
  }
  const folder = join(dir, layout.dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(`.${layout.ext}`))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const text = readFileSync(file, 'utf8');
      const id = f.slice(0, -(layout.ext.length + 1));
      if (layout.ext === 'yaml') return { id, file, data: parseYaml(text), prefix: '' };
      const { data, body } = splitFrontmatter(text);
      return { id, file, data, body, prefix: '' };
    });
}

export function loadContent(dir: string): { snapshot: Snapshot; problems: Problem[] } {
  const problems: Problem[] = [];
  const snapshot = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const { layout, schema } = collections[name];
    snapshot[name] = [];
    let raws: RawEntry[];
    try {
      raws = readRaw(dir, layout);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      problems.push({
        file: join(dir, layout.kind === 'list' ? layout.file : layout.dir),
        field: '(file)',
        message: `cannot be read: ${text.split('\n')[0]}`,
      });
      continue;
    }
    for (const raw of raws) {
      const parsed = (schema as z.ZodType).safeParse(raw.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({
            file: raw.file,
            field: raw.prefix + issuePath(issue.path),
            message: issue.message,
          });
        continue;
      }
      snapshot[name].push({ id: raw.id, file: raw.file, data: parsed.data, body: raw.body });
    }
  }
  const geoPath = join(dir, geometryFile);
  const features: GeoFeature[] = existsSync(geoPath)
    ? JSON.parse(readFileSync(geoPath, 'utf8')).features
    : [];
  return { snapshot: { ...(snapshot as Snapshot), geometry: { file: geoPath, features } }, problems };
}
