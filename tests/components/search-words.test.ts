/**
 * SearchWords (under a term on /ordlista/) rendered with Astro's Container API on the fixture
 * site's page context: the everyday words that find the term's results, in the page's language
 * first, then the Swedish ones marked as Swedish.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import SearchWords from '../../src/components/glossary/SearchWords.astro';
import { contextAt } from '../support/fixture-context.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const entry = {
  term: 'Protokollsanteckning',
  searchWords: { sv: ['kritik', 'invändning'], en: ['criticism'] },
};
const render = (path: string, props: Record<string, unknown>) =>
  container.renderToString(SearchWords, {
    props,
    locals: { page: contextAt(path) },
    request: new Request(new URL(path, 'https://insyn.example.se')),
  });

/** The text a reader sees (tags and Astro's scoping attributes left out). */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('SearchWords', () => {
  test('on a Swedish page: the Swedish words as a list', async () => {
    const html = await render('/ordlista/', { entry });
    expect(text(html)).toBe('Sökord som också hittar det här: kritik och invändning');
    expect(html).not.toContain('lang=');
  });
  test('on an English page: the English words, then the Swedish ones marked lang="sv"', async () => {
    const html = await render('/en/ordlista/', { entry });
    expect(text(html)).toBe('Search words that also find this: criticism, kritik and invändning');
    expect(html).toMatch(/<span[^>]*>criticism<\/span>/);
    expect(html).not.toMatch(/lang="sv"[^>]*>criticism/);
    expect(html).toMatch(/<span lang="sv"[^>]*>kritik<\/span>/);
  });
  test('a term without search words: nothing', async () => {
    expect((await render('/ordlista/', { entry: { term: 'Basområde' } })).trim()).toBe('');
  });
});
