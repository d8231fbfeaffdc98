import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { glossaryHref, termsIn } from '../../../src/lib/text/glossary.ts';

const entry = (id: string, term: string) => ({ id, data: { term } });
const glossary = [entry('basomrade', 'Basområde'), entry('sspf', 'SSPF'), entry('atgard', 'Åtgärd')];

test('terms are found case-insensitively at a word start, inflected forms included', () => {
  assert.deepEqual(
    termsIn(glossary, 'Andel barn i basområdet Rosendal; projektet om sspf').map((t) => t.id),
    ['basomrade', 'sspf'],
  );
  assert.deepEqual(
    termsIn(glossary, 'Inga ord här: motåtgärd').map((t) => t.id),
    [],
  );
});

test('a term links to its anchor on the glossary page', () => {
  assert.equal(glossaryHref('sspf'), '/ordlista/#sspf');
});

test('the glossary explains every word the issue lists, and every status word has an entry of its own', () => {
  const content = loadContent('content').snapshot;
  const terms = content.glossary.map((t) => t.data.term.toLocaleLowerCase('sv'));
  for (const word of [
    'åtgärd',
    'utvecklingsområde',
    'uppföljning',
    'protokollsanteckning',
    'osäker uppgift',
    'registreringsdistrikt',
    'basområde',
    'låg ekonomisk standard',
    'sspf',
    'sekundär källa',
  ])
    assert.ok(terms.includes(word), word);
  assert.ok(content.statuses.length >= 3);
});
