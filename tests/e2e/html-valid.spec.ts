/**
 * Every built HTML file is valid HTML by html-validate with the repository's
 * .htmlvalidate.json (presets "recommended" + "document"). Rule choices made there:
 * - require-sri only for cross-origin resources: every script and stylesheet is
 *   same-origin (the CSP allows nothing else), where integrity hashes add nothing.
 * - no-inline-style allows `inline-size` besides the default `display`: bars sized
 *   by data (a share of measures) carry their width in a style attribute; the CSP
 *   permits style attributes but never inline <style> or scripts.
 * - long-title off: a document page's title is the document's official name, which
 *   we do not shorten (it would misquote the source).
 * No browser is needed: the files are read from the build output.
 */
import { test, expect } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { builtPages } from './support.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  const pages = builtPages(dist, 'all');
  expect(pages.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(join(dist, path, 'index.html'));
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems, 'html-validate errors').toEqual([]);
});
