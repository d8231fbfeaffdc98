/**
 * An editorial page (content/pages/<slug>.mdx: about, accessibility) in a language: Insyn's
 * translation (content/pages/<slug>-<lang>.mdx) with its own review notice, or, until there is
 * one, the Swedish page, marked as Swedish under a notice that the page exists only in Swedish.
 */
import type { Review } from '../../schemas/review.ts';
import type { Site } from '../site/build-site.ts';

export function editorialPage(site: Site, id: string, lang: string) {
  const translation = lang === 'sv' ? undefined : site.pageTranslation(id, lang);
  const page = translation ?? site.pages.find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing`);
  const onlySwedish = lang !== 'sv' && !translation;
  /** the translation's review; null (no notice of a review) on the Swedish page shown in another language; none on a Swedish page */
  const review: Review | null | undefined = translation
    ? (translation.data.review ?? null)
    : onlySwedish
      ? null
      : undefined;
  return {
    /** the entry to render: the translation, else the Swedish page */
    entryId: page.id,
    title: page.data.title,
    description: page.data.description,
    onlySwedish,
    review,
  };
}
