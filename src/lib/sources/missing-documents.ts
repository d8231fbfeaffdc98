/**
 * What is not here (/saknas/): the documents Insyn knows of, or asks for, but does not have
 * (content/missing-documents.yaml), grouped as the page shows them, each with its ready
 * request (src/lib/contact/document-request.ts). A plan page lists its year's with `missingFor`.
 */
import type { Site } from '../site/build-site.ts';
import type { Entry } from '../site/snapshot.ts';
import {
  missingDocumentGroups,
  type MissingDocument,
  type MissingDocumentGroup,
} from '../../schemas/missing-documents.ts';
import {
  requestHref,
  requestMail,
  type RequestMail,
  type RequestWords,
} from '../contact/document-request.ts';

/** One missing document as a page shows it: its data, the letter and the letter's link. */
export interface MissingView {
  doc: Entry<MissingDocument>;
  /** the letter in the words it is sent in (Swedish) */
  mail: RequestMail;
  /** the mailto: link that opens it */
  href: string;
}

/** A missing document with its request, in `words` (always the Swedish dictionary's `missing.mail`). */
export function missingView(doc: Entry<MissingDocument>, words: RequestWords): MissingView {
  const mail = requestMail(doc.data, words);
  return { doc, mail, href: requestHref(mail) };
}

/** The page's groups in a fixed order (plans, follow-ups, situation reports, board items), each in the site's order (build-site.ts); empty groups left out. */
export function missingDocumentsPage(
  site: Pick<Site, 'missingDocuments'>,
  words: RequestWords,
): { group: MissingDocumentGroup; docs: MissingView[] }[] {
  return missingDocumentGroups
    .map((group) => ({
      group,
      docs: site.missingDocuments.filter((d) => d.data.group === group).map((d) => missingView(d, words)),
    }))
    .filter((g) => g.docs.length > 0);
}

/** The missing documents that belong to one plan year, in the site's order. */
export function missingFor(
  site: Pick<Site, 'missingDocuments'>,
  year: number,
  words: RequestWords,
): MissingView[] {
  return site.missingDocuments.filter((d) => d.data.plan === year).map((d) => missingView(d, words));
}
