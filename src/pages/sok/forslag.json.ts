/** /sok/forslag.json: the names the search page suggests when nothing is found (src/lib/search-suggest.ts). Fetched only then. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site-data.ts';
import { suggestionTerms } from '../../lib/search-suggest.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(suggestionTerms(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
