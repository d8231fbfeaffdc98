/**
 * Whose words a source paragraph holds. A label may never claim more than its
 * source: a paragraph of the minutes that stands inside a party's protocol note
 * is that party's text, not the municipality's, even though the minutes are a
 * municipal document. A note runs from its own anchor up to the next note's
 * anchor in the same document (notes are kept in their order in the minutes).
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import type { Site } from '../site/build-site.ts';
import { noteAt } from './note-at.ts';
import { sourceFacts, whoSays } from './evidence.ts';

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
  // A reference is named by the derivation, so a party's website reads "Socialdemokraternas webbplats".
  return whoSays(sourceFacts(site, source), t, name);
}
