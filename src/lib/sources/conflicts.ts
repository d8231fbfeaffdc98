/**
 * Sources that disagree, side by side: each account with who says it and its source, in the order
 * the content gives them. Insyn never picks one; the page says "Källorna säger olika" with all.
 */
import type { Conflict } from '../../schemas/conflicts.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Dict } from '../../i18n/types.ts';
import { sourceFacts, whoSays, type EvidenceSite, type Tx } from './evidence.ts';

export interface ConflictView {
  /** the anchor on the page */
  anchor: string;
  /** what the sources disagree about (content text) */
  about: string;
  accounts: { value: string; who: string; source: SourceRef }[];
  note?: string;
}

export const conflictAnchor = (id: string) => `olika-${id}`;

export function conflictView(site: EvidenceSite, c: Conflict, t: Dict, tx: Tx): ConflictView {
  return {
    anchor: conflictAnchor(c.id),
    about: c.about,
    accounts: c.accounts.map((a) => ({
      value: a.value,
      who: whoSays(sourceFacts(site, a.source), t, tx),
      source: a.source,
    })),
    note: c.note,
  };
}
