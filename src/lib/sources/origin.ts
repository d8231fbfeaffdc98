/**
 * Whose words a source paragraph holds. A label may never claim more than its
 * source: a paragraph of the minutes that stands inside a party's protocol note
 * is that party's text, not the municipality's, even though the minutes are a
 * municipal document. A note runs from its own anchor up to the next note's
 * anchor in the same document (notes are kept in their order in the minutes).
 */
import type { MeasureEvent } from '../../schemas/events.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Dict } from '../../i18n/types.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import type { Part } from '../text/sentence-parts.ts';
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

type OriginSite = Pick<Site, 'notes' | 'documentById' | 'referenceById' | 'partyById' | 'translations'>;

/**
 * "Vänsterpartiets protokollsanteckning", "kommunens pressmeddelande", "Mayors of Europe":
 * who wrote the text a source points at, in words for a label, in the page's language.
 */
export function sourceOrigin(
  site: OriginSite,
  source: SourceRef,
  { t, lang }: Pick<PageLang, 't' | 'lang'>,
): string {
  const name = (text: string) => contentText(site, lang, text);
  const note = noteAt(site, source);
  if (note) return t.origin.note(name(site.partyById.get(note.party)?.data.name ?? note.party));
  if (source.document) {
    const doc = site.documentById.get(source.document);
    return doc
      ? t.origin.document(t.document.kindInSentence[doc.data.kind], name(doc.data.issuer))
      : source.document;
  }
  return site.referenceById.get(source.reference ?? '')?.data.publisher ?? source.reference ?? '';
}

/**
 * Who says an event happened: its attribution when it has one (a claim always has),
 * else the source's origin. Used wherever an event is told outside its timeline.
 */
export function eventOrigin(
  site: OriginSite,
  event: MeasureEvent,
  i18n: Pick<PageLang, 't' | 'lang'>,
): string {
  return event.attribution
    ? contentText(site, i18n.lang, event.attribution)
    : sourceOrigin(site, event.source, i18n);
}

/** The same as parts for a page: the event's text is Insyn's content text (Tx), the rest the page's language. */
export function eventParts(event: MeasureEvent, t: Dict): Part[] {
  return [{ content: event.text }, ...(event.link ? [` ${t.events.inferred[event.link.confidence]}`] : [])];
}
