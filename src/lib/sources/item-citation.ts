/**
 * "Citera" for a protocol note or a decision: who, which body, date, §, page and
 * paragraph, the Insyn address of the item's anchor, and the original document
 * when its address is known. The words are the page's language (`t`, dates in `intl`);
 * names, the document's short name and a decision's text stay as the source has them.
 * The date is added where the text is shown or copied (senast kontrollerad / hämtad),
 * so it is not part of these strings.
 */
import { citation } from './citation.ts';
import { formatDate } from '../text/format.ts';
import type { Meeting, MeetingItem, Note, Site } from '../site/build-site.ts';
import type { Dict } from '../../i18n/types.ts';

type Decision = Extract<MeetingItem, { kind: 'decision' }>;

/** The words and date format a citation is written in. */
export interface CitationLanguage {
  t: Dict;
  intl: string;
}

/** The original document's address, when a source gives it. */
function original(site: Site, meeting: Meeting, t: Dict): string {
  const url = site.documentById.get(meeting.data.document)?.data.url;
  return url ? t.citation.original(url) : '';
}

const heading = (m: Meeting, intl: string) =>
  `${m.data.body} ${formatDate(m.data.date, intl)} § ${m.data.paragraph}`;

/** Sofia Frithioff (V), protokollsanteckning, Kommunstyrelsen 14 februari 2023 § 31 (KS 2023-02-14 § 31, s. 3, st. 27). Insyn: https://…#anteckning-v */
export function noteCitation(
  site: Site,
  meeting: Meeting,
  note: Note,
  url: string,
  { t, intl }: CitationLanguage,
): string {
  const party = site.partyById.get(note.party)?.data.abbr ?? note.party;
  const where = citation(site, note.source, t, intl).label;
  return `${t.citation.note(`${note.author} (${party})`, heading(meeting, intl), where, url)}${original(site, meeting, t)}`;
}

/** Kommunstyrelsen 14 februari 2023 § 31, beslut 1: ”…” (KS 2023-02-14 § 31, s. 1, st. 4). Insyn: https://…#beslut-1 */
export function decisionCitation(
  site: Site,
  meeting: Meeting,
  decision: Decision,
  url: string,
  { t, intl }: CitationLanguage,
): string {
  const where = citation(site, decision.source, t, intl).label;
  return `${t.citation.decision(heading(meeting, intl), decision.number, decision.text, where, url)}${original(site, meeting, t)}`;
}

/** The anchor of a decision on its meeting page. */
export const decisionAnchor = (decision: Decision) => `beslut-${decision.number}`;
