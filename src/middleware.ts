/**
 * Builds the page context once per page (src/lib/page/context.ts) and puts it on
 * Astro.locals.page, where every component reads it. Runs for prerendered pages at build
 * time, as Starlight attaches its route data (utils/routing/middleware.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { site } from './lib/site/astro-site.ts';
import { pageContext } from './lib/page/context.ts';
import { languageOfPath } from './i18n/languages.ts';

export const onRequest = defineMiddleware((context, next) => {
  // The public address: the configured site URL (INSYN_SITE_URL), not the build's request host.
  const url = new URL(context.url.pathname, context.site);
  context.locals.page = pageContext(site, languageOfPath(url.pathname), url);
  return next();
});
