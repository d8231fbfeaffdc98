/**
 * The leaf components rendered with Astro's Container API on the fixture site: each gets the
 * page context a page at the given path would get from src/middleware.ts (Astro.locals.page,
 * tests/support/fixture-context.ts), never the real content.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import StatusBadge from '../../src/components/measure/StatusBadge.astro';
import Tx from '../../src/components/i18n/Tx.astro';
import Quote from '../../src/components/i18n/Quote.astro';
import Term from '../../src/components/glossary/Term.astro';
import Cite from '../../src/components/source/Cite.astro';
import SourceCounts from '../../src/components/source/SourceCounts.astro';
import FigureStance from '../../src/components/charts/FigureStance.astro';
import { dictOf } from '../../src/i18n/index.ts';
import { figureEvidence } from '../../src/lib/sources/evidence.ts';
import { contextAt, site } from '../support/fixture-context.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];

/** A dictionary text as Astro writes it in HTML. */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/** The component's HTML on the page at `path` ("/en/atgarder/"). */
const render = (component: Component, path: string, props: Record<string, unknown>, slot?: string) =>
  container.renderToString(component, {
    props,
    slots: slot === undefined ? undefined : { default: slot },
    locals: { page: contextAt(path) },
    request: new Request(new URL(path, 'https://insyn.example.se')),
  });

describe('Tx (a content text in the page language)', () => {
  test('on a Swedish page: the text as it stands', async () => {
    expect(await render(Tx, '/atgarder/', { text: 'Genomförd' })).toBe('Genomförd');
  });
  test("on an English page: Insyn's translation where there is one", async () => {
    expect(await render(Tx, '/en/atgarder/', { text: 'Pågår' })).toBe('Ongoing');
  });
  test('on an English page without a translation: the Swedish, marked as Swedish and untranslated', async () => {
    expect(await render(Tx, '/en/atgarder/', { text: 'Genomförd' })).toBe(
      '<span lang="sv" dir="ltr" data-untranslated>Genomförd</span>',
    );
  });
  test("a translation keeps the source's own Swedish words marked as Swedish, its gloss not", async () => {
    expect(await render(Tx, '/en/atgarder/', { text: 'Planen kallar det ”en tanke”.' })).toBe(
      'The plan calls it “<span lang="sv" dir="ltr">en tanke</span>” (an idea).',
    );
  });
  test('no text: nothing', async () => {
    expect(await render(Tx, '/en/atgarder/', { text: null })).toBe('');
  });
});

describe('StatusBadge', () => {
  test("shows the status word from the fixture's statuses, in the page language", async () => {
    const sv = await render(StatusBadge, '/atgarder/', { status: 'pagar' });
    expect(sv).toContain('class="badge"');
    expect(sv).toContain('Pågår');
    expect(await render(StatusBadge, '/en/atgarder/', { status: 'pagar' })).toContain('Ongoing');
    expect(await render(StatusBadge, '/en/atgarder/', { status: 'genomford' })).toContain(
      '<span lang="sv" dir="ltr" data-untranslated>Genomförd</span>',
    );
  });
  test('no status: the dictionary\'s "unknown"', async () => {
    expect(await render(StatusBadge, '/en/atgarder/', { status: null })).toContain(
      dictOf('en').status.unknown,
    );
  });
});

describe('Quote (a quotation stays Swedish)', () => {
  test("on an English page: the Swedish, then Insyn's translation marked as Insyn's", async () => {
    const html = await render(Quote, '/en/protokoll/', { text: 'Vi har gjort det.', as: 'q' });
    expect(html).toMatch(/^<q lang="sv" dir="ltr"[^>]*>\s*Vi har gjort det\.\s*<\/q>/);
    expect(html).toContain('<span class="insyn-translation"');
    expect(html).toContain(`${escape(dictOf('en').translation.mark)}:</span> We have done it.`);
  });
  test('as a block, the translation is a paragraph of its own', async () => {
    const html = await render(Quote, '/en/protokoll/', { text: 'Vi har gjort det.', as: 'blockquote' });
    expect(html).toMatch(/<p class="insyn-translation"/);
  });
  test('on a Swedish page, or when told not to, no translation', async () => {
    expect(await render(Quote, '/protokoll/', { text: 'Vi har gjort det.' })).not.toContain(
      'insyn-translation',
    );
    expect(
      await render(Quote, '/en/protokoll/', { text: 'Vi har gjort det.', translated: false }),
    ).not.toContain('We have done it.');
  });
});

describe('Term (a glossary word in running text)', () => {
  test("links to its glossary entry in the page's language", async () => {
    const html = await render(Term, '/en/planer/2022/', { id: 'uppfoljning' }, 'follow-up');
    expect(html).toMatch(/<a class="term" href="\/en\/ordlista\/#uppfoljning" data-term="uppfoljning"/);
    expect(html).toContain('follow-up');
  });
  test('a status id is a term too', async () => {
    expect(await render(Term, '/planer/2022/', { id: 'pagar' }, 'Pågår')).toContain(
      'href="/ordlista/#pagar"',
    );
  });
  test('an id with no entry fails the build', async () => {
    await expect(render(Term, '/', { id: 'inget-sadant-ord' }, 'x')).rejects.toThrow(
      '<Term id="inget-sadant-ord">',
    );
  });
});

describe('Cite (a source link and the report link beside it)', () => {
  const source = { document: 'ks-2023-02-14-31', anchor: 'st-11' };
  test("names the document's short name and paragraph, linked to the paragraph's anchor", async () => {
    const html = await render(Cite, '/planer/2022/', { source });
    expect(html).toMatch(/<a class="cite" href="\/dokument\/ks-2023-02-14-31\/#st-11"/);
    expect(html).toContain('data-print-url="https://insyn.example.se/dokument/ks-2023-02-14-31/#st-11"');
    expect(html).toMatch(/KS 2023-02-14 § 31, s\. \d+, st\. 11/);
  });
  test("on an English page: the page's words, the English page's link", async () => {
    const html = await render(Cite, '/en/planer/2022/', { source });
    expect(html).toContain('href="/en/dokument/ks-2023-02-14-31/#st-11"');
    expect(html).toMatch(/KS 2023-02-14 § 31, p\. \d+, para\. 11/);
  });
  test('the report link names the page and the fact', async () => {
    const html = await render(Cite, '/omraden/berga/', { source, fact: 'Berga: 3 åtgärder' });
    const report = /<a href="(mailto:[^"]+)"/.exec(html)?.[1] ?? '';
    const decoded = decodeURIComponent(report.replaceAll('&amp;', '&'));
    expect(decoded).toContain('https://insyn.example.se/omraden/berga/');
    expect(decoded).toContain('Berga: 3 åtgärder');
  });
  test('a secondary source says so, with a glossary link', async () => {
    const html = await render(Cite, '/en/atgarder/', { source: { reference: 'tellerreport-2022-05-18' } });
    expect(html).toContain(dictOf('en').source.secondary);
    expect(html).toContain('href="/en/ordlista/#sekundar-kalla"');
  });
  test('on a right-to-left page the label is isolated', async () => {
    expect(await render(Cite, '/ar/planer/2022/', { source })).toMatch(/<bdi[^>]*>KS 2023-02-14 § 31/);
  });
  test("carries the source's kind: the municipality's record, or a news report's", async () => {
    expect(await render(Cite, '/planer/2022/', { source })).toContain('data-source-kind="record"');
    expect(
      await render(Cite, '/planer/2022/', { source: { reference: 'tellerreport-2022-05-18' } }),
    ).toContain('data-source-kind="secondary"');
  });
});

describe('SourceCounts (what the sources are, counted from the data)', () => {
  test("shows the page context's sentence, in the page's language", async () => {
    expect(await render(SourceCounts, '/om/', {})).toBe(
      `<p data-source-counts>${escape(contextAt('/om/').sourceCounts)}</p>`,
    );
    expect(await render(SourceCounts, '/en/om/', {})).toContain('Insyn rests on');
  });
});

describe("FigureStance (whose figure it is, derived from its source's kind)", () => {
  const evidence = (reference: string) => figureEvidence(site, [{ reference }]);
  test('official statistics state a figure: nothing is added', async () => {
    expect(
      await render(FigureStance, '/omraden/skaggetorp/', {
        evidence: evidence('lkpg-arbetsloshet-stadsdelar'),
      }),
    ).toBe('');
  });
  test("a newspaper's figure is its word, and uncertain, in the page's language", async () => {
    const sv = dictOf('sv').evidence;
    expect(
      await render(FigureStance, '/omraden/skaggetorp/', { evidence: evidence('dagensarena-rivningar') }),
    ).toMatch(
      new RegExp(
        `data-stance="attributed"[^>]*>\\s*\\(${sv.inline('Dagens Arena')} · ${sv.uncertainMark}\\)`,
      ),
    );
    const en = dictOf('en').evidence;
    expect(
      await render(FigureStance, '/en/omraden/skaggetorp/', { evidence: evidence('dagensarena-rivningar') }),
    ).toContain(`${en.inline('Dagens Arena')} · ${en.uncertainMark}`);
  });
});
