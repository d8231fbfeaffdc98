import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedSwedish } from '../../../src/lib/text/quoted-swedish.ts';

const swedishParts = (translated: string, swedish: string) =>
  quotedSwedish(translated, swedish)
    .filter((p) => p.sv)
    .map((p) => p.text);

test('a quotation the Swedish text holds is marked Swedish; its gloss in brackets is not', () => {
  const sv = 'Budgeten säger att Linköping är ”en segregerad kommun” och att satsningar behövs.';
  const en =
    'The budget says Linköping is “en segregerad kommun” (a segregated municipality) and that spending is needed.';
  assert.deepEqual(swedishParts(en, sv), ['en segregerad kommun']);
  // nothing is lost or added: the parts join to the translation
  assert.equal(
    quotedSwedish(en, sv)
      .map((p) => p.text)
      .join(''),
    en,
  );
});

test('a Swedish name in brackets and Arabic quotation marks are found too', () => {
  assert.deepEqual(
    swedishParts('Local social services (Nära socialtjänst) in Skäggetorp', 'Nära socialtjänst i Skäggetorp'),
    ['Nära socialtjänst'],
  );
  assert.deepEqual(
    swedishParts('يكتب المصدر «extra utsatt» (ضعيفة جدًا).', 'Källan skriver ”extra utsatt”.'),
    ['extra utsatt'],
  );
});

test('quoted English words that the Swedish does not hold stay in the page language', () => {
  assert.deepEqual(
    swedishParts(
      'Note that the range within "ongoing" is very wide.',
      'Notera att spannet inom ”pågå” är mycket brett.',
    ),
    [],
  );
  assert.deepEqual(swedishParts('A text (with 2023) in brackets', 'En text 2023'), []);
});

test('words marked by hand stay marked, once', () => {
  const parts = quotedSwedish('The status {{Pågår}} means “pågår”.', 'Status pågår.');
  assert.deepEqual(
    parts.filter((p) => p.sv).map((p) => p.text),
    ['Pågår', 'pågår'],
  );
});
