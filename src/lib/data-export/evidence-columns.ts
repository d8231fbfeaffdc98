/**
 * The columns that say what a row's source lets Insyn call it, shared by the datasets whose rows
 * are things a source says happened (`decisions`, `events`): the label and stance its source
 * allows, the kind of source, and who says it where the source may not state it. Both come from
 * the same rule (src/lib/sources/evidence.ts), so they are documented and filled in one place;
 * so is their `source` column.
 */
import type { Column } from '../measure/rows.ts';
import { sayer, type Evidence } from '../sources/evidence.ts';
import { sourceKinds } from '../../schemas/source-kinds.ts';
import { sv } from '../../i18n/sv/index.ts';

/** label, stance, source_kind; `it` is how the meaning names the row's thing ("det", "händelsen"). */
export const evidenceColumns = (it: string) =>
  [
    {
      name: 'label',
      type: 'id',
      meaning: `Vad Insyn får kalla ${it}, härlett ur källans slag: decision (beslut), municipality (kommunen berättar), news (nyhet), according (enligt någon annan) m.fl.`,
      allowed: 'decision, agreement, record, municipality, authority, statistics, news, according',
    },
    {
      name: 'stance',
      type: 'id',
      meaning:
        'stated: källan får säga det som fakta (organets egen handling, kommunens nyhet); attributed: det är källans uppgift och visas som den',
      allowed: 'stated, attributed',
    },
    {
      name: 'source_kind',
      type: 'id',
      meaning: `Vilket slags källa ${it} vilar på`,
      allowed: sourceKinds.join(', '),
    },
  ] as const satisfies readonly Column[];

export const attributionColumn = {
  name: 'attribution',
  type: 'text',
  meaning: 'Vem som säger det, härlett ur källan; tomt när källan får säga det som fakta',
  allowed: 'text; tomt när stance är stated',
} as const satisfies Column;

/** Where the row's source is on Insyn (in these two datasets always a paragraph or a reference). */
export const sourceColumn = {
  name: 'source',
  type: 'text',
  meaning: 'Källan: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor',
  allowed: 'som /dokument/ks-2023-02-14-31/#st-6 eller /kallor/#id',
} as const satisfies Column;

/** A row's cells of the evidence columns and attribution. */
export const evidenceCells = (evidence: Evidence) => ({
  label: evidence.label,
  stance: evidence.stance,
  source_kind: evidence.by.kind,
  // The data files are Swedish, as the sources: who says it in the Swedish words.
  attribution: evidence.stance === 'attributed' ? sayer(evidence, sv, (x) => x) : '',
});
