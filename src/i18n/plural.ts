/**
 * Counted nouns, the same way in every language: Intl.PluralRules picks the form for a number
 * (Swedish and English have "one" and "other"; Arabic also "zero", "two", "few" and "many"),
 * and a form that a language leaves out falls back to "other". A word for zero ("Inga träffar")
 * is a choice of sentence, not a plural form: the dictionaries write it out where they need it.
 */

/** The forms of a word or sentence by plural category; `other` is required. */
export type PluralForms<T = string> = { [C in Intl.LDMLPluralRule]?: T } & { other: T };

const rules = new Map<string, Intl.PluralRules>();
const rulesOf = (locale: string) => {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
};

/** The form for `n` in a language: `plural(n, { one: 'den', other: 'dem' })`. */
export const pluralOf =
  (locale: string) =>
  <T>(n: number, forms: PluralForms<T>): T =>
    forms[rulesOf(locale).select(n)] ?? forms.other;

/**
 * A counted noun: `#` in each form is the number, written by `format` unless the caller passes it
 * already written (`shown`). countedNoun('sv', { one: '# åtgärd', other: '# åtgärder' })(3) → "3 åtgärder".
 */
export function countedNoun(
  locale: string,
  forms: PluralForms,
  format: (n: number) => string = String,
): (n: number, shown?: string) => string {
  const pick = pluralOf(locale);
  return (n, shown = format(n)) => pick(n, forms).replace('#', shown);
}
