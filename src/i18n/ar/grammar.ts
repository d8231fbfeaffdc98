/**
 * What several Arabic files share: numbers with Western digits and Arabic grouping ("26,250"),
 * lists, and counted nouns in their Arabic forms through Intl.PluralRules('ar') (../plural.ts):
 * one, two (the dual), few (3–10), many (11–99) and other; zero falls back to other.
 */
import { countedNoun, pluralOf } from '../plural.ts';

const numbers = new Intl.NumberFormat('ar-u-nu-latn');
/** a number in a sentence: Western digits, Arabic grouping ("26,250") */
export const num = (n: number): string => numbers.format(n);
export const list = (items: string[]) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);
/** the form for a count: plural(n, { one: 'واحد منها ', other: '…' }) */
export const plural = pluralOf('ar');
/** A counted noun; `#` is the number (Western digits), or `shown` when the caller has already written it. */
const noun = (forms: Parameters<typeof countedNoun>[1]) => countedNoun('ar', forms, num);

/** "3 نتائج", "11 نتيجة": search hits, as the subject of a sentence */
export const hits = noun({
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: '# نتائج',
  many: '# نتيجة',
  other: '# نتيجة',
});
/** "من أصل 60 إجراءً": measures after a preposition (genitive) */
export const measuresAfterPreposition = noun({
  one: 'إجراء واحد',
  two: 'إجراءين',
  few: '# إجراءات',
  many: '# إجراءً',
  other: '# إجراء',
});
/** "3 إجراءات", "11 إجراءً": measures as the subject or alone (nominative) */
export const measuresCount = noun({
  one: 'إجراء واحد',
  two: 'إجراءان',
  few: '# إجراءات',
  many: '# إجراءً',
  other: '# إجراء',
});
/** "3 ملاحظات في المحضر": notes in the minutes, nominative */
export const notesCount = noun({
  one: 'ملاحظة واحدة في المحضر',
  two: 'ملاحظتان في المحضر',
  few: '# ملاحظات في المحضر',
  many: '# ملاحظةً في المحضر',
  other: '# ملاحظة في المحضر',
});
/** "3 أسطر": rows of a data file */
export const rowsCount = noun({
  one: 'سطر واحد',
  two: 'سطران',
  few: '# أسطر',
  many: '# سطرًا',
  other: '# سطر',
});
/** "لمدة 3 سنوات" */
export const years = noun({ one: 'سنة واحدة', two: 'سنتين', few: '# سنوات', many: '# سنة', other: '# سنة' });
/** "إجراء واحد يذكر المنطقة", "3 إجراءات تذكر المنطقة": measures as the subject of "mention the area" */
export const measuresMentioning = noun({
  one: 'إجراء واحد يذكر المنطقة',
  two: 'إجراءان يذكران المنطقة',
  few: '# إجراءات تذكر المنطقة',
  many: '# إجراءً تذكر المنطقة',
  other: '# إجراء تذكر المنطقة',
});
