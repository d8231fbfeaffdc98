/**
 * The ready request for a public document (allmän handling): the one place that turns a
 * missing document (content/missing-documents.yaml) into an e-mail to the municipality, so
 * the request on /saknas/, on the plan pages and anywhere else is the same letter.
 *
 * The letter is always Swedish (the municipality works in Swedish): its words are the Swedish
 * dictionary's `missing.mail` (the right under tryckfrihetsförordningen 2 kap., the document,
 * that a digital copy is wanted); a page in another language shows its own dictionary's
 * translation of the same words beside it. The address: the municipality's e-mail where a
 * source gives one (src/lib/contact/municipality.ts); none does yet, so the link leaves the
 * recipient empty for the reader (RFC 6068 allows "mailto:?subject=…").
 */
import type { Dict } from '../../i18n/types.ts';
import { municipalityContact } from './municipality.ts';

/** The letter's words: a dictionary's `missing.mail`. */
export type RequestWords = Dict['missing']['mail'];

/** What a request needs of a missing document. */
export interface Requested {
  /** the document as a source names it, e.g. "Bilaga 2 – Åtgärdsplan mot segregation 2023" */
  title: string;
  /** what to ask for, in Swedish (content/missing-documents.yaml `request`) */
  request: string;
}

export interface RequestMail {
  subject: string;
  body: string;
}

/** The letter asking for one document, in the given words. */
export function requestMail(doc: Requested, words: RequestWords): RequestMail {
  return { subject: words.subject(doc.title), body: words.body(doc.request) };
}

/** The letter as a mailto: link (RFC 6068: percent-encoded, spaces %20, line breaks %0D%0A). */
export function requestHref(mail: RequestMail, to: string | null = municipalityContact.email): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to ? encodeURIComponent(to).replace('%40', '@') : ''}?subject=${enc(mail.subject)}&body=${enc(mail.body)}`;
}
