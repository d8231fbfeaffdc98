/**
 * "Citera" for a protocol note or a decision: who, which body, date, §, page and
 * paragraph, the Insyn address of the item's anchor, and the original document
 * when its address is known. The date is added where the text is shown or copied
 * (senast kontrollerad / hämtad), so it is not part of these strings.
 */
import { citation } from './cite.ts';
import { formatDate } from './format.ts';
import type { Meeting, MeetingItem, Note, Site } from './site.ts';

type Decision = Extract<MeetingItem, { kind: 'decision' }>;

/** The original document's address, when a source gives it. */
function original(site: Site, meeting: Meeting): string {
  const url = site.documentById.get(meeting.data.document)?.data.url;
  return url ? `; originalet: ${url}` : '';
}

const heading = (m: Meeting) => `${m.data.body} ${formatDate(m.data.date)} § ${m.data.paragraph}`;

/** Sofia Frithioff (V), protokollsanteckning, Kommunstyrelsen 14 februari 2023 § 31 (KS 2023-02-14 § 31, s. 3, st. 27). Insyn: https://…#anteckning-v */
export function noteCitation(site: Site, meeting: Meeting, note: Note, url: string): string {
  const party = site.partyById.get(note.party)?.data.abbr ?? note.party;
  return `${note.author} (${party}), protokollsanteckning, ${heading(meeting)} (${citation(site, note.source).label}). Insyn: ${url}${original(site, meeting)}`;
}

/** Kommunstyrelsen 14 februari 2023 § 31, beslut 1: ”…” (KS 2023-02-14 § 31, s. 1, st. 4). Insyn: https://…#beslut-1 */
export function decisionCitation(site: Site, meeting: Meeting, decision: Decision, url: string): string {
  return `${heading(meeting)}, beslut ${decision.number}: ”${decision.text}” (${citation(site, decision.source).label}). Insyn: ${url}${original(site, meeting)}`;
}

/** The anchor of a decision on its meeting page. */
export const decisionAnchor = (decision: Decision) => `beslut-${decision.number}`;
