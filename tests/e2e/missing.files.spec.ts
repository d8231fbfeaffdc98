/**
 * What is missing (issue 23), read from dist/ in Node: /saknas/ in Swedish, English and Arabic
 * lists every document of content/missing-documents.yaml with a working mailto: request (the
 * decoded subject and body name the document, the law and that a digital copy is wanted, in
 * Swedish on every page); the 2024 plan page says what is not known, in every language, and
 * shows no table of measures; the way to /saknas/ is on every plan page, the home page, the
 * about page and the easy-read "fråga kommunen" page.
 */
import { test, expect } from '@playwright/test';
import { dictOf } from '../../src/i18n/index.ts';
import { sv } from '../../src/i18n/sv/index.ts';
import { lattlast } from '../../src/i18n/lattlast/index.ts';
import { localizePath, type LanguageId } from '../../src/i18n/languages.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { aboutPath, homePath, missingPath, planPath } from '../../src/lib/urls/paths.ts';
import { contentPages, type SitePage } from './built-site.ts';
import { elements, textOf, type Element } from './html-tree.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);
const LANGUAGES: LanguageId[] = ['sv', 'en', 'ar'];

function pageAt(path: string): SitePage {
  const page = contentPages().find((p) => p.path === path);
  expect(page, `${path} is built`).toBeTruthy();
  return page!;
}
const byId = (root: Element, id: string) => [...elements(root)].find((e) => e.attrs.id === id);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A mailto: link's parts, decoded as a mail program reads them (RFC 6068). */
function mailto(href: string) {
  expect(href).toMatch(/^mailto:/);
  const query = href.slice(href.indexOf('?') + 1);
  const params = new Map(
    query.split('&').map((kv) => {
      const [k, v] = kv.split('=');
      return [k, decodeURIComponent(v)] as const;
    }),
  );
  return {
    to: href.slice('mailto:'.length, href.indexOf('?')),
    subject: params.get('subject') ?? '',
    body: params.get('body') ?? '',
  };
}

for (const language of LANGUAGES) {
  test(`/saknas/ (${language}) lists every missing document with a request that names it, the law and a digital copy`, () => {
    const page = pageAt(localizePath(language, missingPath()));
    for (const doc of site.missingDocuments) {
      const article = byId(page.tree, doc.id);
      expect(article, `${doc.id} on ${page.path}`).toBeTruthy();
      const link = [...elements(article!, 'a')].find((a) => a.attrs['data-request'] === doc.id);
      expect(link, `${doc.id}: a request link`).toBeTruthy();
      const mail = mailto(link!.attrs.href);
      // No source gives the municipality's address: the reader fills it in (the page says so).
      expect(mail.to).toBe('');
      // The letter is Swedish on every page: the municipality works in Swedish.
      expect(mail.subject).toBe(sv.missing.mail.subject(doc.data.title));
      expect(mail.body).toContain(doc.data.request);
      expect(mail.body).toContain('tryckfrihetsförordningen 2 kap.');
      expect(mail.body).toContain('digital kopia');
      expect(mail.body).toContain('\r\n');
      // A document no source names says so.
      const says = squash(textOf(article!)).includes(squash(dictOf(language).missing.notNamed));
      expect(says, `${doc.id}: says whether a source names it`).toBe(!doc.data.named);
    }
    const text = squash(textOf(page.tree));
    expect(text).toContain(squash(dictOf(language).missing.how.steps[1]));
    expect(text).toContain(squash(dictOf(language).missing.send.heading));
  });

  test(`the 2024 plan page (${language}) says what is not known, with no table of measures`, () => {
    const page = pageAt(localizePath(language, planPath(2024)));
    const t = dictOf(language);
    const box = byId(page.tree, 'inte-kant')?.parent;
    expect(box, 'the "what is not known" block').toBeTruthy();
    const text = squash(textOf(box!));
    expect(text).toContain(squash(t.unknowns.heading(2024)));
    expect(text).toContain(squash(t.unknowns.noSource(2024)));
    for (const item of ['measures', 'count', 'decidedOn', 'decidedBy', 'followUp'] as const)
      expect(text, item).toContain(squash(t.unknowns.items[item]));
    // Each of the year's missing documents is linked, with its request.
    for (const doc of site.missingDocuments.filter((d) => d.data.plan === 2024)) {
      const links = [...elements(box!, 'a')];
      expect(links.some((a) => a.attrs.href === `${localizePath(language, missingPath())}#${doc.id}`)).toBe(
        true,
      );
      expect(links.some((a) => a.attrs['data-request'] === doc.id)).toBe(true);
    }
    // Never an empty table that reads as "no measures".
    expect([...elements(page.tree, 'table')].length).toBe(0);
  });
}

test('every plan page, the home page and the about page link to /saknas/ in their language; the easy-read ask page too', () => {
  for (const language of LANGUAGES) {
    const target = localizePath(language, missingPath());
    const paths = [homePath(), aboutPath(), ...site.plans.map((p) => planPath(p.data.year))];
    for (const path of paths) {
      const page = pageAt(localizePath(language, path));
      const hrefs = [...elements(page.tree, 'a')].map((a) => a.attrs.href ?? '');
      expect(
        hrefs.some((h) => h === target || h.startsWith(`${target}#`)),
        `${page.path} links to ${target}`,
      ).toBe(true);
    }
  }
  const ask = pageAt('/lattlast/fraga-kommunen/');
  const link = [...elements(ask.tree, 'a')].find((a) => a.attrs.href === missingPath());
  expect(link && squash(textOf(link))).toBe(lattlast.ask.missingLink);
});
