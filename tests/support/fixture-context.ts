/**
 * The page context (src/lib/page/context.ts) of a page of the fixture site
 * (tests/fixtures/site), as src/middleware.ts builds it for a real page: for the unit
 * tests of the context and the component tests (tests/components/), which render
 * components with it as Astro.locals.page. The fixture has no translations; two are added
 * here, so a test sees both a translated and an untranslated text.
 */
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite, type Site } from '../../src/lib/site/build-site.ts';
import type { Snapshot } from '../../src/lib/site/snapshot.ts';
import { pageContext, type PageContext } from '../../src/lib/page/context.ts';
import { languageOfPath } from '../../src/i18n/languages.ts';

/**
 * Insyn's English translations in this fixture: the status word "Pågår", a quotation, and a
 * summary that keeps the source's Swedish words.
 */
export const translations = {
  Pågår: 'Ongoing',
  'Vi har gjort det.': 'We have done it.',
  'Planen kallar det ”en tanke”.': 'The plan calls it “en tanke” (an idea).',
};

function fixtureSite(): Site {
  const { snapshot, problems } = loadContent('tests/fixtures/site');
  if (problems.length) throw new Error(`tests/fixtures/site: ${problems.length} problem(s)`);
  const translated: Snapshot = {
    ...snapshot,
    translations: [
      {
        id: 'en',
        file: 'tests/support/fixture-context.ts',
        data: {
          review: { status: 'unreviewed' },
          entries: Object.entries(translations).map(([sv, text]) => ({ sv, text })),
        },
      },
    ],
  };
  return buildSite(translated);
}

export const site = fixtureSite();

/** The context of the page at `path` ("/en/omraden/berga/"), in the language its path says. */
export const contextAt = (path: string): PageContext =>
  pageContext(site, languageOfPath(path), new URL(path, 'https://insyn.example.se'));
