/** Turns a source reference into the link and label a citation shows. */
import type { SourceRef } from '../../schemas/source-ref.ts';
import { formatDate } from '../text/format.ts';
import type { Site } from '../site/build-site.ts';
import { documentPath, referencesPath } from '../urls/paths.ts';
import type { Dict } from '../../i18n/types.ts';
import type { SourceKind } from '../../schemas/source-kinds.ts';
import { sourceFacts } from './evidence.ts';

export interface Citation {
  href: string;
  label: string;
  /** what the source is (src/lib/sources/evidence.ts): a party's note inside the minutes is a party's text */
  kind: SourceKind;
  /** not the municipality's own record, news or statistics: the site says so beside the link */
  secondary: boolean;
  /** the day a person last checked the source (content only, never the build date) */
  checked?: string;
  /** the source's own words the fact rests on, where someone has read them */
  words?: string;
}

/** The municipality's own sources; every other kind is marked "sekundär källa" beside its citation. */
const own: SourceKind[] = ['record', 'municipal-news', 'statistics'];

/**
 * The citation of a source: a document's short name with the page and paragraph
 * ("KS 2023-02-14 § 31, s. 4, st. 33"; a whole protocol note "s. 4–5, st. 27–37"), or a reference's
 * publisher and date. The names stay as the sources give them; the words around them are the
 * language's (`t`, dates in `intl`).
 * Without a dictionary the label is the document's or reference's name alone (a caller that
 * needs only the href).
 */
export function citation(site: Site, source: SourceRef, t?: Dict, intl?: string): Citation {
  const documentId = source.document;
  if (documentId) {
    const doc = site.documentById.get(documentId);
    const blockAt = (anchor: string | undefined) =>
      anchor ? site.blocksOf(documentId).find((b) => b.kind !== 'page' && b.id === anchor) : undefined;
    const block = blockAt(source.anchor);
    // A protocol note's whole text runs over several paragraphs (`to`): the citation names them all.
    const last = blockAt(source.to);
    const where =
      t && block && block.kind !== 'page'
        ? last && last.kind !== 'page'
          ? t.citation.atRange(block.page, last.page, block.id.slice(3), last.id.slice(3))
          : t.citation.at(block.page, block.id.slice(3))
        : '';
    const { kind } = sourceFacts(site, source);
    return {
      href: documentPath(documentId, source.anchor),
      label: `${doc?.data.short ?? documentId}${where}${source.locator ? `, ${source.locator}` : ''}`,
      kind,
      secondary: !own.includes(kind),
      words: source.words,
    };
  }
  const ref = site.referenceById.get(source.reference ?? '');
  const date = ref?.data.date ? ` ${formatDate(ref.data.date, intl)}` : '';
  const kind = ref?.data.kind ?? 'secondary';
  return {
    href: referencesPath(source.reference),
    label: `${ref?.data.publisher ?? source.reference}${date}${source.locator ? `, ${source.locator}` : ''}`,
    kind,
    secondary: !own.includes(kind),
    checked: ref?.data.checkedOn,
    words: source.words,
  };
}
