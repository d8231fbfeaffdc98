/**
 * Content directories the importer may write to: a fresh copy under the OS temp
 * directory (tests never write into content/ or a fixture), and a snapshot of every
 * file's text to prove that a refused import changed nothing.
 */
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

/** A fresh copy of a content directory under the OS temp directory. */
export function contentCopy(from: string): string {
  const dir = join(tempDir('insyn-content-'), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under a directory with its text. */
export function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}
