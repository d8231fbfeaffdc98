/** Arabic interface words: Insyn's translation (see review.ts). */
import type { Dict } from './index.ts';
import { sv } from './sv.ts';

// TODO(i18n): placeholder until the Arabic dictionary lands.
export const ar: Dict = sv;
