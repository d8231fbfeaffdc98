/**
 * Whose text a paragraph of the minutes is: a paragraph inside a party's protocol note is that
 * party's, not the municipality's. A note runs from its own anchor to its last paragraph where
 * its source gives one (`to`, the paragraph with the note's closing quotation mark); otherwise up
 * to the next note's anchor in the same document (notes are kept in their order in the minutes),
 * the last one up to the meeting's `notesEnd` (the minutes' own text after the notes:
 * "Beslutsunderlag", its annexes), or, where that is not given, to the end of the document.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Site } from '../site/build-site.ts';

const anchorNumber = (anchor: string | undefined) =>
  anchor?.startsWith('st-') ? Number(anchor.slice(3)) : NaN;

/** The note (party id) whose text holds the paragraph, if any. */
export function noteAt(
  site: Pick<Site, 'notes'>,
  source: SourceRef,
): { party: string; noteId: string } | undefined {
  const at = anchorNumber(source.anchor);
  if (!source.document || Number.isNaN(at)) return undefined;
  const inDocument = site.notes
    .filter(
      (n) => n.meeting.data.document === source.document && !Number.isNaN(anchorNumber(n.note.source.anchor)),
    )
    .sort((a, b) => anchorNumber(a.note.source.anchor) - anchorNumber(b.note.source.anchor));
  for (let i = 0; i < inDocument.length; i++) {
    const start = anchorNumber(inDocument[i].note.source.anchor);
    const notesEnd = anchorNumber(inDocument[i].meeting.data.notesEnd);
    const last = anchorNumber(inDocument[i].note.source.to);
    const end = !Number.isNaN(last)
      ? last + 1
      : i + 1 < inDocument.length
        ? anchorNumber(inDocument[i + 1].note.source.anchor)
        : Number.isNaN(notesEnd)
          ? Infinity
          : notesEnd;
    if (at >= start && at < end) return { party: inDocument[i].note.party, noteId: inDocument[i].note.id };
  }
  return undefined;
}
