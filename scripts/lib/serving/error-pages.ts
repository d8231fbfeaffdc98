/**
 * The small pages nginx shows for requests it refuses before any page of the site is involved:
 * 400 (a request it cannot read), 405 (a method other than GET or HEAD), 413 (a body larger
 * than it takes) and 414 (an address longer than it takes), instead of nginx's own bare pages.
 * Static files written into the build at ERROR_PAGE_DIR after the pages' policies are read:
 * Swedish with English below, no script or style, so the header policy covers them. nginx
 * serves them only as error pages (an internal location); missing pages keep the 404 pages.
 * Their words are here rather than in src/i18n/: the pages are not built by Astro, and the
 * dictionaries are for the site's own pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the pages are in the built site. */
export const ERROR_PAGE_DIR = '/_errors/';

/** The one method family a static site answers; nginx says so in Allow on a 405. */
export const ALLOWED_METHODS = 'GET, HEAD';

interface Words {
  title: string;
  text: string;
}

const WORDS: Record<400 | 405 | 413 | 414, { sv: Words; en: Words }> = {
  400: {
    sv: {
      title: 'Felaktig begäran',
      text: 'Servern kunde inte läsa begäran. Kontrollera adressen och försök igen.',
    },
    en: {
      title: 'Bad request',
      text: 'The server could not read the request. Check the address and try again.',
    },
  },
  405: {
    sv: {
      title: 'Metoden är inte tillåten',
      text: 'Webbplatsen kan bara läsas: sidorna hämtas med GET eller HEAD.',
    },
    en: {
      title: 'Method not allowed',
      text: 'The site can only be read: pages are fetched with GET or HEAD.',
    },
  },
  413: {
    sv: {
      title: 'För stor begäran',
      text: 'Begäran innehöll mer data än servern tar emot. Webbplatsen tar inte emot uppladdningar.',
    },
    en: {
      title: 'Request too large',
      text: 'The request carried more data than the server accepts. The site takes no uploads.',
    },
  },
  414: {
    sv: {
      title: 'För lång adress',
      text: 'Adressen är längre än servern tar emot. Kontrollera länken eller sök på webbplatsen.',
    },
    en: {
      title: 'Address too long',
      text: 'The address is longer than the server accepts. Check the link, or search the site.',
    },
  },
};

export const ERROR_STATUSES = Object.keys(WORDS).map(Number) as (keyof typeof WORDS)[];

export const errorPage = (status: number) => `${ERROR_PAGE_DIR}${status}.html`;

export function errorPageHtml(status: keyof typeof WORDS): string {
  const { sv, en } = WORDS[status];
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${sv.title} – Insyn</title>
</head>
<body>
<main>
<h1>${sv.title}</h1>
<p>${sv.text} (Fel ${status}.)</p>
<p><a href="/">Till Insyns startsida</a></p>
<section lang="en" aria-labelledby="in-english">
<h2 id="in-english">${en.title}</h2>
<p>${en.text} (Error ${status}.)</p>
<p><a href="/en/" hreflang="en">To Insyn's home page in English</a></p>
</section>
</main>
</body>
</html>
`;
}

/** Write the pages into the built site (`dist`). */
export function writeErrorPages(dist: string): void {
  mkdirSync(join(dist, ERROR_PAGE_DIR), { recursive: true });
  for (const status of ERROR_STATUSES) writeFileSync(join(dist, errorPage(status)), errorPageHtml(status));
}
