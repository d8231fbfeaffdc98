/**
 * Two invented related decisions (content/decisions/) added to a snapshot in memory, for the
 * tests of what carries them (feeds, data files), so the fixture site itself keeps none and the
 * tests that read it (search) are not changed by them: a dated action the municipality's news
 * may state, and an agreement no source dates, told as a party's word.
 */
import type { Snapshot } from '../../../src/lib/site/snapshot.ts';

export function withRelatedDecisions(s: Snapshot): Snapshot {
  const entry = (id: string, data: Snapshot['decisions'][number]['data']) => ({
    id,
    file: `decisions/${id}.yaml`,
    data,
  });
  return {
    ...s,
    decisions: [
      ...s.decisions,
      entry('fixtur-beslut', {
        title: 'Fixturåtgärd med belysning vid torget',
        act: 'action',
        body: 'Linköpings kommun',
        date: '2022-03-01',
        diaryNumber: null,
        summary: 'Kommunen satte upp bättre belysning vid torget i Berga.',
        districts: ['berga'],
        source: { reference: 'lkpg-2021-07-narmiljo' },
        details: [],
        measures: [],
        conflicts: [],
      }),
      entry('fixtur-overenskommelse', {
        title: 'Fixturöverenskommelse om trygghet',
        act: 'agreement',
        body: 'Kommunen och polisen',
        date: null,
        dateNote: 'Sidan visar inget datum.',
        diaryNumber: null,
        summary: 'Kommunen och polisen har kommit överens om mer trygghetsarbete.',
        districts: null,
        source: { reference: 'm-2024-06-11-medborgarlofte' },
        details: [],
        measures: [],
        conflicts: [],
      }),
    ],
  };
}
