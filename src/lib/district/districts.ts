/** What concerns a district: measures that name it, measures with no district given, notes that name it. */
import { contentText, type PageLang } from '../text/content-text.ts';
import { boundsOf, type DistrictInfo } from '../map/geo.ts';
import { mapPicture } from '../map/picture.ts';
import { districtsOf, groupByArea, type Area } from '../measure/measures.ts';
import type { Measure, Meeting, MeetingItem, NoteInMeeting, Site } from '../site/build-site.ts';
import { districtPath } from '../urls/paths.ts';

export function measuresFor(site: Site, districtId: string): { targeted: Measure[]; unspecified: Measure[] } {
  return {
    targeted: site.measures.filter((m) => districtsOf(m).has(districtId)),
    // No source names a district for these: they may be municipality-wide; shown apart, never counted as the district's.
    unspecified: site.measures.filter((m) => districtsOf(m).size === 0),
  };
}

export function notesFor(site: Site, districtId: string): NoteInMeeting[] {
  return site.notes.filter((n) => n.note.districts.includes(districtId));
}

/** What the maps say about each district, in the page's language: name, page and how many measures name it. */
export function districtInfos(
  site: Site,
  { t, lang, link }: Pick<PageLang, 't' | 'lang' | 'link'>,
): DistrictInfo[] {
  return site.districts.map((d) => {
    const name = contentText(site, lang, d.data.name);
    return {
      id: d.id,
      name,
      href: link(districtPath(d.id)),
      summary: t.map.summary(name, measuresFor(site, d.id).targeted.length),
    };
  });
}

/**
 * What the district map shows: the area to frame (one district on its page, all
 * on the overview), the districts with their measure counts for the list beside
 * it, and the picture drawn at build time.
 */
export function districtMap(site: Site, i18n: Pick<PageLang, 't' | 'lang' | 'link'>, focus?: string) {
  const shapes = site.geometry.features.filter(
    (f) => f.properties.kind === 'district' && (!focus || f.properties.id === focus),
  );
  const bounds = boundsOf(shapes);
  const infos = districtInfos(site, i18n);
  const districts = infos.map((d) => ({ ...d, count: measuresFor(site, d.id).targeted.length }));
  return { bounds, districts, picture: mapPicture(site.geometry.features, infos, bounds) };
}

export type DistrictMapData = ReturnType<typeof districtMap>;

export type { Area };

/**
 * Measures grouped by development area, in the areas' order; a measure goes
 * under the area its latest plan year gives (the five areas are worded the
 * same in every plan). Measures whose area no source gives come last, area null.
 */
export function byArea(site: Site, measures: Measure[]): { area: Area | null; measures: Measure[] }[] {
  const latestArea = (m: Measure) => [...m.data.years].reverse().find((y) => y.area !== null)?.area ?? null;
  return groupByArea(site, measures, latestArea).map((g) => ({ area: g.area, measures: g.items }));
}

type Decision = Extract<MeetingItem, { kind: 'decision' }>;

/**
 * Meeting paragraphs where a note names the district, with that paragraph's
 * decisions (which no source ties to one district) and the notes that name it.
 */
export function meetingsFor(
  site: Site,
  districtId: string,
): { meeting: Meeting; decisions: Decision[]; notes: NoteInMeeting[] }[] {
  const notes = notesFor(site, districtId);
  return site.meetings
    .map((meeting) => ({
      meeting,
      decisions: meeting.data.items.filter((i): i is Decision => i.kind === 'decision'),
      notes: notes.filter((n) => n.meeting.id === meeting.id),
    }))
    .filter((m) => m.notes.length > 0);
}
