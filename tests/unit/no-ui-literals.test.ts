/**
 * The guard for "no UI string in markup" (issue 13): every word a reader sees comes from a
 * dictionary (src/i18n/), so each language's pages are whole. It fails when
 * - a template (.astro under src/) has a text node or a user-visible attribute (aria-label,
 *   title, alt, placeholder, data-label, the content of <meta name="description">, and the
 *   props that components show: description, label, caption, what) with letters in it,
 *   outside frontmatter, <script>, <style> and {…} expressions; or a string literal anywhere
 *   in it (frontmatter or expression) that is Swedish text;
 * - a module in src/lib/ has a string literal that is Swedish text (outside comments).
 * "Swedish text": a string with å, ä or ö, or a Swedish word that only text has ("och",
 * "inte", "enligt", …; a word of a slug or an id like "beslut-1" does not count).
 * Content (content/) and the dictionaries are where Swedish belongs; quotations come from
 * content through expressions. One test per file, so `--test-name-pattern` can pick files.
 * Templates are read with the parser Astro itself compiles them with (@astrojs/compiler-rs,
 * resolved through astro: no dependency of our own), modules with TypeScript's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');

// --- The allow-lists: keep them small, and say why for each entry. ---

/** Template text that is the same in every language: the site's own name. */
const ALLOWED_TEXT = new Set(['Insyn']);

/** Modules whose Swedish is not interface text. */
const ALLOWED_MODULES: Record<string, string> = {
  // The search's Swedish word forms (endings, å/ä/ö folding): language processing of Swedish
  // queries and documents, not text shown to a reader.
  'src/lib/search/swedish-query.ts': 'Swedish stemming for search',
  // A proper name and address quoted from the municipality's document (cited there), the same in every language.
  'src/lib/contact/municipality.ts': "the municipality's name and address, quoted from its document",
  // The columns of the Swedish-only data files: the files' own documentation (measures.csv's
  // shared with the importer, all of it with the JSON files and Schemas); on English and Arabic
  // /data/ pages it is shown marked lang="sv", like the files themselves.
  'src/lib/measure/rows.ts': 'column documentation of the Swedish data file measures.csv',
  'src/lib/data-export/event-rows.ts': 'column documentation of the Swedish data file events.csv',
  'src/lib/data-export/decision-rows.ts': 'column documentation of the Swedish data file decisions.csv',
  'src/lib/data-export/evidence-columns.ts':
    'column documentation shared by the Swedish data files decisions.csv and events.csv',
  'src/lib/data-export/column-docs.ts':
    'column documentation of the Swedish data files plans, follow-ups, notes and documents',
  'src/lib/data-export/indicator-rows.ts': 'column documentation of the Swedish data file indicators.csv',
  'src/lib/data-export/json-schema.ts': 'the JSON Schemas of the Swedish data files',
};

// --- What counts ---

/** Attributes (and component props) whose value a reader sees or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'data-label',
  'description',
  'label',
  'caption',
  'what',
]);

const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
// Words that occur in Swedish sentences and in no identifier, slug or English text of this project.
const SWEDISH_WORDS = [
  'och',
  'att',
  'som',
  'inte',
  'med',
  'av',
  'det',
  'den',
  'ett',
  'till',
  'har',
  'kan',
  'eller',
  'utan',
  'vid',
  'om',
  'ingen',
  'inga',
  'finns',
  'enligt',
  'hos',
  'beslut',
  'sida',
  'stycke',
  'protokoll',
  'anteckningen',
  'originalet',
  'okänt',
];
// A word of text: between spaces or punctuation, not inside a slug ("beslut-1") or a path.
const SWEDISH_WORD = new RegExp(`(?:^|[\\s(„”"'])(?:${SWEDISH_WORDS.join('|')})(?=$|[\\s.,:;!?)”"'])`, 'iu');

/** Swedish text: å/ä/ö, or a Swedish word in a string that has a space (text, not an id). */
export const isSwedishText = (s: string) => SWEDISH_LETTERS.test(s) || (/\s/.test(s) && SWEDISH_WORD.test(s));
const hasLetters = (s: string) => /\p{L}/u.test(s) && !ALLOWED_TEXT.has(s.trim());

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
const show = (s: string) => JSON.stringify(s.trim().replace(/\s+/g, ' ').slice(0, 80));

// --- Templates ---

type Node = { type?: string; start?: number; [key: string]: unknown };

// The parser Astro compiles templates with, found through astro's own dependencies.
const requireFromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { parse } = (await import(pathToFileURL(requireFromAstro.resolve('@astrojs/compiler-rs')).href)) as {
  parse: (source: string) => { ast: Node };
};

function attributeName(node: Node): string {
  const name = node.name as Node & { name?: string | Node; namespace?: Node };
  return typeof name?.name === 'string' ? name.name : '';
}

function elementName(node: Node): string {
  return attributeName(node.openingElement as Node);
}

function templateProblems(source: string): string[] {
  const problems: string[] = [];
  const at = (node: Node) => lineOf(source, node.start ?? 0);
  const walk = (node: unknown, inTemplate: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inTemplate));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    // Client scripts and styles are not markup a reader sees.
    if (n.type === 'JSXElement' && ['script', 'style'].includes(elementName(n))) return;
    if (n.type === 'AstroScript' || n.type === 'AstroComment') return;
    if (n.type === 'JSXText' && inTemplate && hasLetters(String(n.value)))
      problems.push(`${at(n)}: text ${show(String(n.value))}`);
    if (n.type === 'JSXOpeningElement') {
      const attrs = (n.attributes as Node[]).filter((a) => a.type === 'JSXAttribute');
      const literal = (a: Node) => {
        const v = a.value as Node | null;
        return v?.type === 'Literal' && typeof v.value === 'string' ? v.value : undefined;
      };
      const isDescription = attrs.some((a) => attributeName(a) === 'name' && literal(a) === 'description');
      for (const a of attrs) {
        const name = attributeName(a);
        const value = literal(a);
        if (value === undefined || !hasLetters(value)) continue;
        if (VISIBLE_ATTRIBUTES.has(name) || (isDescription && name === 'content'))
          problems.push(`${at(a)}: ${name}=${show(value)}`);
      }
    }
    // Swedish built in code: in frontmatter and in {…} expressions.
    if (n.type === 'Literal' && typeof n.value === 'string' && !n.regex && isSwedishText(n.value))
      problems.push(`${at(n)}: string ${show(n.value)}`);
    if (n.type === 'TemplateElement') {
      const cooked = (n.value as { cooked?: string; raw: string }).cooked ?? '';
      if (isSwedishText(cooked)) problems.push(`${at(n)}: template ${show(cooked)}`);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'type' || typeof value !== 'object') continue;
      // Attribute values were judged above; a literal there is markup, not code.
      if (n.type === 'JSXAttribute' && key === 'value' && (value as Node)?.type === 'Literal') continue;
      walk(value, inTemplate || key === 'body');
    }
  };
  const { ast } = parse(source);
  walk((ast as Node).frontmatter, false);
  walk((ast as Node).body, true);
  return problems;
}

// --- Modules ---

function moduleProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    // Import and export paths are not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (isSwedishText(node.text))
        problems.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${show(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

// --- The files ---

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) =>
      relative(root, join(root, dir, f))
        .split(sep)
        .join('/'),
    )
    .sort();
}

const templates = filesUnder('src', '.astro');
const modules = filesUnder('src/lib', '.ts');

test('the guard sees Swedish text and lets identifiers, slugs and names pass', () => {
  assert.ok(isSwedishText('Läs hela anteckningen'));
  assert.ok(isSwedishText('Beslut: KS'));
  assert.ok(isSwedishText('Insyn har inte webbadressen'));
  assert.ok(!isSwedishText('beslut-1'));
  assert.ok(!isSwedishText('/protokoll/ks-2023/'));
  assert.ok(!isSwedishText('Insyn'));
  assert.ok(!isSwedishText('content-security-policy'));
  assert.deepEqual(
    templateProblems('---\nconst a = `Här ${1} och dig`;\n---\n<p title="Rubrik">Text {x}</p><p>{y}</p>'),
    ['2: template "Här"', '2: template "och dig"', '4: title="Rubrik"', '4: text "Text"'],
  );
});

for (const file of templates)
  test(`no UI text typed into ${file}`, () => {
    const problems = templateProblems(readFileSync(join(root, file), 'utf8'));
    assert.deepEqual(
      problems,
      [],
      `${file}: move these into the dictionary file for its page in src/i18n/sv/\n${problems.join('\n')}`,
    );
  });

for (const file of modules.filter((f) => !(f in ALLOWED_MODULES)))
  test(`no Swedish sentence built in ${file}`, () => {
    const problems = moduleProblems(file, readFileSync(join(root, file), 'utf8'));
    assert.deepEqual(problems, [], `${file}: take these from a dictionary (t: Dict)\n${problems.join('\n')}`);
  });
