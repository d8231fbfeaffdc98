/** What src/middleware.ts puts on Astro.locals for every page. */
declare namespace App {
  interface Locals {
    /** the page context: the page's language, lookups and links (src/lib/page/context.ts) */
    page: import('./lib/page/context.ts').PageContext;
  }
}
