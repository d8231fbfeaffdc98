/**
 * The pure parts of `npm run i18n` (scripts/i18n-report.ts): comparing dictionaries with the
 * Swedish one, pages that should exist in a language and do not, Swedish texts shown
 * untranslated in built pages, translations whose Swedish is gone, review states. The
 * script reads the disk and prints; everything here takes plain values and is unit-tested
 * (tests/unit/i18n-report.test.ts).
 */
import type { Review } from '../../src/schemas/review.ts';
import { translationKey } from '../../src/lib/text/translate.ts';
import { languageIds } from '../../src/i18n/languages.ts';

type Tree = { readonly [key: string]: unknown };

const isTree = (v: unknown): v is Tree =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Every leaf of a dictionary as a dotted path ("report.subject"); a leaf is anything but a plain object. */
export function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? leafPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leafAt(tree: Tree, path: string): unknown {
  let node: unknown = tree;
  for (const key of path.split('.')) node = isTree(node) ? node[key] : undefined;
  return node;
}

export interface KeyDiff {
  /** keys of the reference (Swedish) that the other dictionary lacks */
  missing: string[];
  /** keys the other dictionary has that the reference does not */
  extra: string[];
  /** texts (or functions) that are the very same as the reference's: not translated yet, or a name */
  same: number;
  total: number;
}

export function compareKeys(reference: Tree, other: Tree): KeyDiff {
  const ref = leafPaths(reference);
  const own = new Set(leafPaths(other));
  const refSet = new Set(ref);
  return {
    missing: ref.filter((k) => !own.has(k)),
    extra: [...own].filter((k) => !refSet.has(k)),
    same: ref.filter((k) => own.has(k) && leafAt(other, k) === leafAt(reference, k)).length,
    total: ref.length,
  };
}

/** The expected pages that are not among the built ones, in the expected order. */
export function missingPages(expected: readonly string[], built: ReadonlySet<string>): string[] {
  return expected.filter((p) => !built.has(p));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
      : (entities[e.toLowerCase()] ?? m),
  );
}

/** The texts of the elements marked data-untranslated in a built page (Tx.astro marks them), in order. */
export function untranslatedTexts(html: string): string[] {
  const found: string[] = [];
  const element = /<([a-z][a-z0-9]*)\b[^>]*?\sdata-untranslated(?=[\s=/>])[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const m of html.matchAll(element))
    found.push(
      decode(m[2].replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return found;
}

export interface UntranslatedSummary {
  /** elements in all pages */
  total: number;
  /** pages with at least one, most first */
  pages: [path: string, count: number][];
  /** each distinct Swedish text and on how many elements it shows, most first */
  texts: [text: string, count: number][];
}

export function summariseUntranslated(byPage: ReadonlyMap<string, readonly string[]>): UntranslatedSummary {
  const texts = new Map<string, number>();
  const pages: [string, number][] = [];
  let total = 0;
  for (const [path, found] of byPage) {
    if (found.length) pages.push([path, found.length]);
    total += found.length;
    for (const t of found) texts.set(t, (texts.get(t) ?? 0) + 1);
  }
  const order = <T extends [string, number]>(a: T, b: T) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv');
  return { total, pages: pages.sort(order), texts: [...texts].sort(order) };
}

/** Every string in a value (a parsed content entry), into `into`. */
export function collectStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
  return into;
}

/**
 * Translations keyed by a Swedish text that no longer stands in content/: neither a whole
 * field (the way Tx and Quote look texts up) nor inside a Markdown body.
 */
export function staleEntries<E extends { sv: string }>(
  entries: readonly E[],
  texts: ReadonlySet<string>,
  bodies: readonly string[] = [],
): E[] {
  // Compared as translate() finds them: normalisation and white space do not make a translation stale.
  const keys = new Set([...texts].map(translationKey));
  const folded = bodies.map(translationKey);
  return entries.filter((e) => {
    const key = translationKey(e.sv);
    return !keys.has(key) && !folded.some((b) => b.includes(key));
  });
}

/** Fields that hold names, ids and addresses, not Insyn's Swedish prose (a name is the same in every language). */
const NOT_PROSE = new Set([
  'id',
  'url',
  'author',
  'publisher',
  'by',
  'origin',
  'lang',
  'translationOf',
  'diaryNumber',
  'abbr',
  'asciiName',
  // words listed per language (a glossary term's search words): each is in its own language already
  ...languageIds.filter((id) => id !== 'sv' && id !== 'lattlast'),
]);

/**
 * Swedish prose of content/ a page may show through a translation: every string of two words or
 * more with a lowercase word (not a code such as "KS 2023-02-14 § 31"), outside name and id fields.
 */
export function proseStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const text = translationKey(value);
    if (text.includes(' ') && /\p{Ll}{3,}/u.test(text)) into.add(text);
  } else if (Array.isArray(value)) for (const v of value) proseStrings(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) proseStrings(v, into);
  return into;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Swedish content texts a page shows without lang="sv" around them: a translation missing or
 * stale where the page fell back to the Swedish as plain text (a label, a heading, a table cell)
 * instead of marking it as Tx.astro does. `texts`: the Swedish texts that page language has no
 * translation of. Reads the page's visible text (not the head, scripts or attributes), tracking
 * the lang of the elements around each text.
 */
export function swedishWithoutLang(html: string, texts: readonly string[]): string[] {
  const found: string[] = [];
  // Each open element: whether it (or an element around it) says lang="sv…", and whether it is hidden text.
  const stack: { name: string; sv: boolean; skip: boolean }[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  let at = 0;
  const visit = (text: string) => {
    const top = stack.at(-1);
    if (!text.trim() || top?.sv || top?.skip) return;
    const plain = translationKey(decode(text));
    for (const sv of texts) if (plain.includes(sv)) found.push(sv);
  };
  for (const m of html.matchAll(tag)) {
    visit(html.slice(at, m.index));
    at = m.index + m[0].length;
    const [, close, rawName = '', attrs = ''] = m;
    const name = rawName.toLowerCase();
    if (!name) continue; // a comment
    if (close) {
      const i = stack.map((e) => e.name).lastIndexOf(name);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (VOID.has(name) || attrs.trim().endsWith('/')) continue;
    const lang = /\slang\s*=\s*["']?([a-zA-Z-]+)/.exec(attrs)?.[1];
    const parent = stack.at(-1);
    stack.push({
      name,
      sv: lang ? /^sv\b/i.test(lang) : (parent?.sv ?? false),
      skip: ['head', 'script', 'style', 'template', 'svg'].includes(name) || (parent?.skip ?? false),
    });
  }
  visit(html.slice(at));
  return found;
}

/** A review as the report prints it: "unreviewed", "reviewed by X, 2026-01-31", or "no review recorded". */
export function reviewText(review: Review | undefined): string {
  if (!review) return 'no review recorded';
  return review.status === 'reviewed' ? `reviewed by ${review.by}, ${review.date}` : 'unreviewed';
}

/** "a, b, c (+4 more)": a list cut to `max` items unless all are wanted. */
export function shortList(items: readonly string[], max = 8, all = false): string {
  if (all || items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} (+${items.length - max} more)`;
}

/** "so.yaml: unreviewed; ti.yaml: reviewed by X, 2026-01-31", grouped: "so.yaml, ti.yaml: unreviewed". */
export function reviewLines(items: readonly { name: string; review: Review | undefined }[]): string[] {
  const groups = new Map<string, string[]>();
  for (const { name, review } of items) {
    const key = reviewText(review);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups].map(([state, names]) => `${names.join(', ')}: ${state}`);
}
