/** What several Swedish files share: lists and counted nouns, through Intl (../plural.ts). */
import { countedNoun, pluralOf } from '../plural.ts';

/** the form for a count: plural(n, { one: 'en osäker uppgift', other: 'osäkra uppgifter' }) */
export const plural = pluralOf('sv');
/** "Berga, Ryd och Skäggetorp" */
export const list = (items: string[]) => new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(items);
/** "1 åtgärd", "3 åtgärder" */
export const measures = countedNoun('sv', { one: '# åtgärd', other: '# åtgärder' });
