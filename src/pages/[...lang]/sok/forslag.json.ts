/**
 * /sok/forslag.json, /en/sok/forslag.json, /ar/sok/forslag.json: the names each language's search page
 * suggests ("Menade du …?", src/lib/search/suggest.ts), as its records name them. Fetched only when needed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fullLocales, langParam, type Locale } from '../../../i18n/languages.ts';
import { site } from '../../../lib/site/astro-site.ts';
import { recordLanguage } from '../../../lib/search/records.ts';
import { suggestionTerms } from '../../../lib/search/suggest.ts';

export const getStaticPaths = (() =>
  fullLocales.map((locale) => ({
    params: { lang: langParam(locale) },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(suggestionTerms(site, recordLanguage(site, props.locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
