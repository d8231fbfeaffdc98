/** What several English files share: possessives, lists and counted nouns, through Intl (../plural.ts). */
import { countedNoun, pluralOf } from '../plural.ts';

/** "Vänsterpartiet's", "Jonas'" */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);
export const list = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
/** the form for a count: plural(n, { one: 'is', other: 'are' }) */
export const plural = pluralOf('en');
/** "1 measure", "3 measures" */
export const measures = countedNoun('en', { one: '# measure', other: '# measures' });
