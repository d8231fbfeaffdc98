import { test } from 'node:test';
import assert from 'node:assert/strict';
import { everydayWords, usedTerms, type GlossaryWords } from '../../../src/lib/search/search-words.ts';

const glossary: GlossaryWords[] = [
  { term: 'Åtgärd', searchWords: { sv: ['insats'], en: ['action'] } },
  { term: 'Protokollsanteckning', searchWords: { sv: ['kritik', 'invändning'], ar: ['انتقاد'] } },
  { term: 'Låg ekonomisk standard', searchWords: { sv: ['fattigdom'] } },
  { term: 'Basområde' },
];
const terms = (text: string) => usedTerms(glossary, text).map((g) => g.term);

test('a term is used in its own forms, in any case and with or without diacritics', () => {
  assert.deepEqual(terms('V:s protokollsanteckning, KS 14 februari 2023'), ['Protokollsanteckning']);
  assert.deepEqual(terms('Tre protokollsanteckningar'), ['Protokollsanteckning']);
  assert.deepEqual(terms('Åtgärd 5.4'), ['Åtgärd']);
  assert.deepEqual(terms('Atgarderna'), ['Åtgärd']);
  assert.deepEqual(terms('hushåll med låg  ekonomisk standard'), ['Låg ekonomisk standard']);
});

test('a term inside a longer word is not used: an action plan is no measure', () => {
  assert.deepEqual(terms('Åtgärdsplan mot segregation 2023'), []);
  assert.deepEqual(terms('anteckning'), []);
});

test("a record's words: the Swedish ones, and its own language's where the glossary has them", () => {
  assert.deepEqual(everydayWords(glossary[0], 'sv'), ['insats']);
  assert.deepEqual(everydayWords(glossary[0], 'en'), ['insats', 'action']);
  assert.deepEqual(everydayWords(glossary[0], 'ar'), ['insats']);
  assert.deepEqual(everydayWords(glossary[1], 'ar'), ['kritik', 'invändning', 'انتقاد']);
  assert.deepEqual(everydayWords(glossary[3], 'sv'), []);
});
