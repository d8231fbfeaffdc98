/** The minutes list (/protokoll/): every minutes paragraph, newest first, with how many protocol notes it holds. */
import type { Site } from '../site/build-site.ts';

export function meetingsPage(site: Site) {
  return site.meetings.map((meeting) => ({
    meeting,
    notes: meeting.data.items.filter((i) => i.kind === 'note').length,
  }));
}
