/**
 * Temporary folders for a test file, all under one folder that is removed when the file's
 * process exits (`node --test` runs each file in its own process): the tests used to leave
 * theirs, thousands in /tmp after a day of runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

/** A new empty folder, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  if (root === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-test-'));
    root = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return mkdtempSync(join(root, prefix));
}
