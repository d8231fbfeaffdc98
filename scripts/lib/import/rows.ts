/**
 * One spreadsheet row → typed values. An empty cell (or a missing column)
 * means "the spreadsheet does not say": it leaves what content/ knows as it is.
 * Vocabulary words are resolved to ids here, so every unknown word is reported
 * with its row and column before anything else happens.
 */
import { slug } from '../../../src/schemas/keys.ts';
import { LIST_SEPARATOR } from '../../../src/lib/measure/rows.ts';
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';
import type { ImportProblem } from './problems.ts';
import type { TableRow } from './read-table.ts';
import { closest, slugify } from './text.ts';
import { lookup, type Vocabularies, type Vocabulary } from './vocabulary.ts';

export interface RowValues {
  line: number;
  planYear?: number;
  number?: string;
  measureId?: string;
  title?: string;
  titleKind?: 'official' | 'quote' | 'paraphrase';
  wording?: string;
  wordingKind?: 'quote' | 'paraphrase';
  area?: string;
  districts?: string[];
  responsible?: string[];
  status?: string;
  confidence?: 'high' | 'medium' | 'low';
  sourceDocument?: string;
  sourceAnchor?: string;
  sourceReference?: string;
  comment?: string;
  /** columns whose cell looks like a spreadsheet formula */
  formulas?: string[];
}

/** List cells: the export writes "|"; people also type "," or ";". */
const LIST_SPLIT = new RegExp(`[${LIST_SEPARATOR.replace(/[|\\]/g, '\\$&')},;]`);

export function parseRow(
  row: TableRow,
  snapshot: Snapshot,
  vocab: Vocabularies,
): { values: RowValues; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const values: RowValues = { line: row.line, ...(row.formulas ? { formulas: row.formulas } : {}) };
  const cell = (name: string) => row.cells[name] ?? '';
  const problem = (column: string, message: string, suggestion?: string) =>
    problems.push({ row: row.line, column, value: cell(column), message, suggestion });

  const text = (name: string) => cell(name) || undefined;
  const oneOf = <T extends string>(name: string, options: readonly T[]): T | undefined => {
    const v = cell(name);
    if (!v) return undefined;
    const hit = options.find((o) => o === v.toLowerCase());
    if (!hit) problem(name, `expected one of: ${options.join(', ')}`, closest(v, options));
    return hit;
  };
  const word = (name: string, vocabulary: Vocabulary) => {
    const v = cell(name);
    if (!v) return undefined;
    const hit = lookup(vocabulary, v);
    if ('id' in hit) return hit.id;
    problem(name, hit.error, hit.suggestion);
    return undefined;
  };
  const words = (name: string, vocabulary: Vocabulary) => {
    const v = cell(name);
    if (!v) return undefined;
    const ids: string[] = [];
    for (const part of v
      .split(LIST_SPLIT)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const hit = lookup(vocabulary, part);
      if ('id' in hit) ids.push(hit.id);
      else
        problems.push({
          row: row.line,
          column: name,
          value: part,
          message: hit.error,
          suggestion: hit.suggestion,
        });
    }
    return ids;
  };
  const idIn = (name: string, ids: string[], what: string) => {
    const v = cell(name);
    if (!v) return undefined;
    if (!ids.includes(v))
      problem(
        name,
        `unknown ${what} (expected an id in ${what === 'document' ? 'documents/' : 'references.yaml'})`,
        closest(v, ids),
      );
    return v;
  };

  const year = cell('plan_year');
  if (year) {
    if (/^\d{4}$/.test(year)) values.planYear = Number(year);
    else problem('plan_year', 'expected a year such as 2023');
  }
  // Swedish spreadsheets may turn 3.1 into "3,1".
  values.number = text('number')?.replace(/^(\d+),(\d+)$/, '$1.$2');
  const id = cell('measure_id');
  if (id) {
    if (slug.safeParse(id).success) values.measureId = id;
    else problem('measure_id', 'ids are lowercase a-z, digits and hyphens', slugify(id) || undefined);
  }
  values.title = text('title');
  values.titleKind = oneOf('title_kind', ['official', 'quote', 'paraphrase'] as const);
  values.wording = text('wording');
  values.wordingKind = oneOf('wording_kind', ['quote', 'paraphrase'] as const);
  values.area = word('area', vocab.areas);
  values.districts = words('districts', vocab.districts);
  values.responsible = words('responsible', vocab.organisations);
  values.status = word('status', vocab.statuses);
  values.confidence = oneOf('confidence', ['high', 'medium', 'low'] as const);
  values.sourceDocument = idIn(
    'source_document',
    snapshot.documents.map((d) => d.id),
    'document',
  );
  values.sourceAnchor = text('source_anchor');
  values.sourceReference = idIn(
    'source_reference',
    snapshot.references.map((r) => r.id),
    'reference',
  );
  values.comment = text('comment');
  if (values.sourceDocument && values.sourceReference)
    problem('source_reference', 'give either source_document or source_reference, not both');
  return { values, problems };
}
