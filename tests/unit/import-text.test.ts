import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, levenshtein, similarity, slugify } from '../../scripts/lib/import/text.ts';
import { readCsv } from '../../scripts/lib/import/read-table.ts';

test('new ids are slugs of the title with å, ä, ö folded', () => {
  assert.equal(
    slugify('Öppna upp kulturskolan för fler. Differentierad taxa!'),
    'oppna-upp-kulturskolan-for-fler-differentierad-taxa',
  );
  assert.equal(slugify('Åtgärd: Fältgrupp i Skäggetorp'), 'atgard-faltgrupp-i-skaggetorp');
  assert.ok(slugify('ord '.repeat(40)).length <= 60);
  assert.doesNotMatch(slugify('ord '.repeat(40)), /-$/);
});

test('the closest vocabulary word is suggested for a typo, nothing for a stranger', () => {
  assert.equal(levenshtein('skaggetrop', 'skaggetorp'), 2);
  assert.equal(closest('Skäggetrop', ['berga', 'ryd', 'skaggetorp']), 'skaggetorp');
  assert.equal(closest('Rid', ['berga', 'ryd', 'skaggetorp']), 'ryd');
  assert.equal(closest('Norrköping', ['berga', 'ryd', 'skaggetorp']), undefined);
});

test('wording similarity ignores case and punctuation and ranks rewordings above other measures', () => {
  assert.equal(similarity('Öppna upp kulturskolan för fler.', 'öppna upp Kulturskolan för fler'), 1);
  const reworded = similarity(
    'Öppna kulturskolan för fler barn',
    'Öppna upp kulturskolan för fler. Differentierad taxa.',
  );
  const other = similarity('Öppna kulturskolan för fler barn', 'Bilda områdesteam med olika kompetenser');
  assert.ok(reworded > 0.6 && other < 0.4, `${reworded} / ${other}`);
});

test('CSV with comma or semicolon, with or without BOM, reads the same', () => {
  const semicolon = readCsv('\uFEFFnumber;title\n3.1;"Fler barn; i förskolan"\n\n');
  const comma = readCsv('number,title\n3.1,"Fler barn; i förskolan"\n');
  assert.deepEqual(semicolon, comma);
  assert.deepEqual(semicolon, {
    columns: ['number', 'title'],
    rows: [{ line: 2, cells: { number: '3.1', title: 'Fler barn; i förskolan' } }],
    encoding: 'utf-8',
  });
});
