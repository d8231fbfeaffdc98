/**
 * English for ../sv/home.ts (Insyn's translation, same keys).
 * The home page (pages/[...lang]/index.astro); its chart's words are in charts.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/home.ts';

export const words: Wide<typeof sv> = {
  home: {
    description:
      'What Linköping municipality promises and does against segregation in Berga, Ryd and Skäggetorp: plans, measures, follow-ups and minutes, with sources.',
    heading: 'What is Linköping doing against segregation?',
    lead: 'Every year the municipality decides on a plan with measures against segregation. The plans are especially about Berga, Ryd and Skäggetorp. Here you can see what the plans promise, what the sources say has been done and what the politicians have said. Every piece of information has a source.',
    yourDistrict: 'Your area',
    plans: 'The plans',
    latestMeetings: 'Latest minutes',
    about: 'About Insyn: where the information comes from and what the status words mean',
  },
};
