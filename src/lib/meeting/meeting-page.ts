/**
 * One minutes paragraph's page (/protokoll/<id>/), computed once: its heading, the source
 * document's title, the decisions with their anchors and citations, the information items,
 * the protocol notes with their citations, and each section's numbered sources in the order
 * it shows them (issue 24: a marker after each decision and quotation, the list at the
 * section's end, instead of a bracket and a report link after each). The route only lays it out.
 */
import type { Meeting, MeetingItem, Note, Site } from '../site/build-site.ts';
import { meetingFacets } from '../search/facets.ts';
import { decisionAnchor, decisionCitation, noteCitation } from '../sources/item-citation.ts';
import { sourceNotesFor } from '../sources/source-notes.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import { formatDate } from '../text/format.ts';
import { meetingPath } from '../urls/paths.ts';

type MeetingDecision = Extract<MeetingItem, { kind: 'decision' }>;
type Information = Extract<MeetingItem, { kind: 'information' }>;

/** The page's language and its public address (`url`): a citation carries the item's full Insyn link. */
export function meetingPage(site: Site, meeting: Meeting, i18n: PageLang & { url: URL }) {
  const { t, lang, intl, link, url } = i18n;
  const m = meeting.data;
  const decisions = m.items.filter((i): i is MeetingDecision => i.kind === 'decision');
  const information = m.items.filter((i): i is Information => i.kind === 'information');
  const notes = m.items.filter((i): i is Note => i.kind === 'note');
  const notesOf = sourceNotesFor(site, t, (x) => contentText(site, lang, x));
  // An item's address on the site's configured public host, as a pasted citation needs it.
  const address = (anchor: string) => new URL(link(meetingPath(meeting.id, anchor)), url).href;
  return {
    meeting,
    /** "Kommunstyrelsen 14 februari 2023 § 31": the page's title */
    heading: `${m.body} ${formatDate(m.date, intl)} § ${m.paragraph}`,
    facets: meetingFacets(site, meeting),
    /** the source document's title as it stands (its id where the document is not here) */
    documentTitle: site.documentById.get(m.document)?.data.title ?? m.document,
    decisions: decisions.map((decision) => ({
      decision,
      anchor: decisionAnchor(decision),
      citation: decisionCitation(site, meeting, decision, address(decisionAnchor(decision)), {
        t,
        intl,
      }),
    })),
    decisionNotes: notesOf('beslut', ...decisions.map((d) => d.source)),
    information,
    informationNotes: notesOf('information', ...information.map((i) => i.source)),
    notes: notes.map((note) => ({
      note,
      citation: noteCitation(site, meeting, note, address(note.id), { t, intl }),
    })),
    noteNotes: notesOf('anteckningar', ...notes.flatMap((n) => n.quotes.map((q) => q.source))),
    /** the measures a note may name, by id */
    measures: site.measureById,
  };
}
