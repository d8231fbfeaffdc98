/**
 * Fails the build on bad content with one line per problem:
 * "file: field: what is wrong (what was expected)". Runs before `astro build`.
 */
import { contentDir } from '../src/schemas/index.ts';
import { formatProblem, validate } from '../src/lib/site/validate.ts';
import { loadContent } from './lib/load-content.ts';

const dir = contentDir();
const { snapshot, problems } = loadContent(dir);
// Cross-checks only make sense once every file parses.
const all = problems.length ? problems : validate(snapshot);
if (all.length) {
  for (const p of all) console.error(formatProblem(p));
  console.error(`\n${all.length} problem(s) in ${dir}/: the site was not built.`);
  process.exit(1);
}
const count = Object.values(snapshot).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
console.log(`content ok: ${count} entries in ${dir}/`);
