/**
 * A small HTML tree for whole-site checks in Node (no browser): elements with their
 * attributes, text nodes, and parent links. It reads the build's own output, which
 * html-validate has already found valid, so it only needs to follow well-formed markup:
 * void elements, self-closing SVG tags, raw text (script, style), comments and the
 * common character references. Not a general HTML parser (no implied end tags).
 */

export interface Element {
  kind: 'element';
  /** lower case; '#document' for the root */
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
}

export interface Text {
  kind: 'text';
  text: string;
  parent: Element;
}

export type Node = Element | Text;

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
/** Elements whose content is text up to their end tag (RCDATA for title and textarea: references decoded). */
const RAW = new Set(['script', 'style', 'title', 'textarea']);

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The common character references (numeric, and the few named ones Astro and MDX write). */
export function decode(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    return NAMED[ref] ?? whole;
  });
}

export function parseHtml(html: string): Element {
  const root: Element = { kind: 'element', name: '#document', attrs: {}, children: [], parent: null };
  const lower = html.toLowerCase();
  let current = root;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [token, close, open, attrText, selfClose] = m;
    if (close) {
      const name = close.toLowerCase();
      let el: Element | null = current;
      while (el && el.name !== name) el = el.parent;
      if (el?.parent) current = el.parent; // an end tag without its start tag is ignored
    } else if (open) {
      const name = open.toLowerCase();
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(ATTR)) attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
      const el: Element = { kind: 'element', name, attrs, children: [], parent: current };
      current.children.push(el);
      if (RAW.has(name)) {
        const end = lower.indexOf(`</${name}`, TOKEN.lastIndex);
        const raw = html.slice(TOKEN.lastIndex, end < 0 ? html.length : end);
        if (raw)
          el.children.push({
            kind: 'text',
            text: name === 'title' || name === 'textarea' ? decode(raw) : raw,
            parent: el,
          });
        TOKEN.lastIndex = end < 0 ? html.length : end;
        current = el;
      } else if (!VOID.has(name) && !selfClose) current = el;
    } else if (!token.startsWith('<!')) {
      current.children.push({ kind: 'text', text: decode(token), parent: current });
    }
  }
  return root;
}

/** Every element under `root` in document order, optionally only those with one of the given names. */
export function* elements(root: Element, ...names: string[]): Generator<Element> {
  for (const child of root.children) {
    if (child.kind !== 'element') continue;
    if (names.length === 0 || names.includes(child.name)) yield child;
    yield* elements(child, ...names);
  }
}

/** Every text node under `root` in document order. */
export function* texts(root: Element): Generator<Text> {
  for (const child of root.children) {
    if (child.kind === 'text') yield child;
    else if (child.name !== 'script' && child.name !== 'style') yield* texts(child);
  }
}

/** The element's text, like textContent (without scripts and styles). */
export function textOf(el: Element): string {
  let s = '';
  for (const t of texts(el)) s += t.text;
  return s;
}

export function first(root: Element, name: string): Element | undefined {
  return elements(root, name).next().value ?? undefined;
}

/** The node itself or its nearest ancestor element that `test` accepts. */
export function closest(node: Node, test: (el: Element) => boolean): Element | null {
  let el: Element | null = node.kind === 'element' ? node : node.parent;
  while (el && el.name !== '#document') {
    if (test(el)) return el;
    el = el.parent;
  }
  return null;
}

/** The language a node is in: the `lang` of its nearest element that has one. */
export function langOf(node: Node): string | undefined {
  return closest(node, (el) => 'lang' in el.attrs)?.attrs.lang;
}
