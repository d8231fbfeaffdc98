import { test } from 'node:test';
import assert from 'node:assert/strict';
import { easyTexts, UNKNOWN_STATUS } from '../../../src/lib/easy-read/facts.ts';
import { i18nFor } from '../../../src/lib/page/i18n.ts';
import { easyGlossaryPage, glossaryPage } from '../../../src/lib/text/glossary-page.ts';
import { site } from '../../support/fixture-context.ts';

test('the glossary lists every word in the alphabetical order of the page’s language', () => {
  const { terms, statuses } = glossaryPage(site, i18nFor('sv'));
  assert.equal(terms.length, site.glossary.length);
  const words = terms.map((t) => t.data.term);
  assert.deepEqual(
    words,
    [...words].sort((a, b) => a.localeCompare(b, 'sv-SE')),
  );
  assert.deepEqual(statuses, site.statuses);
});

test('the easy-read glossary: only the words Insyn wrote a text for, and the reviews of every text shown', () => {
  const unreviewed = { status: 'unreviewed' } as const;
  const reviewed = { status: 'reviewed', by: 'Granskare', date: '2026-01-01' } as const;
  const easy = easyTexts([
    {
      id: 'ordlista',
      file: 'content/lattlast/ordlista.yaml',
      data: {
        review: unreviewed,
        measures: [],
        districts: [],
        words: [
          { id: 'atgard', text: ['En åtgärd är något kommunen gör.'], review: reviewed },
          { id: UNKNOWN_STATUS, text: ['Det vet vi inte.'] },
        ],
      },
    },
  ] as unknown as Parameters<typeof easyTexts>[0]);
  const page = easyGlossaryPage(site, easy);
  assert.deepEqual(
    page.words.map((w) => w.id),
    ['atgard'],
  );
  assert.deepEqual(page.unknown?.text, ['Det vet vi inte.']);
  assert.ok(page.statuses.every((s) => s.text === undefined));
  assert.deepEqual(page.reviews, [unreviewed, reviewed]);
});
