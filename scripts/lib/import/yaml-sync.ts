/**
 * Writes plain data into a YAML document while keeping what people wrote:
 * comments, key order, flow or block style and quoting of every value that
 * did not change. Only nodes whose value differs are replaced; new keys go
 * after their predecessor in the desired order.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isCollection,
  isMap,
  isSeq,
  Pair,
  parseDocument,
  visit,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/** Output options shared by every file the importer writes: no line folding, as the hand-written files. */
export const yamlOutput = { lineWidth: 0, minContentWidth: 0 } as const;

const toPlain = (node: unknown): unknown =>
  node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;

/** Short collections (sources, lists of ids, follow-up rows) are written inline, as in the hand-written files. */
function shouldFlow(value: unknown): boolean {
  if (Array.isArray(value))
    return value.every((v) => v === null || typeof v !== 'object') && JSON.stringify(value).length <= 100;
  if (value && typeof value === 'object')
    return Object.values(value).every((v) => !Array.isArray(v)) && JSON.stringify(value).length <= 110;
  return false;
}

export function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value, { aliasDuplicateObjects: false }) as Node;
  const style = (n: Node) => {
    if (isCollection(n)) n.flow = shouldFlow(n.toJSON());
  };
  style(node);
  if (isCollection(node))
    visit(node, {
      Collection(_, n) {
        style(n as Node);
      },
    });
  return node;
}

function syncMap(doc: Document, map: YAMLMap, desired: Record<string, unknown>): void {
  const keys = Object.keys(desired);
  keys.forEach((key, i) => {
    const value = desired[key];
    if (map.has(key)) {
      syncChild(doc, map, key, value);
      return;
    }
    const pair = new Pair(doc.createNode(key), createNode(doc, value));
    const before = keys
      .slice(0, i)
      .reverse()
      .find((k) => map.has(k));
    const at = before === undefined ? 0 : map.items.findIndex((p) => toPlain(p.key) === before) + 1;
    map.items.splice(at, 0, pair as (typeof map.items)[number]);
  });
}

function syncChild(doc: Document, parent: YAMLMap | YAMLSeq, key: string | number, desired: unknown): void {
  const node = parent.get(key, true);
  if (isDeepStrictEqual(toPlain(node), desired)) return;
  if (isMap(node) && desired && typeof desired === 'object' && !Array.isArray(desired)) {
    syncMap(doc, node, desired as Record<string, unknown>);
    return;
  }
  if (
    isSeq(node) &&
    Array.isArray(desired) &&
    desired.length >= node.items.length &&
    desired.some((d) => d && typeof d === 'object')
  ) {
    desired.forEach((d, i) =>
      i < node.items.length ? syncChild(doc, node, i, d) : node.items.push(createNode(doc, d)),
    );
    return;
  }
  const wasFlow = isCollection(node) && node.flow;
  const next = createNode(doc, desired);
  if (isCollection(next) && isCollection(node)) next.flow = wasFlow || shouldFlow(desired);
  parent.set(key, next);
}

/**
 * The yaml package pads flow collections on both kinds alike; the hand-written
 * files pad maps ("{ document: x }") but not lists ("[berga, ryd]"). A plain
 * scalar cannot start with "[", so a line "key: [ … ]" is always a flow list.
 */
function houseStyle(text: string): string {
  return text
    .replace(/^(\s*(?:- )?[\w-]+: )\[ ([^[\]{}"'#\n]*) \]$/gm, '$1[$2]')
    .replace(/^(\s*(?:- )?[\w-]+: )\[ \]$/gm, '$1[]');
}

/** The text of `desired` written over `text` (a YAML map or list), or a new file when `text` is null. */
export function writeYaml(text: string | null, desired: unknown, headComment?: string): string {
  if (text === null) {
    const doc = new Document();
    doc.contents = createNode(doc, desired) as typeof doc.contents;
    if (isCollection(doc.contents)) doc.contents.flow = false;
    if (headComment) doc.commentBefore = headComment;
    return houseStyle(doc.toString(yamlOutput));
  }
  const doc = parseDocument(text);
  if (isDeepStrictEqual(doc.toJSON(), desired)) return text;
  if (isMap(doc.contents) && desired && typeof desired === 'object' && !Array.isArray(desired))
    syncMap(doc, doc.contents, desired as Record<string, unknown>);
  else doc.contents = createNode(doc, desired) as typeof doc.contents;
  return houseStyle(doc.toString(yamlOutput));
}
