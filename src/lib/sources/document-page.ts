/**
 * A source document's page (/dokument/<id>/): its search facets, Insyn's summary in the page's
 * language, and its transcribed text in numbered blocks (which stays Swedish in every language).
 */
import { documentFacets } from '../search/facets.ts';
import type { Document, Site } from '../site/build-site.ts';
import { contentText } from '../text/content-text.ts';

export function documentPage(site: Site, doc: Document, lang: string) {
  return {
    doc,
    facets: documentFacets(site, doc),
    /** Insyn's summary in the page's language (the page's description) */
    summary: contentText(site, lang, doc.data.summary),
    blocks: site.blocksOf(doc.id),
  };
}
