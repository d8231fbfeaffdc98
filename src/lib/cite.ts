/** Turns a source reference into the link and label a citation shows. */
import type { SourceRef } from '../schemas/source-ref.ts';
import { formatDate } from './format.ts';
import type { Site } from './site.ts';
import { documentPath, referencesPath } from './paths.ts';

export interface Citation {
  href: string;
  label: string;
  /** true for news, aggregators and translations: the site says so beside the link */
  secondary: boolean;
}

export function citation(site: Site, source: SourceRef): Citation {
  if (source.document) {
    const doc = site.documentById.get(source.document);
    const block = source.anchor
      ? site.blocksOf(source.document).find((b) => b.kind !== 'page' && b.id === source.anchor)
      : undefined;
    const where = block && block.kind !== 'page' ? `, s. ${block.page}, st. ${block.id.slice(3)}` : '';
    return {
      href: documentPath(source.document, source.anchor),
      label: `${doc?.data.short ?? source.document}${where}${source.locator ? `, ${source.locator}` : ''}`,
      secondary: false,
    };
  }
  const ref = site.referenceById.get(source.reference ?? '');
  const date = ref?.data.date ? ` ${formatDate(ref.data.date)}` : '';
  return {
    href: referencesPath(source.reference),
    label: `${ref?.data.publisher ?? source.reference}${date}${source.locator ? `, ${source.locator}` : ''}`,
    secondary: ref?.data.confidence === 'secondary',
  };
}
