/**
 * A plain text in a right-to-left language split into its Latin-script runs and the rest, so
 * a page can isolate each run (<bdi>). A party's name with its Swedish gloss, "التحالف من أجل
 * Linköping (Allians för Linköping)", otherwise reads as one left-to-right run from "Linköping"
 * to the last Latin word, and the brackets between them come out in the wrong places. Where the
 * text is marked up (Tx, quotedSwedish) the Swedish words are isolated already; this is for the
 * labels and sentences that src/lib composes as strings. Brackets, digits alone and the
 * page's own punctuation stay in the page's direction. Pure: unit-tested.
 */
export interface Run {
  text: string;
  latin: boolean;
}

// A run starts and ends with a Latin letter or digit and holds no bracket: words, numbers,
// spaces and the punctuation inside a name ("Linköpings kommun – Politik", "via.tt.se").
const RUN = /[\p{Script=Latin}\d](?:[\p{Script=Latin}\d .,'’&/:–-]*[\p{Script=Latin}\d])?/gu;
const LATIN = /\p{Script=Latin}/u;

export function latinRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (!LATIN.test(m[0])) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
