/** Where a glossary word is explained: its anchor on /ordlista/ (status words use their status id). */
export const glossaryPath = '/ordlista/';
export const glossaryHref = (id: string) => `${glossaryPath}#${id}`;

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
