/**
 * Reads the content directory with plain Node (no Astro), parses every entry
 * with the same zod schemas as the site, and returns a Snapshot plus the
 * per-file problems. Used by the content check, the importer and tests.
 *
 * Every problem is one line that names the file: a file that is not valid YAML,
 * JSON or front matter is reported on its own (the rest is still read), a
 * schema problem echoes the value that is wrong and, for a word of a fixed list,
 * the closest valid one. In a folder of one file per entry (measures/, …) the file
 * name is the entry's id and its permanent URL, so every name must be a slug with
 * the folder's extension: a copy ("omradesteam kopia.yaml"), a name in capitals, two
 * names that differ only in case, or a ".yml" beside the ".yaml" files would
 * otherwise publish a duplicate, replace an entry or be silently left out.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { collections, geometryFile, type CollectionName, type Layout } from '../../src/schemas/index.ts';
import { geometrySchema } from '../../src/schemas/geometry.ts';
import { slug } from '../../src/schemas/keys.ts';
import { closest } from '../../src/lib/text/closest.ts';
import type { Entry, GeoFeature, Snapshot } from '../../src/lib/site/snapshot.ts';
import type { Problem } from '../../src/lib/site/validate.ts';
import { TEMP_FILE } from './import/apply.ts';

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

/** The first line of an error, shortened: a parser's message may quote the file (never print a whole file). */
function firstLine(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error))
    .split('\n')[0]
    .trim()
    .replace(/:$/, '');
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * A schema problem in words for the person editing the file: zod's message, the value that is
 * wrong when it is short (a date, a word), and the closest valid word of a fixed list.
 */
export function issueMessage(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const { input } = issue;
  const scalar = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
  const shown = typeof input === 'string' ? `"${input}"` : String(input);
  const echo = scalar && shown.length <= 80 && !issue.message.includes(shown) ? ` (got ${shown})` : '';
  const guess =
    issue.code === 'invalid_value' && typeof input === 'string'
      ? closest(
          input,
          issue.values.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  return `${issue.message}${echo}${guess === undefined ? '' : `; did you mean "${guess}"?`}`;
}

interface RawEntry {
  id: string;
  file: string;
  data: unknown;
  body?: string;
  /** field prefix for entries that share a file */
  prefix: string;
}

/** Files that are not content and not ours to judge: what Finder, Explorer and editors leave beside files. */
const isHidden = (name: string) => name.startsWith('.') && !TEMP_FILE.test(name);

/**
 * The files of a one-file-per-entry folder whose names are ids, and one problem for each
 * other file: the name is the entry's id, so it must be a slug with the folder's extension.
 */
export function entryFiles(
  folder: string,
  layout: Extract<Layout, { kind: 'dir' }>,
): {
  files: string[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const refuse = (name: string, message: string) =>
    problems.push({ file: join(folder, name), field: '(file name)', message });
  const ext = `.${layout.ext}`;
  const entries: Dirent[] = readdirSync(folder, { withFileTypes: true })
    .filter((e) => !isHidden(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const stems = new Set(entries.filter((e) => e.name.endsWith(ext)).map((e) => e.name.slice(0, -ext.length)));
  const files: string[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const stem = name.endsWith(ext) ? name.slice(0, -ext.length) : undefined;
    if (TEMP_FILE.test(name))
      refuse(name, 'a temporary file an interrupted import left behind (expected it deleted)');
    else if (entry.isDirectory())
      refuse(name, `a folder (expected only ${ext} files directly in ${layout.dir}/, one per entry)`);
    else if (stem === undefined) {
      const other = name.replace(/\.[^.]*$/, '');
      refuse(
        name,
        /\.ya?ml$|\.mdx?$/i.test(name) && slug.safeParse(other).success
          ? `the extension must be ${ext} (this folder's files are read only as ${ext}; rename it ${other}${ext})`
          : `not a ${ext} file (expected only ${ext} files in ${layout.dir}/; move or delete it)`,
      );
    } else if (!slug.safeParse(stem).success) {
      const twin = [...stems].find((s) => s !== stem && s.toLowerCase() === stem.toLowerCase());
      refuse(
        name,
        twin
          ? `differs from ${twin}${ext} only in case (expected one file per entry, its name in lowercase)`
          : `the file name is the entry's id and URL: lowercase a-z, digits and hyphens only (a copy, such as "x kopia${ext}", must be renamed or deleted)`,
      );
    } else {
      const copyOf = /^(.+)-(kopia|copy)(-\d+)?$/.exec(stem)?.[1];
      if (copyOf && stems.has(copyOf))
        refuse(
          name,
          `looks like a copy of ${copyOf}${ext} (expected one file per entry; rename or delete it)`,
        );
      else files.push(join(folder, name));
    }
  }
  return { files, problems };
}

function readRaw(dir: string, layout: Layout, problems: Problem[]): RawEntry[] {
  if (layout.kind === 'list') {
    const file = join(dir, layout.file);
    if (!existsSync(file)) return [];
    let items: unknown;
    try {
      items = parseYaml(readFileSync(file, 'utf8')) ?? [];
    } catch (error) {
      problems.push({ file, field: '(file)', message: `not valid YAML: ${firstLine(error)}` });
      return [];
    }
    if (!Array.isArray(items)) {
      problems.push({ file, field: '(file)', message: 'expected a YAML list of entries' });
      return [];
    }
    return items.map((data: { id?: unknown }, i: number) => {
      const id = typeof data?.id === 'string' ? data.id : `[${i}]`;
      return { id, file, data, prefix: `${id}.` };
    });
  }
  const folder = join(dir, layout.dir);
  if (!existsSync(folder)) return [];
  const { files, problems: names } = entryFiles(folder, layout);
  problems.push(...names);
  return files.flatMap((file) => {
    const id = file.slice(folder.length + 1, -(layout.ext.length + 1));
    try {
      const text = readFileSync(file, 'utf8');
      if (layout.ext === 'yaml') return [{ id, file, data: parseYaml(text), prefix: '' }];
      const { data, body } = splitFrontmatter(text);
      return [{ id, file, data, body, prefix: '' }];
    } catch (error) {
      const what = layout.ext === 'yaml' ? 'not valid YAML' : 'its front matter is not valid YAML';
      problems.push({ file, field: '(file)', message: `${what}: ${firstLine(error)}` });
      return [];
    }
  });
}

/** The map's shapes; a file that is not JSON, or not the GeoJSON the map reads, is a problem, never a crash. */
function readGeometry(file: string, problems: Problem[]): GeoFeature[] {
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: `not valid JSON: ${firstLine(error)}` });
    return [];
  }
  const parsed = geometrySchema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data.features as GeoFeature[];
  // One line per place, at most a few: a broken file can have thousands of bad positions.
  const issues = parsed.error.issues;
  for (const issue of issues.slice(0, 5))
    problems.push({ file, field: issuePath(issue.path), message: issueMessage(issue) });
  if (issues.length > 5)
    problems.push({ file, field: '(file)', message: `${issues.length - 5} more problems like these` });
  return [];
}

export function loadContent(dir: string): { snapshot: Snapshot; problems: Problem[] } {
  const problems: Problem[] = [];
  const snapshot = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const { layout, schema } = collections[name];
    snapshot[name] = [];
    for (const raw of readRaw(dir, layout, problems)) {
      const parsed = (schema as z.ZodType).safeParse(raw.data, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({
            file: raw.file,
            field: raw.prefix + issuePath(issue.path),
            message: issueMessage(issue),
          });
        continue;
      }
      snapshot[name].push({ id: raw.id, file: raw.file, data: parsed.data, body: raw.body });
    }
  }
  const geoPath = join(dir, geometryFile);
  const features = readGeometry(geoPath, problems);
  return { snapshot: { ...(snapshot as Snapshot), geometry: { file: geoPath, features } }, problems };
}
