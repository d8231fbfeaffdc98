/**
 * npm run import -- <file.csv|file.xlsx> --year 2023 --kind plan|follow-up --source <document-id>
 *   [--anchor st-N] [--dry-run] [--content <dir>] [--force]
 * Brings a plan year's measures or a follow-up's statuses in from a spreadsheet
 * in the /data/measures.csv format. See docs/import.md.
 * Exit codes: 0 done (or nothing to do), 1 problems (nothing written),
 * 2 decisions wait in the review file (content not written yet).
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { contentDir } from '../src/schemas/index.ts';
import { problemTable } from './lib/import/problems.ts';
import { runImport } from './lib/import/run.ts';

const usage =
  'usage: npm run import -- <file.csv|file.xlsx> --year 2023 --kind plan|follow-up --source <document-id> [--anchor st-N] [--dry-run] [--content <dir>] [--force]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      kind: { type: 'string' },
      source: { type: 'string' },
      anchor: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      content: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(1);
}
const { values, positionals } = args;
const kind = values.kind;
if (
  positionals.length !== 1 ||
  !values.year ||
  !/^\d{4}$/.test(values.year) ||
  (kind !== 'plan' && kind !== 'follow-up') ||
  !values.source
) {
  console.error(usage);
  process.exit(1);
}

let result;
try {
  result = await runImport({
    file: positionals[0],
    year: Number(values.year),
    kind,
    source: values.source,
    anchor: values.anchor,
    dryRun: values['dry-run'],
    content: values.content ?? contentDir(),
    force: values.force,
  });
} catch (error) {
  // Anything unforeseen is still one line, never a stack trace; runImport writes nothing before its last step.
  console.error(
    `${positionals[0]}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (nothing was written)`,
  );
  process.exit(1);
}
const show = (file: string) =>
  relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);

if (result.encoding === 'windows-1252')
  (result.problems.length ? console.error : console.log)(
    `Read ${positionals[0]} as Windows-1252 (Excel's "CSV (semikolonavgränsad)"), since it is not UTF-8. Next time save it as "CSV UTF-8 (kommaavgränsad)".`,
  );
// A file that cannot be read at all is one line, not a table.
const fileProblem =
  result.problems.length === 1 && result.problems[0].column === '(file)' ? result.problems[0] : undefined;
if (fileProblem) {
  console.error(`${fileProblem.value}: ${fileProblem.message} (nothing was written)`);
  process.exit(1);
}
if (result.problems.length) {
  console.error(problemTable(result.problems));
  console.error(`\n${result.problems.length} problem(s) in ${positionals[0]}: nothing was written.`);
  process.exit(1);
}
const verb = values['dry-run'] ? 'would change' : 'changed';
console.log(
  `${result.rows} row(s) for ${values.year}${result.skipped ? `, ${result.skipped} row(s) for other years left out` : ''}.`,
);
for (const c of result.changes) {
  if (values['dry-run'])
    console.log(
      createTwoFilesPatch(
        show(c.file),
        show(c.file),
        c.before ?? '',
        c.after,
        c.before === null ? 'new file' : '',
        '',
      ),
    );
  else console.log(`${c.before === null ? 'created' : 'updated'} ${show(c.file)}`);
}
console.log(result.changes.length ? `${result.changes.length} file(s) ${verb}.` : 'Nothing to change.');
if (result.pending) {
  console.log(
    `\n${result.pending} decision(s) wait in ${show(result.reviewFile ?? '')} (lineage, changed titles or wordings, formula-like cells): check each, set confirmed: true, and run the same command again. content/ was not changed.`,
  );
  process.exit(2);
}
