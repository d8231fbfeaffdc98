/** What concerns a district: measures that name it, measures with no district given, notes that name it. */
import { districtsOf } from './measures.ts';
import type { Measure, NoteInMeeting, Site } from './site.ts';

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
