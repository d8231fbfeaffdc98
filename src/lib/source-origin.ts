/**
 * Whose words a source paragraph holds. A label may never claim more than its
 * source: a paragraph of the minutes that stands inside a party's protocol note
 * is that party's text, not the municipality's, even though the minutes are a
 * municipal document. A note runs from its own anchor up to the next note's
 * anchor in the same document (notes are kept in their order in the minutes).
 */
import type { MeasureEvent } from '../schemas/events.ts';
import type { SourceRef } from '../schemas/source-ref.ts';
import type { Site } from './site.ts';
import { sv } from '../i18n/sv.ts';

const anchorNumber = (anchor: string | undefined) =>
  anchor?.startsWith('st-') ? Number(anchor.slice(3)) : NaN;

/** Swedish genitive: "Vänsterpartiet" → "Vänsterpartiets", "Kommunstyrelsen" → "Kommunstyrelsens". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

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
    const end = i + 1 < inDocument.length ? anchorNumber(inDocument[i + 1].note.source.anchor) : Infinity;
    if (at >= start && at < end) return { party: inDocument[i].note.party, noteId: inDocument[i].note.id };
  }
  return undefined;
}

/** The party whose note holds the paragraph (its name), so a page can link the word "protokollsanteckning". */
export function noteParty(site: Pick<Site, 'notes' | 'partyById'>, source: SourceRef): string | undefined {
  const note = noteAt(site, source);
  return note ? (site.partyById.get(note.party)?.data.name ?? note.party) : undefined;
}

/**
 * "Vänsterpartiets protokollsanteckning", "kommunens pressmeddelande", "Mayors of Europe":
 * who wrote the text a source points at, in words for a label.
 */
export function sourceOrigin(
  site: Pick<Site, 'notes' | 'documentById' | 'referenceById' | 'partyById'>,
  source: SourceRef,
): string {
  const note = noteAt(site, source);
  if (note) return sv.origin.note(site.partyById.get(note.party)?.data.name ?? note.party);
  if (source.document) {
    const doc = site.documentById.get(source.document);
    return doc ? sv.origin.document(doc.data.kind, doc.data.issuer) : source.document;
  }
  return site.referenceById.get(source.reference ?? '')?.data.publisher ?? source.reference ?? '';
}

/**
 * Who says an event happened: its attribution when it has one (a claim always has),
 * else the source's origin. Used wherever an event is told outside its timeline.
 */
export function eventOrigin(
  site: Pick<Site, 'notes' | 'documentById' | 'referenceById' | 'partyById'>,
  event: MeasureEvent,
): string {
  return event.attribution ?? sourceOrigin(site, event.source);
}

/** An event told in one sentence: its text, then, for a tie Insyn inferred, how sure the tie is. */
export function eventText(event: MeasureEvent): string {
  return event.link ? `${event.text} ${sv.events.inferred[event.link.confidence]}` : event.text;
}
