/**
 * A feed file (/flode.xml, /flode/<district>.xml, and the same under /en/ and /ar/): its path,
 * title and items in the feed's language. The district's feed holds the items of the
 * language's feed that belong to the district (belongsTo).
 */
import type { LanguageId } from '../../i18n/languages.ts';
import type { Site } from '../site/build-site.ts';
import { districtFeedPath, feedPath } from '../urls/paths.ts';
import { belongsTo, feedItems, feedLanguage, feedPathIn } from './items.ts';

export function feedPage(site: Site, id: LanguageId, district?: { id: string; name: string }) {
  const language = feedLanguage(id, site);
  const { feed } = language.t;
  const items = feedItems(site, language);
  return district
    ? {
        path: feedPathIn(id, districtFeedPath(district.id)),
        title: feed.districtTitle(district.name),
        description: feed.districtDescription(district.name),
        language: feed.language,
        items: items.filter((item) => belongsTo(item, district.id)),
      }
    : {
        path: feedPathIn(id, feedPath()),
        title: feed.title,
        description: feed.description,
        language: feed.language,
        items,
      };
}
