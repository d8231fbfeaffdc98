/**
 * Insyn's translations keep a source's own Swedish words where they quote or name them: The
 * budget says Linköping is “en segregerad kommun” (a segregated municipality); local social
 * services (Nära socialtjänst). Those words are Swedish inside an English or Arabic sentence, so
 * the page marks them lang="sv" (WCAG 3.1.2) and isolates them on a right-to-left page.
 *
 * Derived, never typed per entry: a quoted (“…”, ”…”, «…», "…") or bracketed ((…)) part of a
 * translation is Swedish when the same words stand in the Swedish text it translates. A gloss
 * such as "(a segregated municipality)" does not, so it stays in the page's language. Words the
 * writer marked by hand ({{…}}, swedish-marks.ts) stay marked. Pure: unit-tested.
 */
import { splitSwedish, type TextPart } from './swedish-marks.ts';

const SEGMENT = /([“”"«])([^“”"«»()]+)([“”"»])|\(([^()“”"«»]+)\)/g;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** The translation in parts, with the Swedish words it keeps from `swedish` marked sv. */
export function quotedSwedish(translated: string, swedish: string): TextPart[] {
  const source = fold(swedish);
  const inSource = (words: string) => /\p{L}/u.test(words) && source.includes(fold(words));
  const parts: TextPart[] = [];
  for (const part of splitSwedish(translated)) {
    if (part.sv) {
      parts.push(part);
      continue;
    }
    let last = 0;
    for (const m of part.text.matchAll(SEGMENT)) {
      const words = m[2] ?? m[4];
      if (!inSource(words)) continue;
      // the quotation marks or brackets stay in the page's language; only the words are Swedish
      const start = m.index + (m[2] !== undefined ? m[1].length : 1);
      if (start > last) parts.push({ text: part.text.slice(last, start), sv: false });
      parts.push({ text: words, sv: true });
      last = start + words.length;
    }
    if (last < part.text.length) parts.push({ text: part.text.slice(last), sv: false });
  }
  return parts;
}
