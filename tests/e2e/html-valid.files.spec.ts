/**
 * Every built HTML file (pages in every language, number redirects, the 404 page) is valid
 * HTML by html-validate with the repository's .htmlvalidate.json (presets "recommended" +
 * "document"). Rule choices made there:
 * - require-sri only for cross-origin resources: every script and stylesheet is
 *   same-origin (the CSP allows nothing else), where integrity hashes add nothing.
 * - no-inline-style allows `inline-size` besides the default `display`: bars sized
 *   by data (a share of measures) carry their width in a style attribute; the CSP
 *   permits style attributes but never inline <style> or scripts.
 * - long-title off: a document page's title is the document's official name, which
 *   we do not shorten (it would misquote the source).
 * No browser is needed: the files are read from the build output (the `files` project).
 * One test per language, so the languages can run on separate workers.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { builtLanguages, sitePages } from './built-site.ts';

// The repository's configuration, loaded by name: a build outside the repository (DIST_DIR in
// a temp folder) would otherwise find no .htmlvalidate.json above it and check no rules at all.
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

test('the build has pages to validate, and the validator finds a broken one', async () => {
  expect(sitePages().length).toBeGreaterThan(100);
  const broken = sitePages()[0].html.replace('<main', '<div><span></div><main');
  expect((await validator.validateString(broken, 'broken.html')).valid).toBe(false);
});

for (const language of builtLanguages()) {
  test(`every ${language} page is valid HTML`, async () => {
    const problems: string[] = [];
    for (const page of sitePages().filter((p) => p.language === language)) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${page.path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems, 'html-validate errors').toEqual([]);
  });
}
