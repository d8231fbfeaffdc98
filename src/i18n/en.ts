/** English interface words: Insyn's translation (see review.ts). */
import type { Dict } from './index.ts';
import { sv } from './sv.ts';

// TODO(i18n): placeholder until the English dictionary lands.
export const en: Dict = sv;
