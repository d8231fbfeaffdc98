import { glossaryPath } from '../urls/paths.ts';
import type { Site } from '../site/build-site.ts';

/** Where a glossary word is explained: its anchor on the glossary page (status words use their status id). */
export const glossaryHref = (id: string) => glossaryPath(id);

export type GlossaryTerm = Site['glossary'][number];

/** Glossary entries whose word stands in a text (case-insensitive, as a word start: "basområde" finds "basområdet"). */
export function termsIn<T extends { data: { term: string } }>(glossary: T[], text: string): T[] {
  const lower = text.toLocaleLowerCase('sv');
  return glossary.filter((t) =>
    new RegExp(
      `(^|[^\\p{L}])${t.data.term.toLocaleLowerCase('sv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      'u',
    ).test(lower),
  );
}
