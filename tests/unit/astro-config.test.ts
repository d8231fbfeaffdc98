/**
 * Builds side by side (issue 28): DIST_DIR promises that two builds in one checkout, for
 * example of content/ and of the fixture site, never share a file. Astro writes generated
 * modules (content-modules.mjs lists the content folder's MDX files) into <root>/.astro/;
 * a build with its own DIST_DIR must write them under its own root, never the project's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';

const shared = '.astro/content-modules.mjs';
const snapshot = () =>
  existsSync(shared) ? `${statSync(shared).mtimeMs} ${readFileSync(shared, 'utf8')}` : 'absent';

test("a build with its own DIST_DIR and content folder writes Astro's generated modules under its own root only", () => {
  const dist = `dist-roots-${process.pid}`;
  const root = `node_modules/.astro-root-${dist}`;
  const before = snapshot();
  try {
    const run = spawnSync('npx', ['astro', 'sync'], {
      env: {
        ...process.env,
        DIST_DIR: dist,
        INSYN_CONTENT_DIR: 'tests/fixtures/site',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(snapshot(), before, `${shared} was written by a build of another content folder`);
    const own = readFileSync(`${root}/.astro/content-modules.mjs`, 'utf8');
    assert.match(own, /tests\/fixtures\/site\/pages\/om\.mdx/);
    assert.doesNotMatch(own, /"content\/pages\//);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`node_modules/.astro-${dist}`, { recursive: true, force: true });
  }
});
