/**
 * Insyn's texts in another language keep some words in Swedish (a status word as the site
 * shows it, a name, a law). The writer puts each between double braces, "{{Pågår}}", and the
 * page marks it lang="sv" (WCAG 3.1.2: every change of language inside a page is marked).
 * Pure: unit-tested.
 */
export interface TextPart {
  text: string;
  /** true for a Swedish word or phrase */
  sv: boolean;
}

const mark = /\{\{(.+?)\}\}/g;

export function splitSwedish(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(mark)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), sv: false });
    parts.push({ text: m[1], sv: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), sv: false });
  return parts;
}

/** True when a text has a brace left unpaired ("{{Pågår" or "Pågår}}"), which would show as is. */
export function hasStrayMark(text: string): boolean {
  return splitSwedish(text).some((p) => !p.sv && /\{\{|\}\}/.test(p.text));
}
