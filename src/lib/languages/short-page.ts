/**
 * The one page of each one-page language (/so/, /ti/, /fa-af/): around Insyn's text
 * (content/short/), the facts the site shows everywhere — the status words as badges, each
 * district page in the languages that have it, the municipality's address from its source.
 */
import { languages, localizePath, type LanguageId } from '../../i18n/languages.ts';
import { municipalityContact } from '../contact/municipality.ts';
import { UNKNOWN_STATUS } from '../easy-read/facts.ts';
import type { Site } from '../site/build-site.ts';
import { askPath, districtPath, documentPath } from '../urls/paths.ts';

/** The languages a district page exists in, each link named in its own language. */
const districtLanguages: LanguageId[] = ['sv', 'lattlast', 'en', 'ar'];

export function shortPage(site: Site) {
  const city = municipalityContact;
  return {
    /** every status word, then the site's own "Okänd" (no status: null); key: its word in content/short/ */
    statuses: [
      ...site.statuses.map((s) => ({ id: s.id as string | null, key: s.id })),
      { id: null, key: UNKNOWN_STATUS },
    ],
    districts: site.districts.map((d) => ({
      name: d.data.name,
      links: districtLanguages.map((id) => ({
        href: localizePath(id, districtPath(d.id)),
        lang: languages[id].lang,
        name: languages[id].name,
      })),
    })),
    contact: {
      ...city,
      // The number never breaks across lines: non-breaking hyphen and spaces.
      phone: city.phone.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0'),
      sourceHref: documentPath(city.source.document, city.source.anchor),
    },
    /** the easy-read page on asking the municipality for a document */
    askHref: localizePath('lattlast', askPath()),
  };
}
